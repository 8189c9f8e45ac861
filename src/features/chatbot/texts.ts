import type { Lang, Localized } from "../../platform/i18n/index";

/** The chatbot's own texts, in plain, warm language. The island imports this file too, so no Node imports here. */
export const chatbotTexts = {
  pageTitle: { fi: "Kysy chatbotilta", sv: "Fråga chattbotten", en: "Ask the chatbot" },
  pageLead: {
    fi: "Chatbot vastaa yleisimpiin kysymyksiin toimeentulosta, asumisesta, perheistä ja avun hakemisesta. Se ei ole ihminen, eikä se tallenna sitä, kuka olet.",
    sv: "Chattbotten svarar på de vanligaste frågorna om försörjning, boende, familjer och om hur man söker hjälp. Den är ingen människa och sparar inte vem du är.",
    en: "The chatbot answers the most common questions about money, housing, families and finding help. It is not a person, and it does not store who you are.",
  },
  questionLabel: { fi: "Kysymyksesi", sv: "Din fråga", en: "Your question" },
  questionHint: {
    fi: "Kirjoita omin sanoin, esimerkiksi ”rahat loppu eikä oo ruokaa”. Älä kirjoita nimeäsi tai henkilötunnustasi.",
    sv: "Skriv med egna ord, till exempel ”pengarna är slut och jag har ingen mat”. Skriv inte ditt namn eller din personbeteckning.",
    en: "Write in your own words, for example “money ran out and there is no food”. Please do not write your name or personal identity code.",
  },
  municipalityLabel: {
    fi: "Kotikuntasi (vapaaehtoinen)",
    sv: "Din hemkommun (frivilligt)",
    en: "Your municipality (optional)",
  },
  municipalityHint: {
    fi: "Kunnan avulla näytämme palvelut, jotka ovat lähelläsi. Sitä ei tallenneta.",
    sv: "Med kommunen visar vi tjänster nära dig. Den sparas inte.",
    en: "With your municipality we can show services near you. It is not stored.",
  },
  municipalityNone: { fi: "En halua kertoa", sv: "Jag vill inte säga", en: "I'd rather not say" },
  send: { fi: "Lähetä", sv: "Skicka", en: "Send" },
  you: { fi: "Sinä", sv: "Du", en: "You" },
  bot: { fi: "Chatbot", sv: "Chattbot", en: "Chatbot" },
  conversation: { fi: "Keskustelu", sv: "Samtal", en: "Conversation" },
  empty: {
    fi: "Mistä haluaisit kysyä? Voit myös valita aiheen alta.",
    sv: "Vad vill du fråga om? Du kan också välja ett ämne nedan.",
    en: "What would you like to ask about? You can also pick a topic below.",
  },
  suggestionsTitle: { fi: "Ehkä etsit tätä", sv: "Kanske söker du det här", en: "You might be looking for" },
  linksTitle: { fi: "Lue lisää", sv: "Läs mer", en: "Read more" },
  servicesTitle: {
    fi: "Palveluja kunnassasi",
    sv: "Tjänster i din kommun",
    en: "Services in your municipality",
  },
  clarify: {
    fi: "Haluan varmistaa, että vastaan oikeaan asiaan. Kumpaa näistä tarkoitit?",
    sv: "Jag vill vara säker på att jag svarar på rätt sak. Vilket av de här menade du?",
    en: "I want to be sure I answer the right thing. Which of these did you mean?",
  },
  crisisLead: {
    fi: "Jos sinä tai joku muu on nyt vaarassa, soita hätänumeroon 112. Et ole yksin – näistä numeroista saat apua heti:",
    sv: "Om du eller någon annan är i fara nu, ring nödnumret 112. Du är inte ensam – här får du hjälp genast:",
    en: "If you or someone else is in danger now, call the emergency number 112. You are not alone – you can get help right away here:",
  },
  countyCrisis: {
    fi: "Alueesi kriisipalvelu",
    sv: "Krisjänsten i ditt område",
    en: "Crisis service in your area",
  },
  crisisAfter: {
    fi: "Kun olet turvassa, tässä vastaus kysymykseesi:",
    sv: "När du är i trygghet, här är svaret på din fråga:",
    en: "When you are safe, here is the answer to your question:",
  },
  handoffButton: {
    fi: "Haluan puhua ihmisen kanssa",
    sv: "Jag vill prata med en människa",
    en: "Talk to a person",
  },
  handoffTitle: { fi: "Puhu ihmisen kanssa", sv: "Prata med en människa", en: "Talk to a person" },
  handoffText: {
    fi: "Ammattilaiset vastaavat nimettömässä chatissa sen aukioloaikoina. Voit myös lähettää kirjallisen kysymyksen tai soittaa auttavaan puhelimeen.",
    sv: "Yrkespersoner svarar i den anonyma chatten när den är öppen. Du kan också skicka en skriftlig fråga eller ringa en hjälplinje.",
    en: "Professionals answer in the anonymous chat when it is open. You can also send a written question or call a helpline.",
  },
  handoffChat: {
    fi: "Avaa chat ammattilaisen kanssa",
    sv: "Öppna chatten med en yrkesperson",
    en: "Open the chat with a professional",
  },
  handoffChatClosed: {
    fi: "Chat on nyt kiinni. Kirjallinen kysymys ja auttavat puhelimet ovat käytettävissä.",
    sv: "Chatten är stängd just nu. Skriftliga frågor och hjälplinjer finns till hands.",
    en: "The chat is closed right now. Written questions and helplines are there for you.",
  },
  handoffQuestions: {
    fi: "Lähetä kirjallinen kysymys",
    sv: "Skicka en skriftlig fråga",
    en: "Send a written question",
  },
  handoffHelplines: { fi: "Auttavat puhelimet", sv: "Hjälplinjer", en: "Helplines" },
  feedbackQuestion: {
    fi: "Oliko vastauksesta apua?",
    sv: "Var svaret till hjälp?",
    en: "Was this answer helpful?",
  },
  feedbackUp: { fi: "Kyllä, oli apua", sv: "Ja, det hjälpte", en: "Yes, it helped" },
  feedbackDown: { fi: "Ei auttanut", sv: "Nej, det hjälpte inte", en: "No, it did not help" },
  feedbackThanks: {
    fi: "Kiitos palautteesta!",
    sv: "Tack för din respons!",
    en: "Thank you for your feedback!",
  },
  open: { fi: "Kysy chatbotilta", sv: "Fråga chattbotten", en: "Ask the chatbot" },
  close: { fi: "Sulje", sv: "Stäng", en: "Close" },
  thinking: { fi: "Haetaan vastausta…", sv: "Söker svar…", en: "Finding an answer…" },
  failed: {
    fi: "Vastausta ei saatu juuri nyt. Yritä hetken päästä uudelleen tai avaa chatbot-sivu.",
    sv: "Vi fick inget svar just nu. Försök igen om en stund eller öppna chattbotsidan.",
    en: "We could not get an answer right now. Please try again in a moment or open the chatbot page.",
  },
  fullPage: {
    fi: "Avaa chatbot koko sivulle",
    sv: "Öppna chattbotten på hela sidan",
    en: "Open the chatbot as a full page",
  },
  errorEmpty: {
    fi: "Kirjoita kysymys ensin.",
    sv: "Skriv en fråga först.",
    en: "Please write a question first.",
  },
  errorTooLong: {
    fi: "Kysymys on liian pitkä. Kirjoita enintään 2 000 merkkiä.",
    sv: "Frågan är för lång. Skriv högst 2 000 tecken.",
    en: "The question is too long. Please write at most 2,000 characters.",
  },
  errorLang: {
    fi: "Kieli ei ole tuettu. Valitse fi, sv tai en.",
    sv: "Språket stöds inte. Välj fi, sv eller en.",
    en: "This language is not supported. Choose fi, sv or en.",
  },
  errorMunicipality: { fi: "Tuntematon kunta.", sv: "Okänd kommun.", en: "Unknown municipality." },
  errorInvalid: {
    fi: "Pyyntö ei ollut kelvollinen.",
    sv: "Begäran var inte giltig.",
    en: "The request was not valid.",
  },
  staffTitle: {
    fi: "Chatbotin tilastot ja vastaamattomat",
    sv: "Chattbotens statistik och obesvarade",
    en: "Chatbot statistics and unanswered questions",
  },
  staffCounts: { fi: "Päivittäiset määrät", sv: "Antal per dag", en: "Daily counts" },
  staffUnanswered: {
    fi: "Vastaamattomat kysymykset (30 päivää, henkilötiedot poistettu)",
    sv: "Obesvarade frågor (30 dagar, personuppgifter borttagna)",
    en: "Unanswered questions (30 days, personal details removed)",
  },
  staffNone: { fi: "Ei vielä mitään.", sv: "Inget ännu.", en: "Nothing yet." },
} as const satisfies Record<string, Localized>;

export type ChatbotTextKey = keyof typeof chatbotTexts;

export function chatbotText(lang: Lang, key: ChatbotTextKey): string {
  return chatbotTexts[key][lang];
}

/** Column headings of the daily counts table. */
export const countColumns = {
  day: { fi: "Päivä", sv: "Dag", en: "Day" },
  conversations: { fi: "Keskustelut", sv: "Samtal", en: "Conversations" },
  messages: { fi: "Viestit", sv: "Meddelanden", en: "Messages" },
  crisis: { fi: "Kriisi", sv: "Kris", en: "Crisis" },
  handoffs: { fi: "Ohjaukset ihmiselle", sv: "Till en människa", en: "Handoffs" },
  unanswered: { fi: "Vastaamattomat", sv: "Obesvarade", en: "Unanswered" },
  unansweredShare: { fi: "Vastaamattomien osuus", sv: "Andel obesvarade", en: "Unanswered share" },
  feedbackUp: { fi: "Palaute 👍", sv: "Respons 👍", en: "Feedback 👍" },
  feedbackDown: { fi: "Palaute 👎", sv: "Respons 👎", en: "Feedback 👎" },
  topTopics: { fi: "Yleisimmät aiheet", sv: "Vanligaste ämnen", en: "Top topics" },
} as const satisfies Record<string, Localized>;

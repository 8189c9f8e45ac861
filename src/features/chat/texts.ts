import type { Lang, Localized } from "../../platform/i18n/index";

/** The chat feature's own words, in plain and warm language. */
export const chatTexts = {
  title: {
    fi: "Keskustele ammattilaisen kanssa",
    sv: "Chatta med en yrkesperson",
    en: "Chat with a professional",
  },
  description: {
    fi: "Nimetön chat, jossa sosiaali- ja terveysalan ammattilainen kuuntelee ja auttaa. Sinun ei tarvitse kertoa nimeäsi.",
    sv: "En anonym chatt där en yrkesperson inom social- och hälsovården lyssnar och hjälper. Du behöver inte berätta vad du heter.",
    en: "An anonymous chat where a social or health care professional listens and helps. You do not need to tell us your name.",
  },
  intro: {
    fi: "Voit kirjoittaa mistä tahansa mieltäsi painavasta asiasta. Emme kysy nimeäsi emmekä tallenna osoitettasi.",
    sv: "Du kan skriva om vad som helst som tynger dig. Vi frågar inte ditt namn och sparar inte din adress.",
    en: "You can write about anything that weighs on your mind. We do not ask your name or store your address.",
  },
  topicLegend: {
    fi: "Mistä haluaisit puhua?",
    sv: "Vad vill du prata om?",
    en: "What would you like to talk about?",
  },
  topicNone: {
    fi: "En osaa sanoa / jotain muuta",
    sv: "Vet inte / något annat",
    en: "Not sure / something else",
  },
  langLabel: { fi: "Keskustelun kieli", sv: "Samtalsspråk", en: "Language of the chat" },
  start: { fi: "Aloita keskustelu", sv: "Börja chatta", en: "Start the chat" },
  openNow: { fi: "Chat on nyt auki.", sv: "Chatten är öppen nu.", en: "The chat is open now." },
  closedTitle: {
    fi: "Chat on nyt suljettu",
    sv: "Chatten är stängd just nu",
    en: "The chat is closed right now",
  },
  opensAt: {
    fi: "Chat aukeaa seuraavan kerran",
    sv: "Chatten öppnar nästa gång",
    en: "The chat opens next on",
  },
  openingHours: { fi: "Aukioloajat", sv: "Öppettider", en: "Opening hours" },
  alternativesTitle: {
    fi: "Näin saat apua jo nyt",
    sv: "Så här får du hjälp redan nu",
    en: "Ways to get help right now",
  },
  altChatbot: {
    fi: "Kysy chatbotilta, se vastaa ympäri vuorokauden",
    sv: "Fråga chattboten, den svarar dygnet runt",
    en: "Ask the chatbot, it answers around the clock",
  },
  altQuestions: {
    fi: "Lähetä kysymys kirjallisesti, ammattilainen vastaa",
    sv: "Skicka en skriftlig fråga, en yrkesperson svarar",
    en: "Send a written question, a professional will answer",
  },
  waitingTitle: { fi: "Odotat vuoroasi", sv: "Du väntar på din tur", en: "You are in the queue" },
  position: { fi: "Paikkasi jonossa", sv: "Din plats i kön", en: "Your place in the queue" },
  eta: { fi: "Arvioitu odotusaika", sv: "Uppskattad väntetid", en: "Estimated wait" },
  minutes: { fi: "min", sv: "min", en: "min" },
  lessThanMinute: { fi: "alle minuutti", sv: "under en minut", en: "less than a minute" },
  whileWaiting: {
    fi: "Odottaessasi voit lukea näistä",
    sv: "Medan du väntar kan du läsa här",
    en: "While you wait, you could look at these",
  },
  selfCare: { fi: "Omahoito-ohjelmat", sv: "Egenvårdsprogram", en: "Self-care programmes" },
  questionnaires: { fi: "Oma-arviot", sv: "Självskattningar", en: "Self-assessments" },
  chatbot: { fi: "Chatbot", sv: "Chattbot", en: "Chatbot" },
  joined: { fi: "on nyt mukana keskustelussa.", sv: "är nu med i chatten.", en: "has joined the chat." },
  you: { fi: "Sinä", sv: "Du", en: "You" },
  worker: { fi: "Ammattilainen", sv: "Yrkesperson", en: "Professional" },
  system: { fi: "Luukku", sv: "Luukku", en: "Luukku" },
  messageLabel: { fi: "Viestisi", sv: "Ditt meddelande", en: "Your message" },
  send: { fi: "Lähetä", sv: "Skicka", en: "Send" },
  end: { fi: "Lopeta keskustelu", sv: "Avsluta chatten", en: "End the chat" },
  ended: { fi: "Keskustelu on päättynyt.", sv: "Chatten har avslutats.", en: "The chat has ended." },
  typing: { fi: "kirjoittaa…", sv: "skriver…", en: "is typing…" },
  delivered: { fi: "Toimitettu", sv: "Levererat", en: "Delivered" },
  sending: { fi: "Lähetetään…", sv: "Skickas…", en: "Sending…" },
  reconnecting: {
    fi: "Yhteys katkesi, yhdistetään uudelleen…",
    sv: "Anslutningen bröts, ansluter igen…",
    en: "The connection dropped, reconnecting…",
  },
  transcript: {
    fi: "Lataa keskustelu tekstinä",
    sv: "Ladda ner samtalet som text",
    en: "Download the chat as text",
  },
  feedbackLegend: {
    fi: "Miten keskustelu auttoi? (1 = ei lainkaan, 5 = paljon)",
    sv: "Hur mycket hjälpte samtalet? (1 = inte alls, 5 = mycket)",
    en: "How much did the chat help? (1 = not at all, 5 = a lot)",
  },
  feedbackText: {
    fi: "Haluatko kertoa lisää? (vapaaehtoinen)",
    sv: "Vill du berätta mer? (frivilligt)",
    en: "Anything to add? (optional)",
  },
  feedbackSend: { fi: "Lähetä palaute", sv: "Skicka respons", en: "Send feedback" },
  feedbackThanks: {
    fi: "Kiitos palautteestasi.",
    sv: "Tack för din respons.",
    en: "Thank you for your feedback.",
  },
  writeMessage: { fi: "Kirjoita viesti", sv: "Skriv ett meddelande", en: "Write a message" },
  refreshNote: {
    fi: "Uudet viestit näet, kun päivität sivun. Viestin kirjoitat omalla sivullaan, joten tekstisi ei katoa.",
    sv: "Nya meddelanden syns när du uppdaterar sidan. Du skriver ditt meddelande på en egen sida, så texten försvinner inte.",
    en: "New messages appear when you refresh the page. You write your message on its own page, so your text is never lost.",
  },
  refreshNow: { fi: "Päivitä nyt", sv: "Uppdatera nu", en: "Refresh now" },
  back: { fi: "Takaisin keskusteluun", sv: "Tillbaka till chatten", en: "Back to the chat" },
  noSession: {
    fi: "Keskustelua ei löytynyt. Se on voinut päättyä. Voit aloittaa uuden.",
    sv: "Chatten hittades inte. Den kan ha avslutats. Du kan börja en ny.",
    en: "We could not find your chat. It may have ended. You can start a new one.",
  },
  conversation: { fi: "Keskustelu", sv: "Samtal", en: "Conversation" },
  crisisIntro: {
    fi: "Viestisi kuulostaa siltä, että saatat olla vaarassa. Ammattilainen tulee luoksesi mahdollisimman pian. Jos tarvitset apua heti:",
    sv: "Ditt meddelande låter som att du kan vara i fara. En yrkesperson kommer till dig så snart som möjligt. Om du behöver hjälp genast:",
    en: "Your message sounds like you may be in danger. A professional will be with you as soon as possible. If you need help right now:",
  },
  transferred: {
    fi: "Keskustelusi siirrettiin toiselle ammattilaiselle.",
    sv: "Din chatt flyttades till en annan yrkesperson.",
    en: "Your chat was passed on to another professional.",
  },
  endedByWorker: {
    fi: "Ammattilainen päätti keskustelun.",
    sv: "Yrkespersonen avslutade chatten.",
    en: "The professional ended the chat.",
  },
  noScript: {
    fi: "Voit käyttää chattia myös ilman JavaScriptiä.",
    sv: "Du kan också använda chatten utan JavaScript.",
    en: "You can also use the chat without JavaScript.",
  },
  errorTooLong: {
    fi: "Viesti on liian pitkä. Jaa se useampaan osaan.",
    sv: "Meddelandet är för långt. Dela upp det i flera delar.",
    en: "The message is too long. Please split it into parts.",
  },
  errorEmpty: {
    fi: "Kirjoita viesti ensin.",
    sv: "Skriv ett meddelande först.",
    en: "Please write a message first.",
  },
  errorClosed: {
    fi: "Chat on nyt suljettu.",
    sv: "Chatten är stängd just nu.",
    en: "The chat is closed right now.",
  },
  errorBadToken: {
    fi: "Keskustelua ei löytynyt tai se on vanhentunut.",
    sv: "Chatten hittades inte eller har gått ut.",
    en: "The chat was not found or has expired.",
  },
  errorSessionEnded: {
    fi: "Keskustelu on jo päättynyt.",
    sv: "Chatten har redan avslutats.",
    en: "The chat has already ended.",
  },
  errorBadFrame: {
    fi: "Viestiä ei voitu lukea.",
    sv: "Meddelandet kunde inte läsas.",
    en: "The message could not be read.",
  },
  errorRateLimited: {
    fi: "Lähetit monta viestiä hetkessä. Odota hetki.",
    sv: "Du skickade många meddelanden på en gång. Vänta en stund.",
    en: "You sent many messages at once. Please wait a moment.",
  },
  errorNoService: {
    fi: "Chat-palvelua ei löytynyt.",
    sv: "Chattjänsten hittades inte.",
    en: "The chat service was not found.",
  },
  errorBadRequest: {
    fi: "Pyyntö oli puutteellinen.",
    sv: "Begäran var ofullständig.",
    en: "The request was incomplete.",
  },
  errorTaken: {
    fi: "Toinen työntekijä ehti jo ottaa tämän keskustelun.",
    sv: "En annan medarbetare har redan tagit den här chatten.",
    en: "Another worker has already taken this chat.",
  },
  errorNotFound: {
    fi: "Keskustelua ei löytynyt.",
    sv: "Chatten hittades inte.",
    en: "The chat was not found.",
  },
  errorFull: {
    fi: "Sinulla on jo enimmäismäärä keskusteluja.",
    sv: "Du har redan det högsta antalet chattar.",
    en: "You already have the most chats you can take.",
  },
  errorQueueEmpty: {
    fi: "Jonossa ei ole ketään.",
    sv: "Ingen väntar i kön.",
    en: "Nobody is waiting in the queue.",
  },
  errorOrigin: { fi: "Yhteys estettiin.", sv: "Anslutningen nekades.", en: "The connection was refused." },
  errorUnsupportedLang: {
    fi: "Tämä chat ei valitettavasti palvele valitsemallasi kielellä. Valitse jokin tarjolla olevista kielistä.",
    sv: "Den här chatten finns tyvärr inte på språket du valde. Välj ett av språken som erbjuds.",
    en: "Sorry, this chat is not offered in the language you chose. Please pick one of the languages on offer.",
  },
  errorUnavailable: {
    fi: "Merkitse itsesi ensin vapaaksi ottamaan keskusteluja.",
    sv: "Markera först att du kan ta emot chattar.",
    en: "Please mark yourself as available for chats first.",
  },
  errorTargetUnavailable: {
    fi: "Työkaveri ei ole nyt vapaana ottamaan keskusteluja. Valitse joku toinen tai siirrä tiimille.",
    sv: "Kollegan kan inte ta emot chattar just nu. Välj någon annan eller flytta till ett team.",
    en: "That colleague is not available for chats right now. Choose someone else or pass it to a team.",
  },
  errorTargetFull: {
    fi: "Työkaverilla on jo niin monta keskustelua kuin hän ottaa kerralla. Valitse joku toinen tai siirrä tiimille.",
    sv: "Kollegan har redan så många chattar som hen tar åt gången. Välj någon annan eller flytta till ett team.",
    en: "That colleague already has as many chats as they take at once. Choose someone else or pass it to a team.",
  },
  sendRefusedEnded: {
    fi: "Viestiäsi ei voitu lähettää, koska keskustelu on jo päättynyt. Tässä on kirjoittamasi teksti, jotta se ei katoa.",
    sv: "Ditt meddelande kunde inte skickas eftersom chatten redan har avslutats. Här är texten du skrev, så att den inte försvinner.",
    en: "Your message could not be sent because the chat has already ended. Here is what you wrote, so it is not lost.",
  },
  yourText: { fi: "Kirjoittamasi teksti", sv: "Texten du skrev", en: "What you wrote" },
} as const satisfies Record<string, Localized>;

export type ChatTextKey = keyof typeof chatTexts;

export function chatText(lang: Lang, key: ChatTextKey): string {
  return chatTexts[key][lang];
}

/** Staff workspace texts. */
export const staffTexts = {
  title: { fi: "Chat-työtila", sv: "Chattarbetsyta", en: "Chat workspace" },
  available: {
    fi: "Olen vapaana ottamaan keskusteluja",
    sv: "Jag kan ta emot chattar",
    en: "I am available for chats",
  },
  maxConcurrent: {
    fi: "Keskusteluja yhtä aikaa enintään",
    sv: "Högst antal chattar samtidigt",
    en: "Most chats at once",
  },
  saveAvailability: { fi: "Tallenna", sv: "Spara", en: "Save" },
  queue: { fi: "Jono", sv: "Kö", en: "Queue" },
  queued: { fi: "Jonossa", sv: "I kön", en: "Waiting" },
  crisisQueued: { fi: "joista kriisissä", sv: "varav i kris", en: "of them in crisis" },
  longestWait: { fi: "Pisin odotus", sv: "Längsta väntan", en: "Longest wait" },
  acceptNext: { fi: "Ota seuraava", sv: "Ta nästa", en: "Accept next" },
  myChats: { fi: "Omat keskusteluni", sv: "Mina chattar", en: "My chats" },
  none: { fi: "Ei keskusteluja.", sv: "Inga chattar.", en: "No chats." },
  open: { fi: "Avaa", sv: "Öppna", en: "Open" },
  topic: { fi: "Aihe", sv: "Ämne", en: "Topic" },
  lang: { fi: "Kieli", sv: "Språk", en: "Language" },
  crisis: { fi: "Kriisi", sv: "Kris", en: "Crisis" },
  crisisReasons: { fi: "Kriisin syyt", sv: "Orsaker till kris", en: "Crisis reasons" },
  waited: { fi: "Odotti", sv: "Väntade", en: "Waited" },
  transcript: { fi: "Keskustelu", sv: "Samtal", en: "Transcript" },
  reply: { fi: "Vastaus", sv: "Svar", en: "Reply" },
  send: { fi: "Lähetä", sv: "Skicka", en: "Send" },
  canned: { fi: "Valmis vastaus", sv: "Färdigt svar", en: "Canned reply" },
  sendCanned: { fi: "Lähetä valmis vastaus", sv: "Skicka färdigt svar", en: "Send canned reply" },
  notes: { fi: "Sisäiset muistiinpanot", sv: "Interna anteckningar", en: "Internal notes" },
  addNote: { fi: "Lisää muistiinpano", sv: "Lägg till anteckning", en: "Add note" },
  note: { fi: "Muistiinpano", sv: "Anteckning", en: "Note" },
  transfer: { fi: "Siirrä toiselle", sv: "Flytta till en annan", en: "Transfer" },
  transferTo: { fi: "Kenelle", sv: "Till vem", en: "To whom" },
  transferNote: {
    fi: "Viesti vastaanottajalle",
    sv: "Meddelande till mottagaren",
    en: "Note for the receiver",
  },
  end: { fi: "Päätä keskustelu", sv: "Avsluta chatten", en: "End the chat" },
  ended: { fi: "Päättynyt", sv: "Avslutad", en: "Ended" },
  supervisor: { fi: "Esihenkilönäkymä", sv: "Chefsvy", en: "Supervisor view" },
  worker: { fi: "Työntekijä", sv: "Medarbetare", en: "Worker" },
  load: { fi: "Keskusteluja", sv: "Chattar", en: "Chats" },
  availableShort: { fi: "Vapaana", sv: "Tillgänglig", en: "Available" },
  yes: { fi: "kyllä", sv: "ja", en: "yes" },
  no: { fi: "ei", sv: "nej", en: "no" },
  client: { fi: "Asiakas", sv: "Klient", en: "Client" },
  newChat: { fi: "Uusi keskustelu jonossa", sv: "Ny chatt i kön", en: "New chat waiting" },
  seconds: { fi: "s", sv: "s", en: "s" },
  sent: { fi: "Lähetetty", sv: "Skickat", en: "Sent" },
  busy: { fi: "ei nyt vapaana", sv: "inte ledig nu", en: "not free now" },
  refused: { fi: "Tämä ei nyt onnistunut", sv: "Det gick inte just nu", en: "That did not work this time" },
} as const satisfies Record<string, Localized>;

export function staffText(lang: Lang, key: keyof typeof staffTexts): string {
  return staffTexts[key][lang];
}

import type { Lang, Localized } from "../../platform/i18n/index";

/** The questions feature's own words, written for this service in fi, sv and en. */
export const texts = {
  title: {
    fi: "Kysy ammattilaiselta kirjallisesti",
    sv: "Fråga en yrkesperson skriftligt",
    en: "Ask a professional in writing",
  },
  lead: {
    fi: "Voit kysyä nimettömänä. Et tarvitse tunnuksia, eikä sinulta kysytä nimeä. Saat vastauksen luettavaksi koodilla, jonka näet kysymyksen lähettämisen jälkeen.",
    sv: "Du kan fråga anonymt. Du behöver inget konto och ingen frågar efter ditt namn. Du läser svaret med en kod som du får när du har skickat frågan.",
    en: "You can ask anonymously. You need no account and no one asks your name. You read the answer with a code you get after sending your question.",
  },
  chooseService: { fi: "Kenelle kysymys menee?", sv: "Vem går frågan till?", en: "Who should answer?" },
  answerWithin: {
    fi: "Vastaus {days} arkipäivän kuluessa",
    sv: "Svar inom {days} vardagar",
    en: "An answer within {days} working days",
  },
  voucherNeeded: {
    fi: "Tähän palveluun tarvitset palvelusetelin koodin.",
    sv: "För den här tjänsten behöver du en värdesedelskod.",
    en: "This service needs a voucher code.",
  },
  answeredBy: { fi: "Vastaajina", sv: "Svarar", en: "Answered by" },
  questionLabel: { fi: "Kysymyksesi", sv: "Din fråga", en: "Your question" },
  questionHint: {
    fi: "Kirjoita omin sanoin, mikä mieltäsi painaa. Jätä mieluummin pois nimet, henkilötunnukset, puhelinnumerot ja osoitteet – vastaaja ei tarvitse niitä voidakseen auttaa.",
    sv: "Skriv med egna ord vad som tynger dig. Lämna gärna bort namn, personbeteckningar, telefonnummer och adresser – den som svarar behöver dem inte för att kunna hjälpa.",
    en: "Write in your own words what is on your mind. Please leave out names, identity numbers, phone numbers and addresses – the person answering does not need them to help you.",
  },
  voucherLabel: {
    fi: "Palvelusetelin koodi (jos sait sellaisen)",
    sv: "Värdesedelns kod (om du har fått en)",
    en: "Voucher code (if you were given one)",
  },
  voucherHint: {
    fi: "Esimerkiksi neuvolasta saatu koodi muodossa XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX.",
    sv: "Till exempel en kod från rådgivningen i formen XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX.",
    en: "For example a code from your child health clinic, in the form XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX.",
  },
  send: { fi: "Lähetä kysymys", sv: "Skicka frågan", en: "Send the question" },
  sendAnyway: { fi: "Lähetä silti", sv: "Skicka ändå", en: "Send it anyway" },
  personalDataTitle: {
    fi: "Tarkista vielä: tekstissä saattaa olla tunnistetietoja",
    sv: "Kontrollera ännu: texten kan innehålla uppgifter som identifierar dig",
    en: "Please check: your text may contain details that identify you",
  },
  personalDataText: {
    fi: "Löysimme tekstistä jotain, joka näyttää seuraavalta. Voit muokata tekstiä alla ja lähettää sen sitten, tai lähettää sen sellaisenaan.",
    sv: "Vi hittade något i texten som ser ut som följande. Du kan ändra texten nedan och sedan skicka den, eller skicka den som den är.",
    en: "We found something in the text that looks like the following. You can edit the text below and then send it, or send it as it is.",
  },
  "pii.hetu": { fi: "henkilötunnus", sv: "personbeteckning", en: "a personal identity code" },
  "pii.phone": { fi: "puhelinnumero", sv: "telefonnummer", en: "a phone number" },
  "pii.email": { fi: "sähköpostiosoite", sv: "e-postadress", en: "an e-mail address" },
  readTitle: { fi: "Lue vastaus", sv: "Läs svaret", en: "Read the answer" },
  readLead: {
    fi: "Kirjoita koodi, jonka sait kysymyksen lähettämisen jälkeen.",
    sv: "Skriv koden som du fick när du skickade frågan.",
    en: "Enter the code you got after sending your question.",
  },
  codeLabel: { fi: "Vastauskoodi", sv: "Svarskod", en: "Retrieval code" },
  readButton: { fi: "Näytä keskustelu", sv: "Visa samtalet", en: "Show the conversation" },
  receiptTitle: {
    fi: "Kysymyksesi on lähetetty",
    sv: "Din fråga har skickats",
    en: "Your question has been sent",
  },
  receiptCodeIntro: {
    fi: "Tämä on vastauskoodisi. Näytämme sen vain tämän kerran: kirjoita se muistiin, tallenna tai tulosta tämä sivu. Ilman koodia vastausta ei voi lukea, eikä kukaan voi palauttaa sitä.",
    sv: "Det här är din svarskod. Vi visar den bara den här gången: skriv upp den, spara eller skriv ut sidan. Utan koden kan svaret inte läsas, och ingen kan ta fram den åt dig.",
    en: "This is your retrieval code. We show it only this once: write it down, save or print this page. Without the code the answer cannot be read, and no one can recover it for you.",
  },
  receiptDue: {
    fi: "Vastaus luvataan viimeistään {date}.",
    sv: "Svaret utlovas senast {date}.",
    en: "An answer is promised by {date}.",
  },
  receiptHow: {
    fi: "Lue vastaus sivulla {path} kohdassa ”Lue vastaus”.",
    sv: "Läs svaret på sidan {path} under ”Läs svaret”.",
    en: "Read the answer at {path} under “Read the answer”.",
  },
  printHint: {
    fi: "Voit tulostaa tämän lapun selaimesi tulostustoiminnolla.",
    sv: "Du kan skriva ut den här lappen med webbläsarens utskriftsfunktion.",
    en: "You can print this slip with your browser's print function.",
  },
  crisisAfterSend: {
    fi: "Kirjoitit jotain, mikä kuulostaa siltä, että tarvitset apua heti. Kysymyksesi nostettiin jonon kärkeen, mutta älä jää odottamaan vastausta yksin: soita johonkin näistä nyt.",
    sv: "Du skrev något som låter som att du behöver hjälp genast. Din fråga flyttades först i kön, men vänta inte ensam på svaret: ring någon av dessa nu.",
    en: "You wrote something that sounds like you need help right away. Your question was moved to the front of the queue, but please don't wait alone for the answer: call one of these now.",
  },
  threadTitle: { fi: "Keskustelusi", sv: "Ditt samtal", en: "Your conversation" },
  "status.waiting": {
    fi: "Odottaa vastausta",
    sv: "Väntar på svar",
    en: "Waiting for an answer",
  },
  "status.answered": { fi: "Vastattu", sv: "Besvarad", en: "Answered" },
  "status.closed": { fi: "Päätetty", sv: "Avslutad", en: "Closed" },
  statusLabel: { fi: "Tila", sv: "Status", en: "Status" },
  dueLabel: { fi: "Vastaus luvattu viimeistään", sv: "Svar utlovat senast", en: "Answer promised by" },
  fromClient: { fi: "Sinä", sv: "Du", en: "You" },
  fromProfessional: { fi: "Ammattilainen", sv: "Yrkesperson", en: "Professional" },
  followUpLabel: { fi: "Jatkokysymys", sv: "Följdfråga", en: "Follow-up question" },
  followUpHint: {
    fi: "Voit lähettää vielä {left} jatkoviestiä.",
    sv: "Du kan skicka {left} följdmeddelanden till.",
    en: "You can send {left} more follow-up messages.",
  },
  followUpSend: { fi: "Lähetä jatkokysymys", sv: "Skicka följdfrågan", en: "Send the follow-up" },
  followUpSent: {
    fi: "Jatkokysymys lähetetty.",
    sv: "Följdfrågan har skickats.",
    en: "Your follow-up was sent.",
  },
  noMoreFollowUps: {
    fi: "Tähän keskusteluun ei voi enää lähettää jatkoviestejä. Voit aina lähettää uuden kysymyksen.",
    sv: "Det går inte längre att skicka följdmeddelanden i det här samtalet. Du kan alltid skicka en ny fråga.",
    en: "No more follow-ups can be sent in this conversation. You can always send a new question.",
  },
  closeTitle: { fi: "Lopeta keskustelu", sv: "Avsluta samtalet", en: "End the conversation" },
  closeText: {
    fi: "Kun lopetat, keskustelu poistetaan {days} päivän kuluttua.",
    sv: "När du avslutar raderas samtalet efter {days} dagar.",
    en: "When you end it, the conversation is deleted after {days} days.",
  },
  closeButton: { fi: "Lopeta keskustelu", sv: "Avsluta samtalet", en: "End the conversation" },
  closed: {
    fi: "Keskustelu on päätetty. Kiitos, että kysyit.",
    sv: "Samtalet är avslutat. Tack för att du frågade.",
    en: "The conversation has ended. Thank you for asking.",
  },
  feedbackLegend: { fi: "Oliko vastauksesta apua?", sv: "Hade du nytta av svaret?", en: "Did this help?" },
  feedbackYes: { fi: "Kyllä", sv: "Ja", en: "Yes" },
  feedbackNo: { fi: "Ei", sv: "Nej", en: "No" },
  feedbackSend: { fi: "Lähetä palaute", sv: "Skicka respons", en: "Send feedback" },
  feedbackThanks: {
    fi: "Kiitos palautteesta.",
    sv: "Tack för responsen.",
    en: "Thank you for your feedback.",
  },
  voucherCardTitle: {
    fi: "Kysy ammattilaiselta – nimettömästi",
    sv: "Fråga en yrkesperson – anonymt",
    en: "Ask a professional – anonymously",
  },
  voucherCardText: {
    fi: "Skannaa koodi tai mene osoitteeseen {url} ja kirjoita palvelusetelin koodi:",
    sv: "Skanna koden eller gå till {url} och skriv värdesedelns kod:",
    en: "Scan the code or go to {url} and type the voucher code:",
  },
  voucherCardExpires: { fi: "Voimassa {date} asti", sv: "Giltig till {date}", en: "Valid until {date}" },
  voucherFilled: {
    fi: "Palvelusetelin koodi on täytetty lomakkeelle.",
    sv: "Värdesedelns kod har fyllts i formuläret.",
    en: "The voucher code has been filled in on the form.",
  },
  "error.invalidInput": {
    fi: "Tarkista lomakkeen tiedot.",
    sv: "Kontrollera uppgifterna i formuläret.",
    en: "Please check the form.",
  },
  "error.emptyQuestion": {
    fi: "Kirjoita kysymys ennen lähettämistä.",
    sv: "Skriv din fråga innan du skickar.",
    en: "Please write your question before sending.",
  },
  "error.tooLong": {
    fi: "Teksti on liian pitkä: enintään {max} merkkiä. Voit jakaa sen jatkoviesteihin.",
    sv: "Texten är för lång: högst {max} tecken. Du kan dela upp den i följdmeddelanden.",
    en: "The text is too long: at most {max} characters. You can split it into follow-ups.",
  },
  "error.unknownService": {
    fi: "Valitse palvelu, jolle kysymys lähetetään.",
    sv: "Välj den tjänst som frågan ska skickas till.",
    en: "Please choose the service to send the question to.",
  },
  "error.unsupportedLanguage": {
    fi: "Tämä palvelu ei vastaa valitsemallasi kielellä.",
    sv: "Den här tjänsten svarar inte på det valda språket.",
    en: "This service does not answer in the chosen language.",
  },
  "error.voucherRequired": {
    fi: "Tähän palveluun tarvitaan palvelusetelin koodi. Sen saa esimerkiksi neuvolasta tai koulun kuraattorilta.",
    sv: "Den här tjänsten kräver en värdesedelskod. Du kan få den till exempel från rådgivningen eller skolkuratorn.",
    en: "This service needs a voucher code. You can get one for example from your child health clinic or school social worker.",
  },
  "error.voucherFormat": {
    fi: "Palvelusetelin koodi ei ole vielä kokonainen. Siinä on 26 kirjainta ja numeroa, kortissa neljän merkin ryhminä. Tarkista koodi kortista – väliviivat ja isot kirjaimet eivät ole tarpeen.",
    sv: "Värdesedelns kod är inte hel ännu. Den har 26 bokstäver och siffror, på kortet i grupper om fyra. Kontrollera koden på kortet – bindestreck och stora bokstäver behövs inte.",
    en: "The voucher code is not complete yet. It has 26 letters and digits, shown in groups of four on the card. Please check it against the card – dashes and capitals are not needed.",
  },
  "error.voucherUnknown": {
    fi: "Emme tunnistaneet palvelusetelin koodia. Tarkista, että kirjoitit sen oikein.",
    sv: "Vi kände inte igen värdesedelns kod. Kontrollera att du skrev den rätt.",
    en: "We did not recognise the voucher code. Please check that you typed it correctly.",
  },
  "error.voucherExpired": {
    fi: "Palvelusetelin voimassaolo on päättynyt. Voit pyytää uuden sen antajalta.",
    sv: "Värdesedeln har gått ut. Du kan be om en ny av den som gav den.",
    en: "This voucher has expired. You can ask the place that gave it for a new one.",
  },
  "error.voucherUsedUp": {
    fi: "Tällä palvelusetelillä on jo kysytty kaikki sen kysymykset. Voit pyytää uuden sen antajalta.",
    sv: "Alla frågor på den här värdesedeln har redan använts. Du kan be om en ny av den som gav den.",
    en: "All the questions on this voucher have already been used. You can ask the place that gave it for a new one.",
  },
  "error.wrongCode": {
    fi: "Tällä koodilla ei löytynyt keskustelua. Tarkista koodi – kirjaimet ja numerot riittävät, väliviivoja ei tarvita.",
    sv: "Inget samtal hittades med den här koden. Kontrollera koden – bokstäver och siffror räcker, bindestreck behövs inte.",
    en: "No conversation was found with this code. Please check it – letters and digits are enough, no dashes needed.",
  },
  "error.followUpLimit": {
    fi: "Jatkoviestien enimmäismäärä on täynnä. Voit lähettää uuden kysymyksen.",
    sv: "Högsta antalet följdmeddelanden har nåtts. Du kan skicka en ny fråga.",
    en: "The limit of follow-up messages has been reached. You can send a new question.",
  },
  "error.threadClosed": {
    fi: "Keskustelu on jo päätetty. Voit lähettää uuden kysymyksen.",
    sv: "Samtalet är redan avslutat. Du kan skicka en ny fråga.",
    en: "This conversation has already ended. You can send a new question.",
  },
  "error.feedbackTwice": {
    fi: "Olet jo antanut palautteen tästä keskustelusta. Kiitos!",
    sv: "Du har redan gett respons på det här samtalet. Tack!",
    en: "You have already given feedback on this conversation. Thank you!",
  },
  "error.notAnsweredYet": {
    fi: "Palautteen voi antaa, kun kysymykseen on vastattu.",
    sv: "Du kan ge respons när frågan har besvarats.",
    en: "You can give feedback once your question has been answered.",
  },
  topicLabel: {
    fi: "Mitä kysymyksesi koskee? (vapaaehtoinen)",
    sv: "Vad gäller din fråga? (frivilligt)",
    en: "What is your question about? (optional)",
  },
  topicHint: {
    fi: "Aihe auttaa ohjaamaan kysymyksen oikealle vastaajalle. Jos et ole varma, jätä valinnaksi ”En osaa sanoa”.",
    sv: "Ämnet hjälper oss att skicka frågan till rätt person. Om du är osäker kan du lämna ”Vet inte”.",
    en: "The topic helps us pass your question to the right person. If you are not sure, leave it at “Not sure”.",
  },
  topicNotSure: { fi: "En osaa sanoa", sv: "Vet inte", en: "Not sure" },
  "topic.parenting": { fi: "Vanhemmuus", sv: "Föräldraskap", en: "Parenting" },
  "topic.relationships": { fi: "Parisuhde", sv: "Parrelation", en: "Relationships" },
  "topic.everyday-coping": { fi: "Arjessa jaksaminen", sv: "Att orka i vardagen", en: "Coping day to day" },
  "topic.mental-health": { fi: "Mielen hyvinvointi", sv: "Psykiskt välmående", en: "Mental wellbeing" },
  "topic.substance-use": { fi: "Päihteet", sv: "Rusmedel", en: "Alcohol and drugs" },
  "topic.violence": { fi: "Väkivalta", sv: "Våld", en: "Violence" },
  emailLabel: {
    fi: "Sähköposti ilmoitusta varten (vapaaehtoinen)",
    sv: "E-post för ett meddelande (frivilligt)",
    en: "E-mail for a notice (optional)",
  },
  emailHint: {
    fi: "Jos haluat, lähetämme yhden viestin, kun vastaus on valmis. Viestissä ei ole kysymystäsi, vastausta eikä koodia – vain tieto, että vastaus odottaa, ja linkki sivulle. Osoite tallennetaan salattuna ja poistetaan heti, kun viesti on lähetetty. Voit jättää kentän tyhjäksi.",
    sv: "Om du vill skickar vi ett enda meddelande när svaret är klart. Där finns inte din fråga, svaret eller koden – bara att ett svar väntar och en länk till sidan. Adressen sparas krypterad och raderas så fort meddelandet har skickats. Du kan lämna fältet tomt.",
    en: "If you like, we send one message when the answer is ready. It holds no question, no answer and no code – only that an answer is waiting, and a link to the site. The address is stored encrypted and deleted as soon as the message is sent. You may leave this empty.",
  },
  "error.badEmail": {
    fi: "Tarkista sähköpostiosoite (esimerkiksi nimi@esimerkki.fi) tai jätä kenttä tyhjäksi.",
    sv: "Kontrollera e-postadressen (till exempel namn@exempel.fi) eller lämna fältet tomt.",
    en: "Please check the e-mail address (for example name@example.com) or leave the field empty.",
  },
  "error.unknownTopic": {
    fi: "Valittu palvelu ei käsittele tätä aihetta. Valitse toinen aihe tai ”En osaa sanoa”.",
    sv: "Den valda tjänsten tar inte upp det här ämnet. Välj ett annat ämne eller ”Vet inte”.",
    en: "The chosen service does not cover this topic. Please choose another topic or “Not sure”.",
  },
  "error.topicNotInService": {
    fi: "Palvelu ”{service}” ei käsittele tätä aihetta. Sen aiheet ovat: {topics}. Valitse jokin niistä tai ”En osaa sanoa”. Kysymyksesi on yhä alla, sitä ei tarvitse kirjoittaa uudelleen.",
    sv: "Tjänsten ”{service}” tar inte upp det här ämnet. Dess ämnen är: {topics}. Välj ett av dem eller ”Vet inte”. Din fråga finns kvar nedan, du behöver inte skriva den igen.",
    en: "“{service}” does not cover this topic. Its topics are: {topics}. Please choose one of them or “Not sure”. Your question is still below; there is no need to write it again.",
  },
  noticeSubject: {
    fi: "Kysymykseesi on vastattu",
    sv: "Din fråga har besvarats",
    en: "Your question has been answered",
  },
  noticeBody: {
    fi: "Hei,\n\nammattilainen on vastannut kysymykseesi. Voit lukea vastauksen koodilla, jonka sait kysymyksen lähettämisen jälkeen:\n{url}\n\nSähköpostiosoitteesi on nyt poistettu palvelusta, emmekä lähetä sinulle muita viestejä.",
    sv: "Hej,\n\nen yrkesperson har svarat på din fråga. Du kan läsa svaret med koden som du fick när du skickade frågan:\n{url}\n\nDin e-postadress har nu raderats från tjänsten och vi skickar inga fler meddelanden.",
    en: "Hello,\n\na professional has answered your question. You can read the answer with the code you got after sending your question:\n{url}\n\nYour e-mail address has now been deleted from the service, and we will not write to you again.",
  },
} satisfies Record<string, Localized>;

export type TextKey = keyof typeof texts;

/** A feature text with `{name}` placeholders filled in. */
export function text(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return texts[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Staff-side words; staff pages follow the staff member's language like the rest of /staff. */
export const staffTexts = {
  queueTitle: { fi: "Kirjalliset kysymykset", sv: "Skriftliga frågor", en: "Written questions" },
  queueEmpty: {
    fi: "Jonossa ei ole kysymyksiä.",
    sv: "Inga frågor i kön.",
    en: "No questions in the queue.",
  },
  queueCount: {
    fi: "Avoimia kysymyksiä {count}, joista myöhässä {overdue}.",
    sv: "Öppna frågor {count}, varav försenade {overdue}.",
    en: "{count} open questions, {overdue} overdue.",
  },
  queueShowing: {
    fi: "Näytetään ensimmäiset {shown}.",
    sv: "De första {shown} visas.",
    en: "Showing the first {shown}.",
  },
  colService: { fi: "Palvelu", sv: "Tjänst", en: "Service" },
  colDue: { fi: "Vastattava viimeistään", sv: "Ska besvaras senast", en: "Due" },
  colStatus: { fi: "Tila", sv: "Status", en: "Status" },
  colClaimed: { fi: "Ottanut", sv: "Tagen av", en: "Claimed by" },
  colLang: { fi: "Kieli", sv: "Språk", en: "Language" },
  colOpen: { fi: "Avaa", sv: "Öppna", en: "Open" },
  crisisFlag: { fi: "KRIISI", sv: "KRIS", en: "CRISIS" },
  queueCrisisOne: {
    fi: "Jonon kärjessä on 1 kriisikysymys: siinä on merkkejä välittömästä vaarasta. Vastaa siihen ensin.",
    sv: "Överst i kön finns 1 krisfråga: den har tecken på akut fara. Svara på den först.",
    en: "1 crisis question is at the top of the queue: it shows signs of immediate danger. Answer it first.",
  },
  queueCrisisMany: {
    fi: "Jonon kärjessä on {count} kriisikysymystä: niissä on merkkejä välittömästä vaarasta. Vastaa niihin ensin.",
    sv: "Överst i kön finns {count} krisfrågor: de har tecken på akut fara. Svara på dem först.",
    en: "{count} crisis questions are at the top of the queue: they show signs of immediate danger. Answer them first.",
  },
  crisisAlert: {
    fi: "Kysymyksessä on merkkejä välittömästä vaarasta. Vastaa ensin tähän.",
    sv: "Frågan har tecken på akut fara. Svara på den här först.",
    en: "This question shows signs of immediate danger. Answer it first.",
  },
  overdue: { fi: "Myöhässä", sv: "Försenad", en: "Overdue" },
  unclaimed: { fi: "Vapaa", sv: "Ledig", en: "Free" },
  claim: { fi: "Ota käsittelyyn", sv: "Ta hand om", en: "Claim" },
  release: { fi: "Vapauta", sv: "Släpp", en: "Release" },
  claimedByOther: {
    fi: "{name} on jo ottanut tämän kysymyksen käsittelyyn.",
    sv: "{name} har redan tagit hand om den här frågan.",
    en: "{name} has already claimed this question.",
  },
  claimedByYou: {
    fi: "Käsittelet tätä kysymystä.",
    sv: "Du tar hand om frågan.",
    en: "You have claimed this question.",
  },
  answerLabel: { fi: "Vastaus", sv: "Svar", en: "Answer" },
  answerSend: { fi: "Lähetä vastaus", sv: "Skicka svaret", en: "Send the answer" },
  answered: { fi: "Vastaus lähetetty.", sv: "Svaret har skickats.", en: "The answer was sent." },
  templatesTitle: { fi: "Vastauspohjat", sv: "Svarsmallar", en: "Answer templates" },
  useTemplate: { fi: "Käytä pohjaa", sv: "Använd mallen", en: "Use template" },
  templateLabel: { fi: "Vastauspohja", sv: "Svarsmall", en: "Template" },
  templateTitle: { fi: "Otsikko", sv: "Rubrik", en: "Title" },
  templateBody: { fi: "Teksti", sv: "Text", en: "Text" },
  templateLang: { fi: "Kieli", sv: "Språk", en: "Language" },
  templateAdd: { fi: "Lisää vastauspohja", sv: "Lägg till en svarsmall", en: "Add a template" },
  noteLabel: {
    fi: "Sisäinen muistiinpano (ei näy kysyjälle)",
    sv: "Intern anteckning (syns inte för frågeställaren)",
    en: "Internal note (never shown to the person)",
  },
  noteSend: { fi: "Tallenna muistiinpano", sv: "Spara anteckningen", en: "Save the note" },
  noteFrom: { fi: "Muistiinpano", sv: "Anteckning", en: "Note" },
  transferTitle: {
    fi: "Siirrä toiseen palveluun tai toiselle ammattiryhmälle",
    sv: "Flytta till en annan tjänst eller yrkesgrupp",
    en: "Transfer to another service or profession",
  },
  transferTo: { fi: "Kenelle", sv: "Till vem", en: "To whom" },
  transferHint: {
    fi: "Voit siirtää kysymyksen, kun se on vapaa tai sinun käsittelyssäsi.",
    sv: "Du kan flytta frågan när den är ledig eller när du tar hand om den.",
    en: "You can transfer the question while it is free or claimed by you.",
  },
  anyoneInService: {
    fi: "kuka tahansa palvelun ammattilainen",
    sv: "vem som helst av tjänstens yrkespersoner",
    en: "anyone in the service",
  },
  colFor: { fi: "Kenelle", sv: "Till", en: "For" },
  "profession.family-counsellor": { fi: "perheneuvoja", sv: "familjerådgivare", en: "family counsellor" },
  "profession.psychologist": { fi: "psykologi", sv: "psykolog", en: "psychologist" },
  "profession.public-health-nurse": { fi: "terveydenhoitaja", sv: "hälsovårdare", en: "public health nurse" },
  "profession.social-worker": { fi: "sosiaalityöntekijä", sv: "socialarbetare", en: "social worker" },
  claimLost: {
    fi: "Kysymys vapautui tai siihen vastattiin sillä välin, kun kirjoitit, joten vastaustasi ei tallennettu. Tekstisi on tallessa alla – katso viestit ennen kuin lähetät sen.",
    sv: "Frågan släpptes eller besvarades medan du skrev, så ditt svar sparades inte. Texten finns kvar nedan – titta på meddelandena innan du skickar den.",
    en: "The question was released or answered while you were writing, so your answer was not saved. Your text is kept below – check the messages before sending it.",
  },
  transferUnknownService: {
    fi: "Valitse palvelu tai ammattiryhmä listalta.",
    sv: "Välj en tjänst eller yrkesgrupp i listan.",
    en: "Please choose a service or profession from the list.",
  },
  transferUnknownProfession: {
    fi: "Valitussa palvelussa ei ole tätä ammattiryhmää. Valitse listalta.",
    sv: "Den valda tjänsten har inte den här yrkesgruppen. Välj i listan.",
    en: "The chosen service has no such profession. Please choose from the list.",
  },
  transferSamePlace: {
    fi: "Kysymys on jo siellä. Valitse toinen palvelu tai ammattiryhmä.",
    sv: "Frågan finns redan där. Välj en annan tjänst eller yrkesgrupp.",
    en: "The question is already there. Please choose another service or profession.",
  },
  transferLanguage: {
    fi: "Valittu palvelu ei vastaa tämän kysymyksen kielellä.",
    sv: "Den valda tjänsten svarar inte på frågans språk.",
    en: "The chosen service does not answer in this question's language.",
  },
  transferNote: {
    fi: "Saate (ei näy kysyjälle)",
    sv: "Följebrev (syns inte för frågeställaren)",
    en: "Note for the receiver (never shown to the person)",
  },
  transferSend: { fi: "Siirrä", sv: "Flytta", en: "Transfer" },
  transferred: {
    fi: "Siirretty palveluun {service}.",
    sv: "Flyttad till {service}.",
    en: "Transferred to {service}.",
  },
  messagesTitle: { fi: "Viestit", sv: "Meddelanden", en: "Messages" },
  client: { fi: "Kysyjä", sv: "Frågeställaren", en: "Person asking" },
  teamTitle: { fi: "Tiimin kuormitus", sv: "Teamets belastning", en: "Team load" },
  teamByWorker: {
    fi: "Käsittelyssä ammattilaisittain",
    sv: "Under behandling per yrkesperson",
    en: "Claimed per professional",
  },
  teamByService: { fi: "Palveluittain", sv: "Per tjänst", en: "Per service" },
  colWorker: { fi: "Ammattilainen", sv: "Yrkesperson", en: "Professional" },
  colClaimedCount: { fi: "Käsittelyssä", sv: "Under behandling", en: "Claimed" },
  colOpenCount: { fi: "Avoimia", sv: "Öppna", en: "Open" },
  colOverdue: { fi: "Myöhässä", sv: "Försenade", en: "Overdue" },
  colDueToday: { fi: "Erääntyy tänään", sv: "Förfaller i dag", en: "Due today" },
  colNextDue: { fi: "Seuraava eräpäivä", sv: "Nästa förfallodag", en: "Next due" },
  vouchersTitle: { fi: "Palvelusetelit", sv: "Värdesedlar", en: "Vouchers" },
  unitLabel: {
    fi: "Jakava yksikkö (esim. neuvola)",
    sv: "Utdelande enhet (t.ex. rådgivning)",
    en: "Issuing unit (e.g. a clinic)",
  },
  countLabel: { fi: "Setelien määrä", sv: "Antal sedlar", en: "Number of vouchers" },
  perVoucherLabel: { fi: "Kysymyksiä setelillä", sv: "Frågor per sedel", en: "Questions per voucher" },
  expiresLabel: { fi: "Voimassa asti", sv: "Giltig till", en: "Valid until" },
  cardLangLabel: { fi: "Korttien kieli", sv: "Kortens språk", en: "Card language" },
  createBatch: {
    fi: "Luo setelit ja tulosta",
    sv: "Skapa sedlar och skriv ut",
    en: "Create vouchers and print",
  },
  batchPrintTitle: {
    fi: "Tulostettavat palvelusetelit",
    sv: "Värdesedlar att skriva ut",
    en: "Vouchers to print",
  },
  batchPrintHint: {
    fi: "Koodit näytetään vain nyt: tulosta tämä sivu (A4) ennen kuin poistut. Tietokantaan tallennetaan vain koodien tarkisteet.",
    sv: "Koderna visas bara nu: skriv ut sidan (A4) innan du lämnar den. Endast kontrollsummor av koderna sparas.",
    en: "The codes are shown only now: print this page (A4) before leaving it. Only check values of the codes are stored.",
  },
  colUnit: { fi: "Yksikkö", sv: "Enhet", en: "Unit" },
  colIssued: { fi: "Jaettu", sv: "Utdelade", en: "Issued" },
  colRedeemed: { fi: "Käytetty", sv: "Använda", en: "Redeemed" },
  navQueue: { fi: "Jono", sv: "Kö", en: "Queue" },
  navReports: { fi: "Luvut", sv: "Siffror", en: "Numbers" },
  back: { fi: "Takaisin jonoon", sv: "Tillbaka till kön", en: "Back to the queue" },
  invalid: { fi: "Tarkista tiedot.", sv: "Kontrollera uppgifterna.", en: "Please check the details." },
  unsentText: {
    fi: "Kirjoittamasi teksti, jota ei tallennettu (voit kopioida sen)",
    sv: "Texten du skrev, som inte sparades (du kan kopiera den)",
    en: "What you wrote, which was not saved (you can copy it)",
  },
  threadClosedNow: {
    fi: "Kysyjä on sulkenut keskustelun, joten sitä ei voi enää vastata eikä siirtää.",
    sv: "Den som frågade har stängt samtalet, så det kan inte längre besvaras eller flyttas.",
    en: "The person has closed this conversation, so it can no longer be answered or moved.",
  },
  noTemplates: {
    fi: "Ei vastauspohjia tällä kielellä.",
    sv: "Inga svarsmallar på det här språket.",
    en: "No templates in this language.",
  },
  colTopic: { fi: "Aihe", sv: "Ämne", en: "Topic" },
  topicNone: { fi: "ei valittu", sv: "inte valt", en: "not chosen" },
  reportsTitle: {
    fi: "Kirjallisten kysymysten luvut",
    sv: "Siffror för skriftliga frågor",
    en: "Written questions in numbers",
  },
  reportsLead: {
    fi: "Luvut lasketaan nimettömistä kuukausitilastoista, jotka säilyvät keskustelujen poistamisen jälkeen, sekä vielä säilytettävistä keskusteluista. Ne eivät sisällä kysymysten sisältöä.",
    sv: "Siffrorna räknas från anonym månadsstatistik som finns kvar när samtalen har raderats, och från samtal som ännu sparas. De innehåller inget av frågornas innehåll.",
    en: "The numbers come from anonymous monthly counts that remain after conversations are deleted, and from conversations still kept. They hold nothing of what was asked.",
  },
  reportsOrg: { fi: "Organisaatio", sv: "Organisation", en: "Organisation" },
  reportsFrom: { fi: "Alkaen (kuukausi)", sv: "Från (månad)", en: "From (month)" },
  reportsTo: { fi: "Päättyen (kuukausi)", sv: "Till (månad)", en: "To (month)" },
  reportsShow: { fi: "Näytä", sv: "Visa", en: "Show" },
  reportsAnswerTime: {
    fi: "Ensimmäisen vastauksen aika suhteessa lupaukseen",
    sv: "Tid till första svar jämfört med löftet",
    en: "Time to first answer against the promise",
  },
  reportsBucket: { fi: "Ryhmä", sv: "Grupp", en: "Group" },
  reportsCount: { fi: "Kysymyksiä", sv: "Frågor", en: "Questions" },
  reportsShare: { fi: "Osuus", sv: "Andel", en: "Share" },
  "bucket.withinPromise": {
    fi: "Vastattu luvatussa ajassa",
    sv: "Besvarade inom utlovad tid",
    en: "Answered within the promise",
  },
  "bucket.oneDayLate": {
    fi: "Vastattu 1 arkipäivä myöhässä",
    sv: "Besvarade 1 vardag för sent",
    en: "Answered 1 working day late",
  },
  "bucket.twoPlusDaysLate": {
    fi: "Vastattu 2 tai useampi arkipäivä myöhässä",
    sv: "Besvarade 2 eller fler vardagar för sent",
    en: "Answered 2 or more working days late",
  },
  "bucket.unansweredPastDue": {
    fi: "Vastaamatta, määräaika ohi",
    sv: "Obesvarade, tiden har gått ut",
    en: "Unanswered, past the due time",
  },
  "bucket.waitingNotDue": {
    fi: "Odottaa, määräaika ei vielä ohi",
    sv: "Väntar, tiden har inte gått ut",
    en: "Waiting, not yet due",
  },
  reportsVouchers: {
    fi: "Palvelusetelit jakavittain yksiköittäin",
    sv: "Värdesedlar per utdelande enhet",
    en: "Vouchers per issuing unit",
  },
  reportsIssuedInRange: {
    fi: "Jaettu aikavälillä",
    sv: "Utdelade under perioden",
    en: "Issued in the period",
  },
  reportsRedeemedInRange: {
    fi: "Kysymyksiä setelillä aikavälillä",
    sv: "Frågor med sedel under perioden",
    en: "Questions with a voucher in the period",
  },
  reportsTopics: {
    fi: "Kysymykset aiheittain ja kuukausittain",
    sv: "Frågor per ämne och månad",
    en: "Questions per topic and month",
  },
  reportsMonth: { fi: "Kuukausi", sv: "Månad", en: "Month" },
  reportsNone: {
    fi: "Ei kysymyksiä tällä aikavälillä.",
    sv: "Inga frågor under perioden.",
    en: "No questions in this period.",
  },
  reportsBadRange: {
    fi: "Tarkista aikaväli: anna kuukaudet muodossa VVVV-KK, alku ennen loppua, enintään 36 kuukautta.",
    sv: "Kontrollera perioden: ange månaderna som ÅÅÅÅ-MM, början före slutet, högst 36 månader.",
    en: "Please check the period: months as YYYY-MM, the start before the end, 36 months at most.",
  },
} satisfies Record<string, Localized>;

export type StaffTextKey = keyof typeof staffTexts;

export function staffText(
  lang: Lang,
  key: StaffTextKey,
  params: Record<string, string | number> = {},
): string {
  return staffTexts[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A profession's name in the staff language; one without a written name shows as it is stored. */
export function professionName(lang: Lang, profession: string): string {
  const key = `profession.${profession}`;
  return key in staffTexts ? staffText(lang, key as StaffTextKey) : profession;
}

/** A service topic's name in the page language; a topic without a written name shows as it is stored. */
export function topicName(lang: Lang, topic: string): string {
  const key = `topic.${topic}`;
  return key in texts ? text(lang, key as TextKey) : topic;
}

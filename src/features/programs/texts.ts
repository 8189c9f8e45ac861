import type { Lang, Localized } from "../../platform/i18n/index";
import type { AnswerErrorCode } from "./validate-exercise-answer";

const texts = {
  catalogueTitle: { fi: "Omahoito-ohjelmat", sv: "Egenvårdsprogram", en: "Self-care programs" },
  catalogueLead: {
    fi: "Ohjelmissa etenet omaan tahtiisi tekstien ja harjoitusten avulla. Et tarvitse tunnuksia, eikä sinulta kysytä nimeä. Voit tehdä ohjelman yksin tai ammattilaisen tukemana.",
    sv: "I programmen går du framåt i din egen takt med texter och övningar. Du behöver inget konto och ingen frågar efter ditt namn. Du kan göra programmet ensam eller med stöd av en yrkesperson.",
    en: "In the programs you move forward at your own pace with texts and exercises. You need no account and nobody asks your name. You can do a program alone or with the support of a professional.",
  },
  catalogueDescription: {
    fi: "Maksuttomat omahoito-ohjelmat mielialaan, ahdistukseen, uneen, stressiin, yksinäisyyteen ja rahahuoliin. Ilman tunnuksia, omaan tahtiin.",
    sv: "Kostnadsfria egenvårdsprogram för nedstämdhet, oro, sömn, stress, ensamhet och penningbekymmer. Utan konto, i din egen takt.",
    en: "Free self-care programs for low mood, worry, sleep, stress, loneliness and money worries. No account needed, at your own pace.",
  },
  weeks: { fi: "{n} viikkoa", sv: "{n} veckor", en: "{n} weeks" },
  modulesCount: { fi: "{n} osiota", sv: "{n} avsnitt", en: "{n} modules" },
  forWhom: { fi: "Kenelle ohjelma sopii", sv: "Vem programmet passar", en: "Who this program is for" },
  notFor: {
    fi: "Kenelle ohjelma ei sovi",
    sv: "Vem programmet inte passar",
    en: "Who this program is not for",
  },
  seekHelp: {
    fi: "Milloin hakea apua ohjelman sijaan",
    sv: "När du ska söka hjälp i stället",
    en: "When to seek help instead",
  },
  partsTitle: { fi: "Ohjelman osat", sv: "Programmets delar", en: "Parts of the program" },
  progress: {
    fi: "Olet merkinnyt tehdyksi {done} / {total} osiota.",
    sv: "Du har markerat {done} av {total} avsnitt som gjorda.",
    en: "You have marked {done} of {total} modules done.",
  },
  progressDevice: {
    fi: "Edistymisesi näkyy tässä, kun tallennat sen tälle laitteelle tai jatkokoodilla.",
    sv: "Dina framsteg syns här när du sparar dem på den här enheten eller med en fortsättningskod.",
    en: "Your progress shows here once you save it on this device or with a resume code.",
  },
  doneMark: { fi: "tehty", sv: "gjort", en: "done" },
  startProgram: {
    fi: "Aloita ensimmäisestä osiosta",
    sv: "Börja med första avsnittet",
    en: "Start with the first module",
  },
  moduleOf: { fi: "Osio {n} / {total}", sv: "Avsnitt {n} av {total}", en: "Module {n} of {total}" },
  previous: { fi: "Edellinen osio", sv: "Föregående avsnitt", en: "Previous module" },
  next: { fi: "Seuraava osio", sv: "Nästa avsnitt", en: "Next module" },
  backToProgram: {
    fi: "Takaisin ohjelman etusivulle",
    sv: "Tillbaka till programmets startsida",
    en: "Back to the program page",
  },
  exercisesTitle: { fi: "Harjoitukset", sv: "Övningar", en: "Exercises" },
  markDone: { fi: "Merkitse osio tehdyksi", sv: "Markera avsnittet som gjort", en: "Mark this module done" },
  markUndone: { fi: "Poista tehty-merkintä", sv: "Ta bort markeringen", en: "Unmark this module" },
  moduleDone: {
    fi: "Olet merkinnyt tämän osion tehdyksi.",
    sv: "Du har markerat avsnittet som gjort.",
    en: "You have marked this module done.",
  },
  save: { fi: "Tallenna", sv: "Spara", en: "Save" },
  saveWithNewCode: {
    fi: "Tallenna ja luo jatkokoodi",
    sv: "Spara och skapa en fortsättningskod",
    en: "Save and create a resume code",
  },
  saveHintDevice: {
    fi: "Ilman jatkokoodia vastauksesi tallentuvat vain tälle laitteelle (tarvitaan JavaScript). Jatkokoodilla ne tallentuvat salattuina palveluun.",
    sv: "Utan fortsättningskod sparas dina svar bara på den här enheten (JavaScript behövs). Med en fortsättningskod sparas de krypterade i tjänsten.",
    en: "Without a resume code your answers are saved only on this device (JavaScript needed). With a resume code they are saved encrypted in the service.",
  },
  saveOnDevice: {
    fi: "Tallenna tälle laitteelle",
    sv: "Spara på den här enheten",
    en: "Save on this device",
  },
  savedServer: { fi: "Tallennettu.", sv: "Sparat.", en: "Saved." },
  savedDevice: {
    fi: "Tallennettu tälle laitteelle.",
    sv: "Sparat på den här enheten.",
    en: "Saved on this device.",
  },
  savedCourse: {
    fi: "Tallennettu ohjattuun ohjelmaasi.",
    sv: "Sparat i ditt handledda program.",
    en: "Saved in your guided course.",
  },
  notSaved: {
    fi: "Vastausta ei tallennettu. Korjaa merkityt kohdat. Aiemmin tallennetut vastauksesi ovat tallessa.",
    sv: "Svaret sparades inte. Rätta de markerade fälten. Dina tidigare sparade svar finns kvar.",
    en: "The answer was not saved. Please fix the marked fields. Your earlier saved answers are safe.",
  },
  tooLarge: {
    fi: "Tallennettuja vastauksia on niin paljon, että tämä ei mahdu. Poista vanhoja merkintöjä ja yritä uudelleen.",
    sv: "Det finns så många sparade svar att detta inte ryms. Ta bort gamla anteckningar och försök igen.",
    en: "There are so many saved answers that this does not fit. Remove old entries and try again.",
  },
  deviceTooLarge: {
    fi: "Tälle laitteelle tallennettuja vastauksia on niin paljon, että niitä ei voi siirtää jatkokoodin taakse kerralla. Mitään ei kadonnut: vastauksesi ovat yhä tallessa tällä laitteella. Voit poistaa vanhoja päiväkirjamerkintöjä ja yrittää uudelleen, tai jatkaa tällä laitteella.",
    sv: "Det finns så många svar sparade på den här enheten att de inte kan flyttas bakom en fortsättningskod på en gång. Inget gick förlorat: dina svar finns kvar på den här enheten. Du kan ta bort gamla dagboksanteckningar och försöka igen, eller fortsätta på den här enheten.",
    en: "There are so many answers saved on this device that they cannot be moved behind a resume code in one go. Nothing was lost: your answers are still saved on this device. You can remove old diary entries and try again, or carry on on this device.",
  },
  errorsTitle: { fi: "Tarkista nämä kohdat", sv: "Kontrollera dessa fält", en: "Please check these fields" },
  budgetIncome: { fi: "Tulot kuukaudessa (€)", sv: "Inkomster per månad (€)", en: "Income per month (€)" },
  budgetCosts: { fi: "Menot kuukaudessa (€)", sv: "Utgifter per månad (€)", en: "Costs per month (€)" },
  budgetTotalIncome: { fi: "Tulot yhteensä", sv: "Inkomster totalt", en: "Total income" },
  budgetTotalCosts: { fi: "Menot yhteensä", sv: "Utgifter totalt", en: "Total costs" },
  budgetBalance: { fi: "Jää käteen", sv: "Kvar", en: "Left over" },
  budgetHint: {
    fi: "Kirjoita summa euroina, esim. 1 250,50. Tyhjä kohta lasketaan nollaksi.",
    sv: "Skriv beloppet i euro, t.ex. 1 250,50. Ett tomt fält räknas som noll.",
    en: "Write the amount in euros, e.g. 1250.50. An empty field counts as zero.",
  },
  newEntry: { fi: "Uusi merkintä", sv: "Ny anteckning", en: "New entry" },
  entries: { fi: "Merkintäsi", sv: "Dina anteckningar", en: "Your entries" },
  noEntries: { fi: "Ei vielä merkintöjä.", sv: "Inga anteckningar ännu.", en: "No entries yet." },
  removeEntry: { fi: "Poista merkintä {n}", sv: "Ta bort anteckning {n}", en: "Remove entry {n}" },
  intensityHint: { fi: "0–100", sv: "0–100", en: "0–100" },
  kindNone: { fi: "En osaa sanoa", sv: "Vet inte", en: "Not sure" },
  plannerDone: { fi: "tehty", sv: "gjort", en: "done" },
  plannerMood: {
    fi: "Miltä tuntui jälkeenpäin (0–10)",
    sv: "Hur kändes det efteråt (0–10)",
    en: "How it felt afterwards (0–10)",
  },
  plannerMoodShort: { fi: "tunne {n}/10", sv: "känsla {n}/10", en: "felt {n}/10" },
  plannerSuggestions: { fi: "Ideoita", sv: "Idéer", en: "Ideas" },
  // Resume code
  resumeTitle: {
    fi: "Jatka myöhemmin jatkokoodilla",
    sv: "Fortsätt senare med en fortsättningskod",
    en: "Continue later with a resume code",
  },
  resumeExplain: {
    fi: "Vastauksesi pysyvät oletuksena vain tällä laitteella. Jos haluat jatkaa toisella kerralla tai toisella laitteella, voit tallentaa ne jatkokoodin taakse. Palvelu tallentaa vain salattua tietoa, jonka avain johdetaan koodistasi. Emme näe vastauksiasi emmekä voi palauttaa niitä: jos koodi katoaa, vastaukset katoavat sen mukana. Tallennetut vastaukset poistetaan, kun koodia ei ole käytetty 12 kuukauteen.",
    sv: "Dina svar stannar som standard bara på den här enheten. Om du vill fortsätta en annan gång eller på en annan enhet kan du spara dem bakom en fortsättningskod. Tjänsten sparar bara krypterade uppgifter vars nyckel härleds ur din kod. Vi ser inte dina svar och kan inte återställa dem: om koden försvinner, försvinner svaren med den. Sparade svar raderas när koden inte har använts på 12 månader.",
    en: "By default your answers stay only on this device. If you want to continue another time or on another device, you can save them behind a resume code. The service keeps only encrypted data whose key is made from your code. We cannot see your answers and cannot restore them: if you lose the code, the answers are lost with it. Saved answers are deleted when the code has not been used for 12 months.",
  },
  createCode: { fi: "Luo jatkokoodi", sv: "Skapa en fortsättningskod", en: "Create a resume code" },
  enterCode: { fi: "Jatka koodilla", sv: "Fortsätt med kod", en: "Continue with a code" },
  codeLabel: { fi: "Jatkokoodi", sv: "Fortsättningskod", en: "Resume code" },
  codeHint: {
    fi: "Esimerkiksi ABCD-EFGH-JKMN-PQRS-TVWX-YZ01. Isoilla ja pienillä kirjaimilla ei ole väliä.",
    sv: "Till exempel ABCD-EFGH-JKMN-PQRS-TVWX-YZ01. Stora och små bokstäver spelar ingen roll.",
    en: "For example ABCD-EFGH-JKMN-PQRS-TVWX-YZ01. Upper or lower case does not matter.",
  },
  codeShownOnce: {
    fi: "Tämä on jatkokoodisi. Se näytetään vain nyt. Kirjoita se muistiin tai ota kuva ja säilytä se turvassa.",
    sv: "Det här är din fortsättningskod. Den visas bara nu. Skriv upp den eller ta en bild och förvara den tryggt.",
    en: "This is your resume code. It is shown only now. Write it down or take a picture and keep it safe.",
  },
  codeLostWarning: {
    fi: "Kukaan ei voi palauttaa kadonnutta koodia, emme mekään. Kadonneen koodin takana olevat vastaukset ovat poissa.",
    sv: "Ingen kan återställa en förlorad kod, inte heller vi. Svaren bakom en förlorad kod är borta.",
    en: "Nobody can restore a lost code, not even us. The answers behind a lost code are gone.",
  },
  codeActive: {
    fi: "Jatkokoodi on käytössä tässä selainistunnossa: vastauksesi tallentuvat salattuina palveluun.",
    sv: "En fortsättningskod används under den här webbläsarsessionen: dina svar sparas krypterade i tjänsten.",
    en: "A resume code is in use for this browser session: your answers are saved encrypted in the service.",
  },
  forgetCode: {
    fi: "Lopeta koodin käyttö tällä laitteella",
    sv: "Sluta använda koden på den här enheten",
    en: "Stop using the code on this device",
  },
  codeNotFound: {
    fi: "Koodilla ei löytynyt tallennettuja vastauksia. Tarkista koodi ja yritä uudelleen.",
    sv: "Inga sparade svar hittades med koden. Kontrollera koden och försök igen.",
    en: "No saved answers were found with this code. Check the code and try again.",
  },
  codeInvalid: {
    fi: "Koodi ei ole oikeanmuotoinen. Siinä on 24 merkkiä neljän merkin ryhmissä.",
    sv: "Koden har fel format. Den har 24 tecken i grupper om fyra.",
    en: "The code is not in the right format. It has 24 characters in groups of four.",
  },
  codeOpened: {
    fi: "Jatkokoodi avattu. Voit jatkaa siitä, mihin jäit.",
    sv: "Fortsättningskoden är öppnad. Du kan fortsätta där du slutade.",
    en: "Resume code opened. You can continue where you left off.",
  },
  // Guided
  guidedTitle: { fi: "Ohjattu omahoito", sv: "Handledd egenvård", en: "Guided self-care" },
  guidedExplain: {
    fi: "Jos sait ammattilaiselta kutsukoodin, voit tehdä ohjelman hänen tukemanaan. Päätät itse, mitä osia hän näkee.",
    sv: "Om du fick en inbjudningskod av en yrkesperson kan du göra programmet med hens stöd. Du bestämmer själv vilka delar hen ser.",
    en: "If a professional gave you an invitation code, you can do the program with their support. You decide which parts they see.",
  },
  invitationLabel: { fi: "Kutsukoodi", sv: "Inbjudningskod", en: "Invitation code" },
  join: {
    fi: "Liity ohjattuun ohjelmaan",
    sv: "Gå med i det handledda programmet",
    en: "Join the guided course",
  },
  courseCodeLabel: {
    fi: "Ohjatun ohjelman koodi",
    sv: "Kod till det handledda programmet",
    en: "Guided course code",
  },
  returnToCourse: {
    fi: "Palaa ohjattuun ohjelmaan",
    sv: "Återvänd till det handledda programmet",
    en: "Return to your guided course",
  },
  invitationNotFound: {
    fi: "Kutsukoodi ei kelpaa. Se voi olla väärin kirjoitettu, jo käytetty tai vanhentunut.",
    sv: "Inbjudningskoden gäller inte. Den kan vara felskriven, redan använd eller ha gått ut.",
    en: "The invitation code is not valid. It may be mistyped, already used or expired.",
  },
  invitationWrongProgram: {
    fi: "Kutsukoodi on toiseen ohjelmaan.",
    sv: "Inbjudningskoden gäller ett annat program.",
    en: "The invitation code is for another program.",
  },
  courseJoined: {
    fi: "Olet mukana ohjatussa ohjelmassa. Alla on koodi, jolla pääset takaisin toisella laitteella. Se näytetään vain nyt.",
    sv: "Du är med i det handledda programmet. Nedan finns koden som tar dig tillbaka på en annan enhet. Den visas bara nu.",
    en: "You have joined the guided course. Below is the code that brings you back on another device. It is shown only now.",
  },
  courseInfo: {
    fi: "Ohjaajasi: {alias}. Yhteydenottoja jäljellä {left} / {total}. Ohjelma päättyy {date}.",
    sv: "Din handledare: {alias}. Kontakter kvar {left} av {total}. Programmet slutar {date}.",
    en: "Your guide: {alias}. Contacts left {left} of {total}. The course ends on {date}.",
  },
  courseEnded: {
    fi: "Ohjattu ohjelma on päättynyt.",
    sv: "Det handledda programmet har avslutats.",
    en: "The guided course has ended.",
  },
  leaveCourse: {
    fi: "Poistu ohjatusta ohjelmasta tällä laitteella",
    sv: "Lämna det handledda programmet på den här enheten",
    en: "Leave the guided course on this device",
  },
  messagesTitle: { fi: "Viestit", sv: "Meddelanden", en: "Messages" },
  noMessages: { fi: "Ei vielä viestejä.", sv: "Inga meddelanden ännu.", en: "No messages yet." },
  messageLabel: {
    fi: "Viesti ohjaajallesi",
    sv: "Meddelande till din handledare",
    en: "Message to your guide",
  },
  send: { fi: "Lähetä", sv: "Skicka", en: "Send" },
  fromYou: { fi: "Sinä", sv: "Du", en: "You" },
  fromGuide: { fi: "Ohjaaja", sv: "Handledare", en: "Guide" },
  messageEmpty: {
    fi: "Kirjoita viesti ennen lähettämistä.",
    sv: "Skriv ett meddelande innan du skickar.",
    en: "Write a message before sending.",
  },
  messageTooLong: {
    fi: "Viesti on liian pitkä (enintään 4000 merkkiä).",
    sv: "Meddelandet är för långt (högst 4000 tecken).",
    en: "The message is too long (at most 4000 characters).",
  },
  messageSent: { fi: "Viesti lähetetty.", sv: "Meddelandet har skickats.", en: "Message sent." },
  contactsUsed: {
    fi: "Tämän ohjelman yhteydenotot ohjaajan kanssa on nyt käytetty, joten uusia viestejä ei voi enää lähettää. Voit silti jatkaa ohjelmaa ja harjoituksia omaan tahtiisi, ja aiemmat viestit pysyvät tallessa tässä.",
    sv: "Kontakterna med handledaren i det här programmet är nu använda, så du kan inte längre skicka nya meddelanden. Du kan ändå fortsätta med programmet och övningarna i din egen takt, och de tidigare meddelandena finns kvar här.",
    en: "The contacts with your guide in this course have now been used, so new messages can no longer be sent. You can still carry on with the program and its exercises at your own pace, and your earlier messages stay here.",
  },
  contactsUsedHelp: {
    fi: "Jos haluat jutella jonkun kanssa, apua saa myös muualta:",
    sv: "Om du vill prata med någon finns det hjälp också på andra ställen:",
    en: "If you would like to talk with someone, help is there in other places too:",
  },
  helpChat: { fi: "Keskustele chatissa", sv: "Chatta med oss", en: "Talk with us in the chat" },
  helpQuestions: {
    fi: "Kysy nimettömänä ja saat vastauksen",
    sv: "Ställ en fråga anonymt och få svar",
    en: "Ask a question anonymously and get an answer",
  },
  helpServices: {
    fi: "Etsi palveluja läheltäsi",
    sv: "Hitta tjänster nära dig",
    en: "Find services near you",
  },
  helpCrisis: {
    fi: "Kriisiapu, jos tilanne tuntuu nyt liian raskaalta",
    sv: "Krishjälp, om det känns för tungt just nu",
    en: "Crisis help, if things feel too heavy right now",
  },
  messageNotSentContacts: {
    fi: "Viestiäsi ei lähetetty, koska tämän ohjelman yhteydenotot on käytetty. Kirjoittamasi teksti on alla, joten voit kopioida sen talteen.",
    sv: "Ditt meddelande skickades inte, eftersom kontakterna i det här programmet är använda. Texten du skrev finns nedan, så att du kan kopiera den.",
    en: "Your message was not sent, because the contacts of this course have been used. What you wrote is below, so you can copy it and keep it.",
  },
  messageNotSentEnded: {
    fi: "Viestiäsi ei lähetetty, koska ohjattu ohjelma on päättynyt. Kirjoittamasi teksti on alla, joten voit kopioida sen talteen.",
    sv: "Ditt meddelande skickades inte, eftersom det handledda programmet har avslutats. Texten du skrev finns nedan, så att du kan kopiera den.",
    en: "Your message was not sent, because the guided course has ended. What you wrote is below, so you can copy it and keep it.",
  },
  unsentMessage: {
    fi: "Viesti, jota ei lähetetty",
    sv: "Meddelandet som inte skickades",
    en: "The message that was not sent",
  },
  replyPromise: {
    fi: "Ohjaajasi vastaa viestiin {days} työpäivän kuluessa. Viikonloput ja arkipyhät eivät ole työpäiviä.",
    sv: "Din handledare svarar på ditt meddelande inom {days} arbetsdagar. Veckoslut och helgdagar räknas inte.",
    en: "Your guide answers a message within {days} working days. Weekends and public holidays do not count.",
  },
  replyPromiseOne: {
    fi: "Ohjaajasi vastaa viestiin yhden työpäivän kuluessa. Viikonloput ja arkipyhät eivät ole työpäiviä.",
    sv: "Din handledare svarar på ditt meddelande inom en arbetsdag. Veckoslut och helgdagar räknas inte.",
    en: "Your guide answers a message within one working day. Weekends and public holidays do not count.",
  },
  replyExpected: {
    fi: "Ohjaajasi vastaa viimeistään {date}. Arkipyhät ja viikonloput eivät ole työpäiviä.",
    sv: "Din handledare svarar senast {date}. Helgdagar och veckoslut räknas inte som arbetsdagar.",
    en: "Your guide will answer by {date} at the latest. Weekends and public holidays are not working days.",
  },
  liveUpdates: {
    fi: "Uudet viestit tulevat näkyviin tälle sivulle itsestään.",
    sv: "Nya meddelanden visas på den här sidan av sig själva.",
    en: "New messages appear on this page by themselves.",
  },
  shareTitle: { fi: "Mitä ohjaajasi näkee", sv: "Vad din handledare ser", en: "What your guide sees" },
  shareExplain: {
    fi: "Ohjaajasi näkee edistymisesi ja harjoitusvastauksesi vain niistä osista, jotka valitset. Muutos tulee voimaan heti.",
    sv: "Din handledare ser dina framsteg och övningssvar bara i de delar du väljer. Ändringen gäller genast.",
    en: "Your guide sees your progress and exercise answers only for the parts you choose. A change takes effect at once.",
  },
  shareSave: { fi: "Tallenna valinnat", sv: "Spara valen", en: "Save choices" },
  shareSaved: { fi: "Valinnat tallennettu.", sv: "Valen har sparats.", en: "Choices saved." },
  who5Title: {
    fi: "Hyvinvointikysely WHO-5",
    sv: "Välbefinnandeenkäten WHO-5",
    en: "WHO-5 well-being questionnaire",
  },
  who5EnglishNote: {
    fi: "WHO-5-kysely on virallisesti saatavilla vain englanniksi, joten se näytetään englanniksi.",
    sv: "WHO-5-enkäten finns officiellt bara på engelska, så den visas på engelska.",
    en: "",
  },
  who5Start: { fi: "Alussa", sv: "I början", en: "At the start" },
  who5End: { fi: "Lopussa", sv: "I slutet", en: "At the end" },
  who5Submit: { fi: "Tallenna vastaukset", sv: "Spara svaren", en: "Save answers" },
  who5Missing: {
    fi: "Vastaa kaikkiin viiteen kohtaan.",
    sv: "Svara på alla fem frågor.",
    en: "Please answer all five items.",
  },
  who5Chart: {
    fi: "WHO-5-pisteet alussa ja lopussa (0–100)",
    sv: "WHO-5-poäng i början och i slutet (0–100)",
    en: "WHO-5 score at the start and at the end (0–100)",
  },
  who5Score: { fi: "Pisteet", sv: "Poäng", en: "Score" },
  who5When: { fi: "Ajankohta", sv: "Tidpunkt", en: "When" },
  who5NotYet: { fi: "ei vielä", sv: "inte ännu", en: "not yet" },
  feedbackTitle: { fi: "Palaute", sv: "Respons", en: "Feedback" },
  feedbackLabel: {
    fi: "Mitä pidit ohjatusta ohjelmasta?",
    sv: "Vad tyckte du om det handledda programmet?",
    en: "What did you think of the guided course?",
  },
  feedbackEmpty: {
    fi: "Kirjoita palautteesi ennen lähettämistä.",
    sv: "Skriv din respons innan du skickar.",
    en: "Write your feedback before sending.",
  },
  feedbackTooLong: {
    fi: "Palaute on liian pitkä (enintään 4000 merkkiä).",
    sv: "Responsen är för lång (högst 4000 tecken).",
    en: "The feedback is too long (at most 4000 characters).",
  },
  feedbackThanks: {
    fi: "Kiitos palautteesta!",
    sv: "Tack för din respons!",
    en: "Thank you for your feedback!",
  },
  crisisLead: {
    fi: "Kirjoittamasi perusteella sinulla voi olla nyt todella raskasta. Et ole yksin: tässä on paikkoja, joista saat apua heti.",
    sv: "Utifrån det du skrev kan du ha det mycket tungt just nu. Du är inte ensam: här är ställen där du får hjälp genast.",
    en: "From what you wrote, things may be very hard for you right now. You are not alone: here are places where you can get help straight away.",
  },
} as const satisfies Record<string, Localized>;

export type TextKey = keyof typeof texts;

/** A feature text in one language, with `{name}` placeholders filled in. */
export function programText(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return texts[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export const partLabels: Localized<Record<"information" | "skills" | "maintaining", string>> = {
  fi: { information: "Tietoa", skills: "Taidot", maintaining: "Muutoksen ylläpito" },
  sv: { information: "Information", skills: "Färdigheter", maintaining: "Att behålla förändringen" },
  en: { information: "Information", skills: "Skills", maintaining: "Keeping the change" },
};

export const answerErrorTexts: Localized<Record<AnswerErrorCode, string>> = {
  fi: {
    required: "Tämä kohta on pakollinen.",
    invalid_type: "Arvo ei ole oikeanlainen.",
    not_integer: "Kirjoita kokonaisluku.",
    too_long: "Teksti on liian pitkä.",
    too_many: "Merkintöjä on liikaa.",
    out_of_range: "Arvo on sallitun välin ulkopuolella.",
    unknown_id: "Tuntematon valinta.",
    duplicate: "Sama valinta on kahdesti.",
    invalid_amount: "Kirjoita summa numeroina, enintään kaksi desimaalia (esim. 1 250,50).",
    invalid_value: "Arvo ei kelpaa.",
  },
  sv: {
    required: "Det här fältet är obligatoriskt.",
    invalid_type: "Värdet har fel form.",
    not_integer: "Skriv ett heltal.",
    too_long: "Texten är för lång.",
    too_many: "Det finns för många anteckningar.",
    out_of_range: "Värdet ligger utanför det tillåtna intervallet.",
    unknown_id: "Okänt val.",
    duplicate: "Samma val finns två gånger.",
    invalid_amount: "Skriv beloppet med siffror, högst två decimaler (t.ex. 1 250,50).",
    invalid_value: "Värdet gäller inte.",
  },
  en: {
    required: "This field is required.",
    invalid_type: "The value is not of the right kind.",
    not_integer: "Please write a whole number.",
    too_long: "The text is too long.",
    too_many: "There are too many entries.",
    out_of_range: "The value is outside the allowed range.",
    unknown_id: "Unknown choice.",
    duplicate: "The same choice appears twice.",
    invalid_amount: "Write the amount in numbers with at most two decimals (e.g. 1250.50).",
    invalid_value: "The value is not valid.",
  },
};

/** Staff texts: the staff area is used in Finnish, Swedish or English like the rest. */
const staffTexts = {
  title: { fi: "Omahoito-ohjelmat", sv: "Egenvårdsprogram", en: "Self-care programs" },
  catalogue: {
    fi: "Ohjelmat ja tulostettavat harjoitukset",
    sv: "Program och utskrivbara övningar",
    en: "Programs and printable worksheets",
  },
  print: { fi: "Tulostettavat harjoitukset", sv: "Utskrivbara övningar", en: "Printable worksheets" },
  invite: {
    fi: "Kutsu asiakas ohjattuun ohjelmaan",
    sv: "Bjud in en klient till ett handlett program",
    en: "Invite a client to a guided course",
  },
  program: { fi: "Ohjelma", sv: "Program", en: "Program" },
  contacts: {
    fi: "Yhteydenottojen määrä (1–5)",
    sv: "Antal kontakter (1–5)",
    en: "Number of contacts (1–5)",
  },
  weeks: { fi: "Kesto viikkoina (4–8)", sv: "Längd i veckor (4–8)", en: "Length in weeks (4–8)" },
  createInvitation: { fi: "Luo kutsukoodi", sv: "Skapa inbjudningskod", en: "Create invitation code" },
  invitationCreated: {
    fi: "Kutsukoodi luotu. Anna se asiakkaalle. Koodi näytetään vain nyt ja on voimassa 30 päivää.",
    sv: "Inbjudningskoden har skapats. Ge den till klienten. Koden visas bara nu och gäller i 30 dagar.",
    en: "Invitation code created. Give it to the client. The code is shown only now and is valid for 30 days.",
  },
  invalidInvitation: {
    fi: "Tarkista ohjelma, yhteydenottojen määrä (1–5) ja kesto (4–8 viikkoa).",
    sv: "Kontrollera programmet, antalet kontakter (1–5) och längden (4–8 veckor).",
    en: "Check the program, the number of contacts (1–5) and the length (4–8 weeks).",
  },
  clients: { fi: "Ohjattavat asiakkaasi", sv: "Dina handledda klienter", en: "Your guided clients" },
  noClients: { fi: "Ei ohjattavia asiakkaita.", sv: "Inga handledda klienter.", en: "No guided clients." },
  needsAnswer: { fi: "Odottaa vastaustasi", sv: "Väntar på ditt svar", en: "Needs your answer" },
  crisis: {
    fi: "Kriisisanoja – tarkista heti",
    sv: "Krisord – kontrollera genast",
    en: "Crisis words – check now",
  },
  ended: { fi: "Päättynyt", sv: "Avslutad", en: "Ended" },
  active: { fi: "Käynnissä", sv: "Pågår", en: "Active" },
  client: { fi: "Asiakas {n}", sv: "Klient {n}", en: "Client {n}" },
  started: { fi: "Aloitettu", sv: "Började", en: "Started" },
  ends: { fi: "Päättyy", sv: "Slutar", en: "Ends" },
  open: { fi: "Avaa", sv: "Öppna", en: "Open" },
  course: { fi: "Ohjattu ohjelma", sv: "Handlett program", en: "Guided course" },
  contactsLeft: {
    fi: "Yhteydenottoja käytetty {used} / {total}",
    sv: "Kontakter använda {used} av {total}",
    en: "Contacts used {used} of {total}",
  },
  shared: { fi: "Asiakkaan jakamat osat", sv: "Delar som klienten delar", en: "Parts the client shares" },
  notShared: {
    fi: "Asiakas ei ole jakanut tätä osaa.",
    sv: "Klienten har inte delat den här delen.",
    en: "The client has not shared this part.",
  },
  noAnswer: { fi: "Ei vastausta.", sv: "Inget svar.", en: "No answer." },
  reply: { fi: "Vastaa asiakkaalle", sv: "Svara klienten", en: "Reply to the client" },
  replySent: { fi: "Vastaus lähetetty.", sv: "Svaret har skickats.", en: "Reply sent." },
  noContactsLeft: {
    fi: "Kaikki yhteydenotot on käytetty.",
    sv: "Alla kontakter har använts.",
    en: "All contacts have been used.",
  },
  endCourse: {
    fi: "Päätä ohjattu ohjelma",
    sv: "Avsluta det handledda programmet",
    en: "End the guided course",
  },
  feedback: { fi: "Asiakkaan palaute", sv: "Klientens respons", en: "Client feedback" },
  crisisMarked: {
    fi: "Asiakkaan viestissä tai päiväkirjassa oli kriisiin viittaavia sanoja. Asiakkaalle näytettiin kriisiavun yhteystiedot.",
    sv: "Klientens meddelande eller dagbok innehöll ord som tyder på kris. Klienten fick se kontaktuppgifter till krishjälp.",
    en: "The client's message or diary had words that point to a crisis. The client was shown crisis contacts.",
  },
  clearCrisis: { fi: "Kuittaa tarkistetuksi", sv: "Kvittera som kontrollerad", en: "Acknowledge as checked" },
  replyDue: { fi: "Vastaus viimeistään", sv: "Svar senast", en: "Answer due" },
  overdue: { fi: "Myöhässä", sv: "Försenat", en: "Overdue" },
  needsAnswerTitle: { fi: "Odottaa vastaustasi", sv: "Väntar på ditt svar", en: "Waiting for your answer" },
  nothingToAnswer: {
    fi: "Kaikkiin viesteihin on vastattu.",
    sv: "Alla meddelanden har besvarats.",
    en: "Every message has been answered.",
  },
  settings: {
    fi: "Ohjattujen ohjelmien asetukset",
    sv: "Inställningar för handledda program",
    en: "Guided course settings",
  },
  settingsLead: {
    fi: "Asetukset koskevat organisaatiosi kaikkia ohjattuja ohjelmia. Muutokset kirjataan lokiin.",
    sv: "Inställningarna gäller alla handledda program i din organisation. Ändringar loggas.",
    en: "These settings apply to all guided courses of your organisation. Changes are logged.",
  },
  retentionMonths: {
    fi: "Monenko kuukauden kuluttua ohjelman päättymisestä sisältö poistetaan (1–12)",
    sv: "Hur många månader efter att programmet slutat innehållet raderas (1–12)",
    en: "Delete the content this many months after a course ends (1–12)",
  },
  replyWorkingDays: {
    fi: "Luvattu vastausaika työpäivinä (1–10)",
    sv: "Utlovad svarstid i arbetsdagar (1–10)",
    en: "Promised reply time in working days (1–10)",
  },
  settingsSave: { fi: "Tallenna asetukset", sv: "Spara inställningarna", en: "Save settings" },
  settingsSaved: { fi: "Asetukset tallennettu.", sv: "Inställningarna har sparats.", en: "Settings saved." },
  settingsInvalid: {
    fi: "Tarkista luvut: säilytysaika 1–12 kuukautta, vastausaika 1–10 työpäivää.",
    sv: "Kontrollera talen: lagringstid 1–12 månader, svarstid 1–10 arbetsdagar.",
    en: "Check the numbers: keep content 1–12 months, reply within 1–10 working days.",
  },
  noSettingsOrgs: {
    fi: "Voit muuttaa asetuksia vain organisaatioissa, joiden pääkäyttäjä olet.",
    sv: "Du kan ändra inställningar bara i organisationer där du är huvudanvändare.",
    en: "You can change settings only in organisations where you are the organisation admin.",
  },
} as const satisfies Record<string, Localized>;

export type StaffTextKey = keyof typeof staffTexts;

export function staffText(
  lang: Lang,
  key: StaffTextKey,
  values: Record<string, string | number> = {},
): string {
  return staffTexts[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

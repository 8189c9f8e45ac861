import type { Lang, Localized } from "../../platform/i18n/index";
import type { EnableWhenOperator } from "./fhir-schemas";
import type { FieldErrorCode } from "./parse-form-answers";

/** The questionnaire pages' own words, written by us; instrument wording lives in instruments/*.json. */
export const texts = {
  listTitle: { fi: "Kyselyt", sv: "Självskattningar", en: "Questionnaires" },
  listLead: {
    fi: "Lyhyet, tutkitut kyselyt auttavat sinua katsomaan, miten voit. Tulos ei ole diagnoosi, mutta se voi auttaa sinua päättämään, mitä tehdä seuraavaksi ja kenen kanssa puhua.",
    sv: "Korta, beprövade formulär hjälper dig att se hur du mår. Resultatet är ingen diagnos, men det kan hjälpa dig att välja vad du gör härnäst och vem du talar med.",
    en: "Short, well-tested questionnaires help you look at how you are doing. The result is not a diagnosis, but it can help you decide what to do next and who to talk to.",
  },
  nothingStored: {
    fi: "Vastauksiasi ei tallenneta. Jos haluat näyttää tuloksen ammattilaiselle, voit itse luoda jakokoodin tulossivulla.",
    sv: "Dina svar sparas inte. Om du vill visa resultatet för en yrkesperson kan du själv skapa en delningskod på resultatsidan.",
    en: "Your answers are not saved. If you want to show the result to a professional, you can create a sharing code yourself on the result page.",
  },
  questions: { fi: "kysymystä", sv: "frågor", en: "questions" },
  availableIn: { fi: "Kielet", sv: "Språk", en: "Languages" },
  langNames: {
    fi: { fi: "suomi", sv: "ruotsi", en: "englanti" },
    sv: { fi: "finska", sv: "svenska", en: "engelska" },
    en: { fi: "Finnish", sv: "Swedish", en: "English" },
  } satisfies Localized<Localized>,
  start: { fi: "Aloita kysely", sv: "Börja", en: "Start" },
  languageNote: {
    fi: "Tästä kyselystä ei vielä ole virallista suomenkielistä versiota, jonka lähteen voisimme näyttää. Siksi kysymykset ovat alla kielellä: {lang}. Emme käännä tutkittuja kysymyksiä itse, koska sanamuoto vaikuttaa tulokseen.",
    sv: "Det finns ännu ingen officiell svensk version av det här formuläret vars källa vi kan visa. Därför är frågorna nedan på {lang}. Vi översätter inte beprövade frågor själva, eftersom ordalydelsen påverkar resultatet.",
    en: "There is no official English version of this questionnaire yet whose source we can show. That is why the questions below are in {lang}. We do not translate validated questions ourselves, because the wording affects the result.",
  },
  listLanguageNote: {
    fi: "Ei vielä suomeksi: kysymykset näytetään kielellä {lang}.",
    sv: "Inte ännu på svenska: frågorna visas på {lang}.",
    en: "Not yet in English: the questions are shown in {lang}.",
  },
  oneAtATime: {
    fi: "Vastaa yksi kysymys kerrallaan",
    sv: "Svara på en fråga i taget",
    en: "Answer one question at a time",
  },
  allAtOnce: {
    fi: "Näytä kaikki kysymykset samalla sivulla",
    sv: "Visa alla frågor på samma sida",
    en: "Show all questions on one page",
  },
  progress: { fi: "Kysymys {n}/{total}", sv: "Fråga {n} av {total}", en: "Question {n} of {total}" },
  answered: { fi: "Vastattu {n}/{total}", sv: "Besvarat {n} av {total}", en: "Answered {n} of {total}" },
  next: { fi: "Seuraava", sv: "Nästa", en: "Next" },
  back: { fi: "Edellinen", sv: "Föregående", en: "Back" },
  showResult: { fi: "Näytä tulos", sv: "Visa resultatet", en: "Show my result" },
  errorSummary: {
    fi: "Osa kysymyksistä jäi vastaamatta. Vastauksesi ovat tallessa tällä sivulla: täydennä puuttuvat, niin näet tuloksen.",
    sv: "Några frågor blev obesvarade. Dina svar finns kvar på sidan: fyll i de som saknas, så ser du resultatet.",
    en: "Some questions are still unanswered. Your answers are kept on this page: fill in the missing ones to see your result.",
  },
  missingAnswer: {
    fi: "Valitse vastaus tähän kysymykseen.",
    sv: "Välj ett svar på den här frågan.",
    en: "Please choose an answer to this question.",
  },
  invalidAge: {
    fi: "Kirjoita ikä numeroina (0–130) tai jätä kenttä tyhjäksi.",
    sv: "Skriv åldern med siffror (0–130) eller lämna fältet tomt.",
    en: "Enter your age in numbers (0–130), or leave it empty.",
  },
  optional: { fi: "vapaaehtoinen", sv: "frivillig", en: "optional" },
  aboutYou: {
    fi: "Taustatiedot tuloksen laskemiseen",
    sv: "Bakgrund för att räkna ut resultatet",
    en: "About you, for working out the result",
  },
  aboutYouHint: {
    fi: "Alkoholin riskiraja riippuu iästä ja sukupuolesta. Tietoja ei tallenneta.",
    sv: "Riskgränsen för alkohol beror på ålder och kön. Uppgifterna sparas inte.",
    en: "The risk limit for alcohol depends on age and sex. Nothing is saved.",
  },
  age: { fi: "Ikä", sv: "Ålder", en: "Age" },
  sex: { fi: "Sukupuoli", sv: "Kön", en: "Sex" },
  sexOptions: {
    fi: { female: "Nainen", male: "Mies", other: "Muu tai en halua sanoa" },
    sv: { female: "Kvinna", male: "Man", other: "Annat eller vill inte säga" },
    en: { female: "Woman", male: "Man", other: "Other or prefer not to say" },
  } satisfies Localized<Record<"female" | "male" | "other", string>>,
  supplementary: {
    fi: "Lisäkysymys, ei vaikuta pisteisiin",
    sv: "Tilläggsfråga, påverkar inte poängen",
    en: "Extra question, not part of the score",
  },
  resultFor: { fi: "Tuloksesi: {name}", sv: "Ditt resultat: {name}", en: "Your result: {name}" },
  score: { fi: "{score}/{max} pistettä", sv: "{score} av {max} poäng", en: "{score} of {max} points" },
  scaleTitle: { fi: "Pisteesi asteikolla", sv: "Dina poäng på skalan", en: "Your score on the scale" },
  scaleDesc: {
    fi: "Asteikko 0–{max}. Pisteesi {score} osuvat alueelle: {band}.",
    sv: "Skala 0–{max}. Dina {score} poäng hamnar i området: {band}.",
    en: "Scale 0–{max}. Your {score} points fall in the range: {band}.",
  },
  range: { fi: "Pisteet", sv: "Poäng", en: "Points" },
  band: { fi: "Alue", sv: "Område", en: "Range" },
  yours: { fi: "sinun tuloksesi", sv: "ditt resultat", en: "your result" },
  whatItMeans: { fi: "Mitä tulos tarkoittaa", sv: "Vad resultatet betyder", en: "What the result means" },
  whatItIsNot: {
    fi: "Mitä tulos ei tarkoita",
    sv: "Vad resultatet inte betyder",
    en: "What the result does not mean",
  },
  whatNext: { fi: "Mitä voit tehdä seuraavaksi", sv: "Vad du kan göra härnäst", en: "What you can do next" },
  readMore: { fi: "Lue lisää", sv: "Läs mer", en: "Read more" },
  programs: { fi: "Omahoito-ohjelmat", sv: "Egenvårdsprogram", en: "Self-care programs" },
  moreHelp: { fi: "Apua ja palveluja", sv: "Hjälp och tjänster", en: "Help and services" },
  navigatorLink: {
    fi: "Mistä apua? Avunhakuopas kertoo, mikä apu sopisi sinulle ja mistä sitä saa kunnassasi",
    sv: "Var får jag hjälp? Guiden visar vilken hjälp som kunde passa dig och var du får den i din kommun",
    en: "Find help: the guide shows which help could suit you and where to get it in your municipality",
  },
  servicesLink: {
    fi: "Palvelut kunnassasi",
    sv: "Tjänster i din kommun",
    en: "Services in your municipality",
  },
  chatLink: {
    fi: "Keskustele ammattilaisen kanssa chatissa",
    sv: "Chatta med en yrkesperson",
    en: "Chat with a professional",
  },
  crisisLead: {
    fi: "Vastauksesi viimeiseen kysymykseen kertoo, että sinulla on ollut ajatuksia kuolemasta tai itsesi vahingoittamisesta. Siksi näytämme ensin, mistä saat apua heti.",
    sv: "Ditt svar på den sista frågan visar att du har haft tankar på döden eller på att skada dig själv. Därför visar vi först var du får hjälp genast.",
    en: "Your answer to the last question shows that you have had thoughts of death or of hurting yourself. That is why we first show where you can get help right away.",
  },
  level6: {
    fi: "Avunhakuoppaan kiireellisin taso (6/6): apua nyt. Soita kriisipuhelimeen tai hätänumeroon, tai mene lähimpään päivystykseen.",
    sv: "Guidens mest brådskande nivå (6 av 6): hjälp nu. Ring en kristelefon eller nödnumret, eller åk till närmaste jour.",
    en: "The help guide's most urgent level (6 of 6): help now. Call a crisis helpline or the emergency number, or go to the nearest emergency department.",
  },
  keepAnswers: { fi: "Tallenna tai tulosta", sv: "Spara eller skriv ut", en: "Keep or print" },
  downloadText: {
    fi: "Voit ladata vastauksesi tiedostona (FHIR QuestionnaireResponse, JSON), jonka voit antaa ammattilaiselle. Tiedosto tallentuu vain omalle laitteellesi.",
    sv: "Du kan ladda ner dina svar som en fil (FHIR QuestionnaireResponse, JSON) som du kan ge till en yrkesperson. Filen sparas bara på din egen enhet.",
    en: "You can download your answers as a file (FHIR QuestionnaireResponse, JSON) to give to a professional. The file is saved only on your own device.",
  },
  download: { fi: "Lataa vastaukset (JSON)", sv: "Ladda ner svaren (JSON)", en: "Download answers (JSON)" },
  print: { fi: "Tulostettava versio", sv: "Utskriftsversion", en: "Printable version" },
  changeAnswers: { fi: "Muuta vastauksiani", sv: "Ändra mina svar", en: "Change my answers" },
  printHint: {
    fi: "Tulosta tämä sivu selaimesi tulostustoiminnolla.",
    sv: "Skriv ut sidan med webbläsarens utskriftsfunktion.",
    en: "Print this page with your browser's print command.",
  },
  printAnswers: { fi: "Vastauksesi", sv: "Dina svar", en: "Your answers" },
  question: { fi: "Kysymys", sv: "Fråga", en: "Question" },
  answer: { fi: "Vastaus", sv: "Svar", en: "Answer" },
  shareTitle: {
    fi: "Näytä tulos ammattilaiselle",
    sv: "Visa resultatet för en yrkesperson",
    en: "Show the result to a professional",
  },
  shareText: {
    fi: "Jos haluat, voit luoda jakokoodin. Sillä ammattilainen (esimerkiksi terapeutti tai sosiaalityöntekijä) näkee vastauksesi ja tuloksesi 30 päivän ajan. Tallennamme ne salattuina ja poistamme ne 30 päivän jälkeen. Koodia ei voi palauttaa, joten kirjoita se talteen.",
    sv: "Om du vill kan du skapa en delningskod. Med den ser en yrkesperson (till exempel en terapeut eller socialarbetare) dina svar och ditt resultat i 30 dagar. Vi sparar dem krypterade och raderar dem efter 30 dagar. Koden kan inte återställas, så skriv upp den.",
    en: "If you want, you can create a sharing code. With it, a professional (for example a therapist or social worker) can see your answers and result for 30 days. We store them encrypted and delete them after 30 days. The code cannot be recovered, so write it down.",
  },
  shareOrg: {
    fi: "Kenen ammattilaiset saavat nähdä tuloksen?",
    sv: "Vems yrkespersoner får se resultatet?",
    en: "Whose professionals may see the result?",
  },
  shareOrgAuto: {
    fi: "Kotikuntani palveluiden järjestäjä",
    sv: "Den som ordnar tjänsterna i min hemkommun",
    en: "The organisation serving my municipality",
  },
  municipality: { fi: "Kotikunta", sv: "Hemkommun", en: "Municipality" },
  municipalityNone: { fi: "En halua kertoa", sv: "Vill inte säga", en: "Prefer not to say" },
  shareOrgHint: {
    fi: "Vain tämän organisaation ammattilaiset voivat avata koodin. Jos et valitse, käytämme kotikuntasi palveluiden järjestäjää.",
    sv: "Bara yrkespersoner i den här organisationen kan öppna koden. Om du inte väljer använder vi den som ordnar tjänsterna i din hemkommun.",
    en: "Only professionals of this organisation can open the code. If you do not choose, we use the organisation serving your municipality.",
  },
  shareButton: { fi: "Luo jakokoodi", sv: "Skapa en delningskod", en: "Create a sharing code" },
  shareCreated: { fi: "Jakokoodisi", sv: "Din delningskod", en: "Your sharing code" },
  shareOnce: {
    fi: "Näytämme koodin vain tämän kerran. Kirjoita se ylös tai ota kuva, ja anna se ammattilaiselle. Koodi on voimassa {date} asti.",
    sv: "Vi visar koden bara den här gången. Skriv upp den eller ta en bild och ge den till yrkespersonen. Koden gäller till {date}.",
    en: "We show the code only this once. Write it down or take a photo, and give it to the professional. The code is valid until {date}.",
  },
  shareWho: {
    fi: "Koodin voi avata: {org}.",
    sv: "Koden kan öppnas av: {org}.",
    en: "The code can be opened by: {org}.",
  },
  shareNoOrg: {
    fi: "Emme löytäneet organisaatiota, jolle tuloksen voisi jakaa. Voit silti ladata vastauksesi tiedostona.",
    sv: "Vi hittade ingen organisation att dela resultatet med. Du kan ändå ladda ner dina svar som en fil.",
    en: "We could not find an organisation to share the result with. You can still download your answers as a file.",
  },
  backToQuestionnaires: { fi: "Kaikki kyselyt", sv: "Alla formulär", en: "All questionnaires" },
  source: { fi: "Lähde ja käyttöoikeus", sv: "Källa och användningsrätt", en: "Source and licence" },
  licence: {
    "phq-9": {
      fi: "PHQ-9: Spitzer, Williams, Kroenke ym. Vapaasti käytettävissä.",
      sv: "PHQ-9: Spitzer, Williams, Kroenke m.fl. Fri att använda.",
      en: "PHQ-9: Spitzer, Williams, Kroenke and colleagues. Free to use.",
    },
    "gad-7": {
      fi: "GAD-7: Spitzer, Kroenke, Williams, Löwe. Vapaasti käytettävissä.",
      sv: "GAD-7: Spitzer, Kroenke, Williams, Löwe. Fri att använda.",
      en: "GAD-7: Spitzer, Kroenke, Williams, Löwe. Free to use.",
    },
    "audit-c": {
      fi: "AUDIT-C: Maailman terveysjärjestö WHO (2001). Ei-kaupalliseen käyttöön maksutta.",
      sv: "AUDIT-C: Världshälsoorganisationen WHO (2001). Avgiftsfri för icke-kommersiellt bruk.",
      en: "AUDIT-C: World Health Organization (2001). Free of charge for non-commercial use.",
    },
    audit: {
      fi: "AUDIT: Maailman terveysjärjestö WHO (2001). Ei-kaupalliseen käyttöön maksutta.",
      sv: "AUDIT: Världshälsoorganisationen WHO (2001). Avgiftsfri för icke-kommersiellt bruk.",
      en: "AUDIT: World Health Organization (2001). Free of charge for non-commercial use.",
    },
    "who-5": {
      fi: "WHO-5: Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborgin sairaala, Tanska.",
      sv: "WHO-5: Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborgs sjukhus, Danmark.",
      en: "WHO-5: Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, Denmark.",
    },
  },
  // API messages.
  invalidAnswers: {
    fi: "Vastaukset eivät kelpaa: tarkista vastausten määrä ja että jokainen on sallittu kokonaisluku.",
    sv: "Svaren godtas inte: kontrollera antalet svar och att varje svar är ett tillåtet heltal.",
    en: "The answers are not valid: check the number of answers and that each one is an allowed whole number.",
  },
  invalidDemographics: {
    fi: "Sukupuolen pitää olla female, male tai other ja iän kokonaisluku 0–130.",
    sv: "Kön ska vara female, male eller other och åldern ett heltal 0–130.",
    en: "Sex must be female, male or other, and age a whole number from 0 to 130.",
  },
  unknownQuestionnaire: {
    fi: "Kyselyä ei löydy.",
    sv: "Formuläret finns inte.",
    en: "There is no such questionnaire.",
  },
  invalidLang: {
    fi: "Kieli ei kelpaa: käytä fi, sv tai en.",
    sv: "Språket godtas inte: använd fi, sv eller en.",
    en: "Unknown language: use fi, sv or en.",
  },
  // Staff.
  staffTitle: {
    fi: "Jaetut kyselytulokset",
    sv: "Delade formulärresultat",
    en: "Shared questionnaire results",
  },
  staffLead: {
    fi: "Kirjoita asiakkaan antama jakokoodi. Jokainen avaus kirjataan lokiin.",
    sv: "Skriv in delningskoden som klienten gav dig. Varje öppning loggas.",
    en: "Enter the sharing code the client gave you. Every opening is logged.",
  },
  staffCode: { fi: "Jakokoodi", sv: "Delningskod", en: "Sharing code" },
  staffOpen: { fi: "Avaa", sv: "Öppna", en: "Open" },
  staffNotFound: {
    fi: "Koodilla ei löytynyt voimassa olevaa tulosta, jonka organisaatiosi voisi avata. Tarkista koodi.",
    sv: "Koden gav inget giltigt resultat som din organisation kan öppna. Kontrollera koden.",
    en: "The code matches no valid result your organisation may open. Please check the code.",
  },
  staffShared: {
    fi: "Jaettu {date}, voimassa {expires} asti",
    sv: "Delat {date}, gäller till {expires}",
    en: "Shared {date}, valid until {expires}",
  },
  staffFlags: { fi: "Huomiot", sv: "Observationer", en: "Flags" },
  staffDemographics: {
    fi: "Ikä {age}, sukupuoli {sex}",
    sv: "Ålder {age}, kön {sex}",
    en: "Age {age}, sex {sex}",
  },
  apiLanguageNote: {
    fi: "Ei virallista, lähteellä varmennettua sanamuotoa kielillä: {langs}. Kysely näytetään vain niillä kielillä, joilla se on; emme käännä sitä itse.",
    sv: "Ingen officiell ordalydelse med känd källa på: {langs}. Formuläret visas bara på de språk där det finns; vi översätter det inte själva.",
    en: "No official wording with a known source in: {langs}. The questionnaire is shown only in the languages it exists in; we do not translate it ourselves.",
  },
  // ---- Form engine (FHIR item types, enableWhen) ----
  yes: { fi: "Kyllä", sv: "Ja", en: "Yes" },
  no: { fi: "Ei", sv: "Nej", en: "No" },
  fieldErrors: {
    fi: {
      required: "Vastaa tähän kysymykseen.",
      "not-an-option": "Valitse yksi vaihtoehdoista.",
      "not-an-integer": "Kirjoita kokonaisluku numeroina, esimerkiksi 12.",
      "too-small": "Luvun pitää olla vähintään {min}.",
      "too-large": "Luvun pitää olla enintään {max}.",
      "too-long": "Vastaus on liian pitkä: enintään {maxLength} merkkiä.",
    },
    sv: {
      required: "Svara på den här frågan.",
      "not-an-option": "Välj ett av alternativen.",
      "not-an-integer": "Skriv ett heltal med siffror, till exempel 12.",
      "too-small": "Talet ska vara minst {min}.",
      "too-large": "Talet får vara högst {max}.",
      "too-long": "Svaret är för långt: högst {maxLength} tecken.",
    },
    en: {
      required: "Please answer this question.",
      "not-an-option": "Please choose one of the options.",
      "not-an-integer": "Enter a whole number in digits, for example 12.",
      "too-small": "The number must be at least {min}.",
      "too-large": "The number can be at most {max}.",
      "too-long": "The answer is too long: at most {maxLength} characters.",
    },
  } satisfies Localized<Record<FieldErrorCode, string>>,
  numberRange: {
    fi: "Kokonaisluku {min}–{max}",
    sv: "Ett heltal {min}–{max}",
    en: "A whole number from {min} to {max}",
  },
  maxLengthHint: { fi: "Enintään {n} merkkiä", sv: "Högst {n} tecken", en: "At most {n} characters" },
  conditionalLead: {
    fi: "Vastaa näihin vain, jos {conditions}.",
    sv: "Svara på dessa bara om {conditions}.",
    en: "Answer these only if {conditions}.",
  },
  conditionJoin: {
    fi: { all: " ja ", any: " tai " },
    sv: { all: " och ", any: " eller " },
    en: { all: " and ", any: " or " },
  } satisfies Localized<Record<"all" | "any", string>>,
  conditions: {
    fi: {
      exists: "vastasit kysymykseen ”{question}”",
      "not-exists": "jätit kysymyksen ”{question}” vastaamatta",
      "=": "vastauksesi kysymykseen ”{question}” oli ”{answer}”",
      "!=": "vastauksesi kysymykseen ”{question}” ei ollut ”{answer}”",
      ">": "vastauksesi kysymykseen ”{question}” oli yli {answer}",
      "<": "vastauksesi kysymykseen ”{question}” oli alle {answer}",
      ">=": "vastauksesi kysymykseen ”{question}” oli vähintään {answer}",
      "<=": "vastauksesi kysymykseen ”{question}” oli enintään {answer}",
    },
    sv: {
      exists: "du svarade på frågan ”{question}”",
      "not-exists": "du lämnade frågan ”{question}” obesvarad",
      "=": "ditt svar på frågan ”{question}” var ”{answer}”",
      "!=": "ditt svar på frågan ”{question}” inte var ”{answer}”",
      ">": "ditt svar på frågan ”{question}” var över {answer}",
      "<": "ditt svar på frågan ”{question}” var under {answer}",
      ">=": "ditt svar på frågan ”{question}” var minst {answer}",
      "<=": "ditt svar på frågan ”{question}” var högst {answer}",
    },
    en: {
      exists: "you answered “{question}”",
      "not-exists": "you left “{question}” unanswered",
      "=": "your answer to “{question}” was “{answer}”",
      "!=": "your answer to “{question}” was not “{answer}”",
      ">": "your answer to “{question}” was more than {answer}",
      "<": "your answer to “{question}” was less than {answer}",
      ">=": "your answer to “{question}” was {answer} or more",
      "<=": "your answer to “{question}” was {answer} or less",
    },
  } satisfies Localized<Record<EnableWhenOperator | "not-exists", string>>,
  fixErrors: {
    fi: "Tarkista merkityt kohdat. Vastauksesi ovat tallessa tällä sivulla.",
    sv: "Kontrollera de markerade fälten. Dina svar finns kvar på sidan.",
    en: "Please check the marked answers. Everything you gave is kept on this page.",
  },
} as const;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

export function languageName(of: Lang, inLang: Lang): string {
  return texts.langNames[inLang][of];
}

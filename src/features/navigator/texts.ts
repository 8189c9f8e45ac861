import type { Localized } from "../../platform/i18n/index";
import type { HelpLevel } from "./schemas";

/** The navigator pages' own words (decision texts are in reason-texts.ts). */
export const texts = {
  title: { fi: "Mistä apua?", sv: "Var får jag hjälp?", en: "Find help" },
  lead: {
    fi: "Vastaa muutamaan kysymykseen, niin kerromme, millainen apu voisi sopia sinulle nyt ja mistä sitä saa kotikunnassasi. Vastauksia ei tallenneta.",
    sv: "Svara på några frågor, så berättar vi vilken hjälp som kunde passa dig nu och var du får den i din hemkommun. Svaren sparas inte.",
    en: "Answer a few questions and we will tell you what kind of help could suit you now, and where to get it in your municipality. Your answers are not saved.",
  },
  step: { fi: "Vaihe {n}/{total}", sv: "Steg {n} av {total}", en: "Step {n} of {total}" },
  worries: {
    fi: "Mikä sinua huolettaa? Valitse yksi tai useampi.",
    sv: "Vad oroar dig? Välj ett eller flera.",
    en: "What is worrying you? Choose one or more.",
  },
  duration: {
    fi: "Kuinka kauan tilanne on jatkunut?",
    sv: "Hur länge har det pågått?",
    en: "How long has this been going on?",
  },
  durations: {
    fi: { days: "Muutaman päivän", weeks: "Muutaman viikon", months: "Kuukausia", long: "Yli puoli vuotta" },
    sv: { days: "Några dagar", weeks: "Några veckor", months: "Flera månader", long: "Över ett halvår" },
    en: { days: "A few days", weeks: "A few weeks", months: "Months", long: "More than six months" },
  } satisfies Localized<Record<"days" | "weeks" | "months" | "long", string>>,
  impact: {
    fi: "Kuinka paljon se vaikeuttaa arkeasi, työtäsi tai opiskeluasi?",
    sv: "Hur mycket försvårar det din vardag, ditt arbete eller dina studier?",
    en: "How much does it make daily life, work or studies harder?",
  },
  impacts: {
    fi: {
      none: "Ei juuri lainkaan",
      some: "Jonkin verran",
      much: "Paljon",
      "cannot-cope": "En selviä arjesta",
    },
    sv: { none: "Knappt alls", some: "En del", much: "Mycket", "cannot-cope": "Jag klarar inte vardagen" },
    en: {
      none: "Hardly at all",
      some: "Somewhat",
      much: "A lot",
      "cannot-cope": "I cannot cope with daily life",
    },
  } satisfies Localized<Record<"none" | "some" | "much" | "cannot-cope", string>>,
  safety: {
    fi: "Onko sinulla ollut ajatuksia kuolemasta, itsesi vahingoittamisesta tai jonkun toisen vahingoittamisesta?",
    sv: "Har du haft tankar på döden, på att skada dig själv eller på att skada någon annan?",
    en: "Have you had thoughts of death, of harming yourself or of harming someone else?",
  },
  safetyHint: {
    fi: "Kysymme tätä kaikilta, koska se auttaa meitä ohjaamaan sinut oikeaan apuun. Voit vastata rehellisesti.",
    sv: "Vi frågar alla det här, eftersom det hjälper oss att visa rätt hjälp. Du kan svara ärligt.",
    en: "We ask everyone this, because it helps us point you to the right help. You can answer honestly.",
  },
  safetyAnswers: {
    fi: { no: "Ei", "sometimes-thoughts": "Joskus, mutta en ole vaarassa nyt", now: "Kyllä, juuri nyt" },
    sv: { no: "Nej", "sometimes-thoughts": "Ibland, men jag är inte i fara nu", now: "Ja, just nu" },
    en: { no: "No", "sometimes-thoughts": "Sometimes, but I am not in danger now", now: "Yes, right now" },
  } satisfies Localized<Record<"no" | "sometimes-thoughts" | "now", string>>,
  violenceNow: {
    fi: "Onko sinuun tai läheiseesi kohdistumassa väkivaltaa tai sen uhkaa juuri nyt?",
    sv: "Utsätts du eller någon närstående för våld eller hot om våld just nu?",
    en: "Is there violence or a threat of violence against you or someone close to you right now?",
  },
  yes: { fi: "Kyllä", sv: "Ja", en: "Yes" },
  no: { fi: "Ei", sv: "Nej", en: "No" },
  shortQuestionnaires: {
    fi: "Lyhyet kyselyt (vapaaehtoinen)",
    sv: "Korta formulär (frivilligt)",
    en: "Short questionnaires (optional)",
  },
  shortHint: {
    fi: "Nämä kysymykset ovat tutkituista kyselyistä. Voit ohittaa ne. Jos vastaat, voimme ehdottaa sinulle sopivaa pidempää kyselyä.",
    sv: "Frågorna kommer från beprövade formulär. Du kan hoppa över dem. Om du svarar kan vi föreslå ett längre formulär som passar dig.",
    en: "These questions come from validated questionnaires. You can skip them. If you answer, we can suggest a longer questionnaire that suits you.",
  },
  phq2: { fi: "Mieliala (PHQ-2)", sv: "Stämningsläge (PHQ-2)", en: "Mood (PHQ-2)" },
  gad2: { fi: "Ahdistus (GAD-2)", sv: "Ångest (GAD-2)", en: "Anxiety (GAD-2)" },
  auditC: { fi: "Alkoholi (AUDIT-C)", sv: "Alkohol (AUDIT-C)", en: "Alcohol (AUDIT-C)" },
  shownIn: {
    fi: "Kysymykset ovat kielellä {lang}, koska virallista suomenkielistä versiota ei vielä ole.",
    sv: "Frågorna är på {lang}, eftersom det ännu inte finns någon officiell svensk version.",
    en: "The questions are in {lang}, because there is no official English version yet.",
  },
  aboutYou: {
    fi: "Kotikunta ja nykyinen hoito",
    sv: "Hemkommun och nuvarande vård",
    en: "Municipality and current care",
  },
  municipality: { fi: "Kotikunta", sv: "Hemkommun", en: "Municipality" },
  municipalityHint: {
    fi: "Kunnan avulla näytämme sinulle lähellä olevat palvelut. Kunta ei vaikuta suositeltuun tasoon.",
    sv: "Med kommunen visar vi tjänster nära dig. Kommunen påverkar inte den föreslagna nivån.",
    en: "Your municipality lets us show services near you. It does not change the suggested level.",
  },
  municipalityUnknown: {
    fi: "Emme tunnistaneet kuntaa. Valitse kunta listasta tai jätä kohta tyhjäksi.",
    sv: "Vi kände inte igen kommunen. Välj en kommun i listan eller lämna punkten tom.",
    en: "We did not recognise that municipality. Choose one from the list, or leave it empty.",
  },
  municipalityNone: { fi: "Valitse kunta", sv: "Välj kommun", en: "Choose a municipality" },
  inCare: {
    fi: "Olen jo hoidossa tai asiakkaana tämän asian vuoksi",
    sv: "Jag får redan vård eller stöd för det här",
    en: "I am already in care or receiving support for this",
  },
  submit: { fi: "Näytä sopiva apu", sv: "Visa passande hjälp", en: "Show the right help" },
  errorSummary: {
    fi: "Vastaa vielä merkittyihin kysymyksiin. Muut vastauksesi ovat tallessa tällä sivulla.",
    sv: "Svara ännu på de markerade frågorna. Dina andra svar finns kvar på sidan.",
    en: "Please answer the marked questions. Your other answers are kept on this page.",
  },
  required: { fi: "Valitse yksi vaihtoehto.", sv: "Välj ett alternativ.", en: "Please choose one option." },
  resultTitle: {
    fi: "Sinulle sopiva apu: taso {level}/6",
    sv: "Hjälp som passar dig: nivå {level} av 6",
    en: "Help that suits you: level {level} of 6",
  },
  levels: {
    1: {
      fi: "Tietoa ja omahoitovinkkejä",
      sv: "Information och egenvårdstips",
      en: "Information and self-care tips",
    },
    2: {
      fi: "Omahoito-ohjelma tai verkkotyökalu",
      sv: "Egenvårdsprogram eller webbverktyg",
      en: "A self-care program or online tool",
    },
    3: {
      fi: "Matalan kynnyksen tuki: chat, kirjallinen kysymys, vertaistuki, ohjattu omahoito",
      sv: "Lågtröskelstöd: chatt, skriftlig fråga, kamratstöd, guidad egenvård",
      en: "Low-threshold support: chat, a written question, peer support, guided self-care",
    },
    4: {
      fi: "Peruspalvelut: sote-keskuksen mielenterveys- ja päihdetyö, sosiaalityö",
      sv: "Basservice: social- och hälsocentralens mentalvårds- och missbruksarbete, socialt arbete",
      en: "Primary services: the sote-centre's mental health and substance work, social work",
    },
    5: {
      fi: "Erikoissairaanhoito lähetteellä, kuntoutuspsykoterapia",
      sv: "Specialiserad vård med remiss, rehabiliterande psykoterapi",
      en: "Specialised care by referral, rehabilitative psychotherapy",
    },
    6: { fi: "Kiireellistä apua nyt", sv: "Brådskande hjälp nu", en: "Urgent help now" },
  } satisfies Record<HelpLevel, Localized>,
  levelsTitle: { fi: "Avun tasot", sv: "Hjälpnivåerna", en: "The levels of help" },
  yourLevel: { fi: "sinun tasosi", sv: "din nivå", en: "your level" },
  why: { fi: "Miksi ehdotamme tätä", sv: "Varför vi föreslår det här", en: "Why we suggest this" },
  notDiagnosis: {
    fi: "Tämä on suuntaa antava ehdotus, ei arvio terveydentilastasi. Jos tuntuu, että tarvitset enemmän apua, hae sitä.",
    sv: "Det här är ett riktgivande förslag, inte en bedömning av din hälsa. Om det känns som att du behöver mer hjälp, sök den.",
    en: "This is a suggestion to guide you, not an assessment of your health. If you feel you need more help, please ask for it.",
  },
  servicesIn: {
    fi: "Palvelut: {municipality}",
    sv: "Tjänster: {municipality}",
    en: "Services: {municipality}",
  },
  noMunicipality: {
    fi: "Valitse kotikuntasi, niin näytämme lähellä olevat palvelut.",
    sv: "Välj din hemkommun, så visar vi tjänster nära dig.",
    en: "Choose your municipality and we will show services near you.",
  },
  noServices: {
    fi: "Palveluhakemistossa ei vielä ole tämän kunnan palveluja. Ota yhteyttä oman terveysasemasi tai sote-keskuksesi neuvontaan.",
    sv: "Tjänsteförteckningen har ännu inga tjänster för den här kommunen. Kontakta rådgivningen på din hälsostation eller social- och hälsocentral.",
    en: "The service directory has no services for this municipality yet. Contact the advice line of your health centre or sote-centre.",
  },
  helplines: {
    fi: "Valtakunnalliset auttavat puhelimet ja chatit",
    sv: "Riksomfattande hjälptelefoner och chattar",
    en: "National helplines and chats",
  },
  website: { fi: "Verkkosivu", sv: "Webbplats", en: "Website" },
  readMore: { fi: "Lue lisää", sv: "Läs mer", en: "Read more" },
  programs: { fi: "Omahoito-ohjelmat", sv: "Egenvårdsprogram", en: "Self-care programs" },
  questionnaires: { fi: "Kyselyt", sv: "Formulär", en: "Questionnaires" },
  suggestQuestionnaire: {
    fi: "Vastauksesi lyhyisiin kysymyksiin viittaavat siihen, että pidempi kysely voisi auttaa hahmottamaan tilannetta:",
    sv: "Dina svar på de korta frågorna tyder på att ett längre formulär kunde hjälpa dig att se situationen tydligare:",
    en: "Your answers to the short questions suggest that a longer questionnaire could help you see things more clearly:",
  },
  channels: {
    fi: { phone: "Puhelin", chat: "Chat", "walk-in": "Käynti", online: "Verkossa" },
    sv: { phone: "Telefon", chat: "Chatt", "walk-in": "Besök", online: "På nätet" },
    en: { phone: "Phone", chat: "Chat", "walk-in": "Walk in", online: "Online" },
  } satisfies Localized<Record<"phone" | "chat" | "walk-in" | "online", string>>,
  startAgain: { fi: "Aloita alusta", sv: "Börja om", en: "Start again" },
  restOf: {
    fi: { "phq-9": "Loput PHQ-9-kysymykset", "gad-7": "Loput GAD-7-kysymykset" },
    sv: { "phq-9": "Resten av frågorna i PHQ-9", "gad-7": "Resten av frågorna i GAD-7" },
    en: { "phq-9": "The rest of PHQ-9", "gad-7": "The rest of GAD-7" },
  } satisfies Localized<Record<"phq-9" | "gad-7", string>>,
  restHint: {
    fi: "Kahden ensimmäisen kysymyksen pisteet ovat yhteensä 3 tai enemmän. Siksi kysymme loputkin saman kyselyn kysymykset: ne auttavat löytämään sopivan avun. Voit myös jättää ne väliin.",
    sv: "Poängen för de två första frågorna är tillsammans 3 eller mer. Därför ställer vi också resten av frågorna i samma formulär: de hjälper oss att hitta rätt hjälp. Du kan också hoppa över dem.",
    en: "Your answers to the first two questions add up to 3 or more. That is why we ask the rest of the same questionnaire too: it helps us find the right help. You can also skip them.",
  },
  moreQuestions: {
    fi: "Vastaustesi perusteella kohdassa 5 on nyt muutama lisäkysymys. Vastaa niihin, jos haluat, ja paina sitten uudelleen ”Näytä sopiva apu”.",
    sv: "Utifrån dina svar finns det nu några fler frågor i steg 5. Svara på dem om du vill och tryck sedan på ”Visa passande hjälp” igen.",
    en: "Based on your answers, step 5 now has a few more questions. Answer them if you like, then press “Show the right help” again.",
  },
} as const;

import type { Localized } from "../../platform/i18n/index";

/** The library's own texts, in plain and warm language. */
export const libraryTexts = {
  topicsTitle: { fi: "Aiheet", sv: "Ämnen", en: "Topics" },
  topicsLead: {
    fi: "Tietoa mielen hyvinvoinnista, päihteistä, arjen huolista ja avun hakemisesta. Valitse aihe, joka on lähimpänä sinun tilannettasi.",
    sv: "Information om psykiskt välmående, rusmedel, vardagens bekymmer och om att söka hjälp. Välj det ämne som ligger närmast din situation.",
    en: "Information on mental wellbeing, substances, everyday worries and getting help. Choose the topic closest to your situation.",
  },
  articlesInHub: { fi: "Artikkelit", sv: "Artiklar", en: "Articles" },
  otherTopics: { fi: "Muut aiheet", sv: "Andra ämnen", en: "Other topics" },
  home: { fi: "Etusivu", sv: "Startsida", en: "Home" },
  breadcrumb: { fi: "Murupolku", sv: "Brödsmulor", en: "Breadcrumb" },
  reviewed: { fi: "Tarkistettu", sv: "Granskad", en: "Last reviewed" },
  writtenBy: { fi: "Kirjoittaja", sv: "Skriven av", en: "Written by" },
  onThisPage: { fi: "Tällä sivulla", sv: "På den här sidan", en: "On this page" },
  related: { fi: "Tästä voi olla apua", sv: "Det här kan hjälpa", en: "This may help" },
  relatedQuestionnaires: { fi: "Kyselyt", sv: "Enkäter", en: "Questionnaires" },
  relatedPrograms: { fi: "Omahoito-ohjelmat", sv: "Egenvårdsprogram", en: "Self-care programs" },
  relatedArticles: { fi: "Lue myös", sv: "Läs också", en: "Read also" },
  relatedServices: { fi: "Palvelut", sv: "Tjänster", en: "Services" },
  servicesLink: {
    fi: "Katso palvelut omassa kunnassasi",
    sv: "Se tjänsterna i din kommun",
    en: "See the services in your municipality",
  },
  navigatorLink: {
    fi: "Mistä apua? Vastaa muutamaan kysymykseen",
    sv: "Var får jag hjälp? Svara på några frågor",
    en: "Where can I get help? Answer a few questions",
  },
  notFoundTitle: { fi: "Sivua ei löytynyt", sv: "Sidan hittades inte", en: "Page not found" },
  notFoundText: {
    fi: "Etsimääsi sivua ei ole, tai se on siirtynyt. Kokeile hakua tai selaa aiheita.",
    sv: "Sidan du söker finns inte eller har flyttats. Pröva sökningen eller bläddra bland ämnena.",
    en: "The page you are looking for does not exist or has moved. Try searching or browse the topics.",
  },
  searchLabel: { fi: "Hae sivustolta", sv: "Sök på webbplatsen", en: "Search the site" },
  searchButton: { fi: "Hae", sv: "Sök", en: "Search" },
  browseByTopic: { fi: "Selaa aiheittain", sv: "Bläddra efter ämne", en: "Browse by topic" },
  articleCount: { fi: "artikkelia", sv: "artiklar", en: "articles" },
} satisfies Record<string, Localized>;

/** Questionnaire titles as shown in related links and search results. */
export const questionnaireTitles: Record<string, Localized> = {
  "phq-9": {
    fi: "Mielialakysely (PHQ-9)",
    sv: "Enkät om nedstämdhet (PHQ-9)",
    en: "Mood questionnaire (PHQ-9)",
  },
  "gad-7": {
    fi: "Ahdistuneisuuskysely (GAD-7)",
    sv: "Enkät om ångest (GAD-7)",
    en: "Anxiety questionnaire (GAD-7)",
  },
  audit: {
    fi: "Alkoholinkäytön kysely (AUDIT)",
    sv: "Enkät om alkoholbruk (AUDIT)",
    en: "Alcohol use questionnaire (AUDIT)",
  },
  "audit-c": {
    fi: "Lyhyt alkoholikysely (AUDIT-C)",
    sv: "Kort alkoholenkät (AUDIT-C)",
    en: "Short alcohol questionnaire (AUDIT-C)",
  },
  "who-5": {
    fi: "Hyvinvointikysely (WHO-5)",
    sv: "Enkät om välbefinnande (WHO-5)",
    en: "Wellbeing questionnaire (WHO-5)",
  },
};

export const questionnaireSummaries: Record<string, Localized> = {
  "phq-9": {
    fi: "Yhdeksän kysymystä mielialasta kahden viime viikon ajalta. Tulos auttaa kertomaan olostasi ammattilaiselle.",
    sv: "Nio frågor om ditt humör under de senaste två veckorna. Resultatet hjälper dig att berätta hur du mår.",
    en: "Nine questions about your mood over the last two weeks. The result helps you tell a professional how you feel.",
  },
  "gad-7": {
    fi: "Seitsemän kysymystä ahdistuksesta ja jännittämisestä kahden viime viikon ajalta.",
    sv: "Sju frågor om ångest och oro under de senaste två veckorna.",
    en: "Seven questions about anxiety and worry over the last two weeks.",
  },
  audit: {
    fi: "Kymmenen kysymystä alkoholinkäytöstä ja sen haitoista.",
    sv: "Tio frågor om alkoholbruk och dess följder.",
    en: "Ten questions about drinking and the harm it may cause.",
  },
  "audit-c": {
    fi: "Kolme nopeaa kysymystä siitä, kuinka paljon ja kuinka usein juot alkoholia.",
    sv: "Tre snabba frågor om hur mycket och hur ofta du dricker alkohol.",
    en: "Three quick questions about how much and how often you drink.",
  },
  "who-5": {
    fi: "Viisi kysymystä siitä, miten olet voinut kahden viime viikon aikana.",
    sv: "Fem frågor om hur du har mått de senaste två veckorna.",
    en: "Five questions about how you have been over the last two weeks.",
  },
};

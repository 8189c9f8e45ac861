import type { Localized } from "../../platform/i18n/index";

export const searchTexts = {
  title: { fi: "Haku", sv: "Sök", en: "Search" },
  lead: {
    fi: "Hae tietoa, kyselyitä, omahoito-ohjelmia ja palveluita. Voit kirjoittaa omin sanoin.",
    sv: "Sök information, enkäter, egenvårdsprogram och tjänster. Du kan skriva med egna ord.",
    en: "Search information, questionnaires, self-care programs and services. You can use your own words.",
  },
  label: { fi: "Mitä etsit?", sv: "Vad söker du?", en: "What are you looking for?" },
  hint: {
    fi: "Esimerkiksi: masennus, velat, toimeentulotuki, uni",
    sv: "Till exempel: depression, skulder, utkomststöd, sömn",
    en: "For example: depression, debt, social assistance, sleep",
  },
  button: { fi: "Hae", sv: "Sök", en: "Search" },
  resultsFor: { fi: "Hakutulokset haulle", sv: "Sökresultat för", en: "Results for" },
  resultCount: { fi: "tulosta", sv: "resultat", en: "results" },
  noResultsTitle: {
    fi: "Emme löytäneet sivuja tällä haulla",
    sv: "Vi hittade inga sidor med den sökningen",
    en: "We found no pages for this search",
  },
  noResultsText: {
    fi: "Kokeile toista sanaa tai lyhyempää hakua. Voit myös kysyä asiaa suoraan:",
    sv: "Pröva ett annat ord eller en kortare sökning. Du kan också fråga direkt:",
    en: "Try another word or a shorter search. You can also ask directly:",
  },
  chatbot: {
    fi: "Kysy chatbotilta – vastaa heti, vuorokauden ympäri",
    sv: "Fråga chatboten – svarar direkt, dygnet runt",
    en: "Ask the chatbot – answers at once, around the clock",
  },
  navigator: {
    fi: "Mistä apua? Vastaa muutamaan kysymykseen",
    sv: "Var får jag hjälp? Svara på några frågor",
    en: "Where can I get help? Answer a few questions",
  },
  crisis: {
    fi: "Kriisipuhelimet ja auttavat linjat",
    sv: "Krisjourer och stödlinjer",
    en: "Crisis lines and helplines",
  },
  types: {
    fi: "Artikkeli|Omahoito-ohjelma|Kysely|Palvelu",
    sv: "Artikel|Egenvårdsprogram|Enkät|Tjänst",
    en: "Article|Self-care program|Questionnaire|Service",
  },
  tooLong: {
    fi: "Hakusana on liian pitkä. Kirjoita enintään 500 merkkiä.",
    sv: "Sökningen är för lång. Skriv högst 500 tecken.",
    en: "The search is too long. Please use at most 500 characters.",
  },
  missingQuery: {
    fi: "Kirjoita hakusana parametriin q.",
    sv: "Skriv ett sökord i parametern q.",
    en: "Please give a search term in the q parameter.",
  },
  badLang: {
    fi: "Kielen pitää olla fi, sv tai en.",
    sv: "Språket ska vara fi, sv eller en.",
    en: "The language must be fi, sv or en.",
  },
  badLimit: {
    fi: "Tulosten määrän pitää olla 1–50.",
    sv: "Antalet resultat ska vara 1–50.",
    en: "The limit must be between 1 and 50.",
  },
} satisfies Record<string, Localized>;

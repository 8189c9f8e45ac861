import type { Lang, Localized } from "../i18n/lang";

/** Public page paths per language: slugs in the page's own language help people and search engines. */
export const pagePaths = {
  home: { fi: "/fi", sv: "/sv", en: "/en" },
  crisis: { fi: "/fi/kriisiapu", sv: "/sv/krishjalp", en: "/en/crisis-help" },
  accessibility: { fi: "/fi/saavutettavuus", sv: "/sv/tillganglighet", en: "/en/accessibility" },
  privacy: { fi: "/fi/tietosuoja", sv: "/sv/dataskydd", en: "/en/privacy" },
  search: { fi: "/fi/haku", sv: "/sv/sok", en: "/en/search" },
  navigator: { fi: "/fi/mista-apua", sv: "/sv/var-far-jag-hjalp", en: "/en/find-help" },
  questionnaires: { fi: "/fi/kyselyt", sv: "/sv/enkater", en: "/en/questionnaires" },
  selfCare: { fi: "/fi/omahoito", sv: "/sv/egenvard", en: "/en/self-care" },
  chat: { fi: "/fi/chat", sv: "/sv/chatt", en: "/en/chat" },
  questions: { fi: "/fi/kysy", sv: "/sv/fraga", en: "/en/ask" },
  chatbot: { fi: "/fi/chatbot", sv: "/sv/chatbot", en: "/en/chatbot" },
  services: { fi: "/fi/palvelut", sv: "/sv/tjanster", en: "/en/services" },
  topics: { fi: "/fi/aiheet", sv: "/sv/amnen", en: "/en/topics" },
  articles: { fi: "/fi/tietoa", sv: "/sv/information", en: "/en/information" },
} as const satisfies Record<string, Localized>;

export type PageName = keyof typeof pagePaths;

export function pagePath(page: PageName, lang: Lang): string {
  return pagePaths[page][lang];
}

export function alternatesOf(page: PageName): Localized {
  return pagePaths[page];
}

/** Where the quick-exit button sends people: a neutral, everyday page. */
export const QUICK_EXIT_URL = "https://www.foreca.fi/";

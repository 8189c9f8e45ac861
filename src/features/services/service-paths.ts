import type { Lang } from "../../platform/i18n/lang";
import { pagePath } from "../../platform/views/paths";

/** The service page of one municipality, e.g. `/fi/palvelut/091`. */
export function municipalityPagePath(code: string, lang: Lang): string {
  return `${pagePath("services", lang)}/${code}`;
}

/** The page of a wellbeing services county: its municipalities and county-wide services. */
export function countyPagePath(countyId: string, lang: Lang): string {
  return `${pagePath("services", lang)}/${countyId.toLowerCase()}`;
}

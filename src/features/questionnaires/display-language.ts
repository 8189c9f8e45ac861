import type { Lang } from "../../platform/i18n/lang";
import type { QuestionnaireSlug } from "./instrument-schema";
import { availableLanguages } from "./instruments";

/**
 * The order in which we fall back when an instrument lacks the asked language: Finnish speakers more often
 * read English than Swedish; Swedish speakers in Finland read Finnish; English readers get Finnish, then Swedish.
 */
const fallbackOrder: Record<Lang, readonly Lang[]> = {
  fi: ["fi", "en", "sv"],
  sv: ["sv", "fi", "en"],
  en: ["en", "fi", "sv"],
};

/** The language an instrument is shown in for a page or API language: the same when offered, else the best other. */
export function displayLanguage(slug: QuestionnaireSlug, lang: Lang): Lang {
  const available = availableLanguages(slug);
  return fallbackOrder[lang].find((l) => available.includes(l)) ?? "en";
}

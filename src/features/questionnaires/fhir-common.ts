import type { Lang } from "../../platform/i18n/lang";
import type {
  Instrument,
  InstrumentAnswerOption,
  InstrumentItem,
  QuestionnaireSlug,
} from "./instrument-schema";
import {
  availableLanguages,
  instruments,
  isItemAvailable,
  isQuestionnaireSlug,
  itemAnswerOptions,
} from "./instruments";
import { type FhirCoding, loincSystem } from "./fhir-schemas";
import type { QuestionnaireError } from "./schemas";

/** Replace with the deployment's public URL (config) so canonical URLs resolve; `.example` marks it unset. */
export const defaultCanonicalBase = "https://luukku.example/fhir";

// LOINC answer codes of the PHQ/GAD frequency scale, as given in lhc-phq9 and hl7-phr-gad7 (see the JSON sources).
const loincFrequencyAnswers: Readonly<Record<number, string>> = {
  0: "LA6568-5",
  1: "LA6569-3",
  2: "LA6570-1",
  3: "LA6571-9",
};
const slugsWithLoincFrequencyAnswers: readonly QuestionnaireSlug[] = ["phq-9", "gad-7"];

export function questionnaireId(slug: QuestionnaireSlug, lang: Lang): string {
  return `${slug}-${lang}`;
}

export function questionnaireUrl(canonicalBase: string, slug: QuestionnaireSlug, lang: Lang): string {
  return `${canonicalBase}/Questionnaire/${questionnaireId(slug, lang)}`;
}

export function answerCoding(
  instrument: Instrument,
  item: InstrumentItem,
  option: InstrumentAnswerOption,
  canonicalBase: string,
): FhirCoding {
  const loincAnswer = loincFrequencyAnswers[option.value];
  if (slugsWithLoincFrequencyAnswers.includes(instrument.slug) && item.scored !== false && loincAnswer) {
    return { system: loincSystem, code: loincAnswer, display: option.label };
  }
  // Our own code system where no LOINC answer code is attested; the code is stable across languages.
  return {
    system: `${canonicalBase}/CodeSystem/${instrument.slug}-answers`,
    code: `${item.linkId}-${option.value}`,
    display: option.label,
  };
}

export interface ResolvedItem {
  item: InstrumentItem;
  text: string;
  options: readonly InstrumentAnswerOption[];
  scored: boolean;
}

/** Scored items (all present, by definition of availability) then the supplementary items present in `lang`. */
export function resolveItems(instrument: Instrument, lang: Lang): ResolvedItem[] {
  const resolve = (item: InstrumentItem, scored: boolean): ResolvedItem[] => {
    const text = item.text[lang];
    const options = itemAnswerOptions(instrument, item, lang);
    return text !== undefined && options !== undefined && isItemAvailable(instrument, item, lang)
      ? [{ item, text, options, scored }]
      : [];
  };
  return [
    ...instrument.items.flatMap((item) => resolve(item, item.scored !== false)),
    ...(instrument.supplementaryItems ?? []).flatMap((item) => resolve(item, false)),
  ];
}

export type InstrumentLookup =
  | { ok: true; instrument: Instrument }
  | { ok: false; error: QuestionnaireError<"unknown-questionnaire" | "language-not-available"> };

export function lookUpInstrument(slug: string, lang: Lang): InstrumentLookup {
  if (!isQuestionnaireSlug(slug)) {
    return {
      ok: false,
      error: { code: "unknown-questionnaire", issues: [`unknown questionnaire "${slug}"`] },
    };
  }
  if (!availableLanguages(slug).includes(lang)) {
    return {
      ok: false,
      error: { code: "language-not-available", issues: [`${slug} has no official wording in "${lang}" yet`] },
    };
  }
  return { ok: true, instrument: instruments[slug] };
}

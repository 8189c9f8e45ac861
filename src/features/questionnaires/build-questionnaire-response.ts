import type { Lang } from "../../platform/i18n/lang";
import {
  answerCoding,
  defaultCanonicalBase,
  lookUpInstrument,
  questionnaireUrl,
  resolveItems,
} from "./fhir-common";
import {
  type FhirExtension,
  type FhirQuestionnaireResponse,
  type FhirQuestionnaireResponseItem,
  fhirQuestionnaireResponseSchema,
} from "./fhir-schemas";
import type { Outcome, QuestionnaireScore } from "./schemas";

export interface BuildQuestionnaireResponseInput {
  slug: string;
  lang: Lang;
  /** Item scores in item order, as given to `scoreQuestionnaire`. */
  answers: readonly number[];
  score: QuestionnaireScore;
  /** Answers to unscored items (PHQ-9 difficulty) by linkId; optional. */
  supplementaryAnswers?: Readonly<Record<string, number>>;
  /** ISO 8601 date-time; left out unless given, since nothing about the person is stored. */
  authored?: string;
  canonicalBase?: string;
}

/** Luukku's own extensions that carry the result on the downloaded response. */
export function scoreExtensionUrl(
  canonicalBase: string,
  name: "score" | "max-score" | "band" | "flag",
): string {
  return `${canonicalBase}/StructureDefinition/questionnaire-${name}`;
}

/** The person's answers and result as a FHIR R4 QuestionnaireResponse, for them to download. */
export function buildQuestionnaireResponse({
  slug,
  lang,
  answers,
  score,
  supplementaryAnswers = {},
  authored,
  canonicalBase = defaultCanonicalBase,
}: BuildQuestionnaireResponseInput): Outcome<
  FhirQuestionnaireResponse,
  "unknown-questionnaire" | "language-not-available" | "invalid-answers"
> {
  const lookup = lookUpInstrument(slug, lang);
  if (!lookup.ok) return lookup;
  const { instrument } = lookup;

  const resolved = resolveItems(instrument, lang);
  const scored = resolved.filter((r) => r.scored);
  const issues: string[] = [];
  if (score.slug !== instrument.slug) issues.push(`score is for ${score.slug}, not ${instrument.slug}`);
  if (answers.length !== scored.length)
    issues.push(`expected ${scored.length} answers, got ${answers.length}`);

  const items: FhirQuestionnaireResponseItem[] = [];
  let scoredIndex = 0;
  for (const { item, text, options, scored: isScored } of resolved) {
    const value = isScored ? answers[scoredIndex++] : supplementaryAnswers[item.linkId];
    if (value === undefined) continue;
    const option = options.find((o) => o.value === value);
    if (!option) {
      issues.push(`${item.linkId}: ${value} is not an answer option`);
      continue;
    }
    items.push({
      linkId: item.linkId,
      text,
      answer: [{ valueCoding: answerCoding(instrument, item, option, canonicalBase) }],
    });
  }
  if (issues.length > 0) return { ok: false, error: { code: "invalid-answers", issues } };

  const extension: FhirExtension[] = [
    { url: scoreExtensionUrl(canonicalBase, "score"), valueInteger: score.score },
    { url: scoreExtensionUrl(canonicalBase, "max-score"), valueInteger: score.maxScore },
    { url: scoreExtensionUrl(canonicalBase, "band"), valueCode: score.band },
    ...score.flags.map((flag) => ({ url: scoreExtensionUrl(canonicalBase, "flag"), valueCode: flag })),
  ];
  const response: FhirQuestionnaireResponse = {
    resourceType: "QuestionnaireResponse",
    questionnaire: questionnaireUrl(canonicalBase, instrument.slug, lang),
    status: "completed",
    language: lang,
    ...(authored ? { authored } : {}),
    extension,
    item: items,
  };
  return { ok: true, value: fhirQuestionnaireResponseSchema.parse(response) };
}

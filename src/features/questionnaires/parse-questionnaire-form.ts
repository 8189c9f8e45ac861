import type { Lang } from "../../platform/i18n/lang";
import { type ResolvedItem, answerCoding, defaultCanonicalBase, resolveItems } from "./fhir-common";
import { formQuestionnaire } from "./form-questionnaire";
import type { QuestionnaireSlug } from "./instrument-schema";
import { instruments } from "./instruments";
import { type FieldError, parseFormAnswers } from "./parse-form-answers";
import { type Sex, sexSchema } from "./schemas";

export { fieldName } from "./parse-form-answers";

/** What a (possibly half-filled) questionnaire form holds; nothing here is stored anywhere. */
export interface QuestionnaireFormState {
  /** Scored answers in item order; `undefined` where not (validly) answered. */
  answers: (number | undefined)[];
  /** Unscored answers by linkId (PHQ-9 difficulty). */
  supplementary: Record<string, number>;
  age?: number;
  sex?: Sex;
  /** The age field held something that is not an age. */
  ageInvalid: boolean;
  /** Scored items without an answer, by linkId. */
  missing: string[];
  /** Everything typed or chosen, by linkId, to fill the form in again. */
  values: Record<string, string>;
  /** Field errors of enabled items, in item order. */
  errors: FieldError[];
  /** Items enabled by the answers (enableWhen). */
  enabled: Set<string>;
}

/** Items as shown: scored ones then the supplementary ones, in one language. */
export function formItems(slug: QuestionnaireSlug, lang: Lang): ResolvedItem[] {
  return resolveItems(instruments[slug], lang);
}

/**
 * Reads a url-encoded form body through the form engine (FHIR items), then maps the answers back to scores.
 * `check` limits the errors to some items (one question at a time).
 */
export function parseQuestionnaireForm(options: {
  slug: QuestionnaireSlug;
  lang: Lang;
  body: unknown;
  check?: ReadonlySet<string>;
}): QuestionnaireFormState {
  const form = formQuestionnaire(options.slug, options.lang, options.lang);
  const parsed = parseFormAnswers({
    items: form.items,
    body: options.body,
    ...(options.check ? { check: options.check } : {}),
  });
  const instrument = instruments[options.slug];
  const answers: (number | undefined)[] = [];
  const supplementary: Record<string, number> = {};
  const missing: string[] = [];
  for (const { item, options: itemOptions, scored } of formItems(options.slug, options.lang)) {
    const answer = parsed.answers.get(item.linkId);
    const code = answer?.type === "coding" ? answer.code : undefined;
    const option = itemOptions.find(
      (o) => answerCoding(instrument, item, o, defaultCanonicalBase).code === code,
    );
    if (scored) {
      answers.push(option?.value);
      if (option === undefined) missing.push(item.linkId);
    } else if (option !== undefined) {
      supplementary[item.linkId] = option.value;
    }
  }
  const age = parsed.answers.get("age");
  const sex = parsed.answers.get("sex");
  const sexValue = sexSchema.safeParse(sex?.type === "coding" ? sex.code : undefined).data;
  return {
    answers,
    supplementary,
    ...(age?.type === "integer" ? { age: age.value } : {}),
    ...(sexValue !== undefined ? { sex: sexValue } : {}),
    ageInvalid: parsed.errors.some((e) => e.linkId === "age"),
    missing,
    values: parsed.values,
    errors: parsed.errors,
    enabled: parsed.enabled,
  };
}

/** The answers when every scored item has one, else `undefined`. */
export function completeAnswers(state: QuestionnaireFormState): number[] | undefined {
  return state.answers.every((a) => a !== undefined) ? state.answers : undefined;
}

/** An empty form's state. */
export function emptyFormState(): QuestionnaireFormState {
  return {
    answers: [],
    supplementary: {},
    ageInvalid: false,
    missing: [],
    values: {},
    errors: [],
    enabled: new Set(),
  };
}

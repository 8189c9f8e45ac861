import { z } from "zod";
import type { Lang } from "../../platform/i18n/lang";
import { type ResolvedItem, resolveItems } from "./fhir-common";
import type { QuestionnaireSlug } from "./instrument-schema";
import { instruments } from "./instruments";
import { type Sex, sexSchema } from "./schemas";

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
}

export const fieldName = (linkId: string): string => `item-${linkId}`;

/** Items as shown: scored ones then the supplementary ones, in one language. */
export function formItems(slug: QuestionnaireSlug, lang: Lang): ResolvedItem[] {
  return resolveItems(instruments[slug], lang);
}

const formBodySchema = z.record(z.string(), z.unknown());

function firstString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/** Reads answers from a url-encoded form body; anything that is not one of the item's options counts as unanswered. */
export function parseQuestionnaireForm(options: {
  slug: QuestionnaireSlug;
  lang: Lang;
  body: unknown;
}): QuestionnaireFormState {
  const parsed = formBodySchema.safeParse(options.body);
  const body = parsed.success ? parsed.data : {};
  const items = formItems(options.slug, options.lang);
  const answers: (number | undefined)[] = [];
  const supplementary: Record<string, number> = {};
  const missing: string[] = [];
  for (const { item, options: itemOptions, scored } of items) {
    const raw = firstString(body[fieldName(item.linkId)]);
    const value = raw !== undefined && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined;
    const valid = value !== undefined && itemOptions.some((o) => o.value === value) ? value : undefined;
    if (scored) {
      answers.push(valid);
      if (valid === undefined) missing.push(item.linkId);
    } else if (valid !== undefined) {
      supplementary[item.linkId] = valid;
    }
  }
  const ageRaw = firstString(body.age)?.trim() ?? "";
  const age = /^\d{1,3}$/.test(ageRaw) && Number(ageRaw) <= 130 ? Number(ageRaw) : undefined;
  const sex = sexSchema.safeParse(firstString(body.sex)).data;
  return {
    answers,
    supplementary,
    ...(age !== undefined ? { age } : {}),
    ...(sex !== undefined ? { sex } : {}),
    ageInvalid: ageRaw !== "" && age === undefined,
    missing,
  };
}

/** The answers when every scored item has one, else `undefined`. */
export function completeAnswers(state: QuestionnaireFormState): number[] | undefined {
  return state.answers.every((a) => a !== undefined) ? state.answers : undefined;
}

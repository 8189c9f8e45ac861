import { z } from "zod";
import { type AnswerMap, type FormAnswer, enabledLinkIds } from "./evaluate-enable-when";
import {
  type FhirAnswerOption,
  type FhirQuestionnaireItem,
  maxValueUrl,
  minValueUrl,
  ordinalValueUrl,
} from "./fhir-schemas";

export type FieldErrorCode =
  "required" | "not-an-integer" | "too-small" | "too-large" | "too-long" | "not-an-option";

/** A field's problem; the page turns it into a sentence in the page language. */
export interface FieldError {
  linkId: string;
  code: FieldErrorCode;
  min?: number;
  max?: number;
  maxLength?: number;
}

// Luukku's own demographic items keep the short names that links and tests already use.
const plainFieldNames: ReadonlySet<string> = new Set(["age", "sex"]);

/** The form field name of an item (also the id of its text input, and the prefix of its radio ids). */
export const fieldName = (linkId: string): string =>
  plainFieldNames.has(linkId) ? linkId : `item-${linkId}`;

export const isQuestion = (item: FhirQuestionnaireItem): boolean =>
  item.type !== "display" && item.readOnly !== true;

function ordinalOf(option: FhirAnswerOption): number | undefined {
  const extension = option.extension?.find((e) => e.url === ordinalValueUrl);
  return extension?.valueDecimal ?? extension?.valueInteger;
}

/** What a radio button posts: the option's score when it has one (forms post scores), else its code or value. */
export function optionValue(option: FhirAnswerOption): string {
  const ordinal = ordinalOf(option);
  if (ordinal !== undefined) return String(ordinal);
  if (option.valueInteger !== undefined) return String(option.valueInteger);
  return option.valueCoding?.code ?? option.valueString ?? "";
}

export function optionLabel(option: FhirAnswerOption): string {
  return option.valueCoding?.display ?? option.valueString ?? String(option.valueInteger ?? "");
}

export function optionAnswer(option: FhirAnswerOption): FormAnswer {
  if (option.valueCoding) {
    const ordinal = ordinalOf(option);
    return {
      type: "coding",
      code: option.valueCoding.code,
      ...(option.valueCoding.system ? { system: option.valueCoding.system } : {}),
      ...(ordinal !== undefined ? { ordinal } : {}),
    };
  }
  if (option.valueInteger !== undefined) return { type: "integer", value: option.valueInteger };
  return { type: "string", value: option.valueString ?? "" };
}

/** An integer item's bounds from the R4 minValue/maxValue extensions. */
export function integerBounds(item: FhirQuestionnaireItem): { min?: number; max?: number } {
  const bound = (url: string) => {
    const e = item.extension?.find((x) => x.url === url);
    return e?.valueInteger ?? e?.valueDecimal;
  };
  const min = bound(minValueUrl);
  const max = bound(maxValueUrl);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** Form value of a boolean item. */
export const booleanValues = { yes: "true", no: "false" } as const;

type Read = { answer: FormAnswer } | { error: Omit<FieldError, "linkId"> } | undefined;

function readField(item: FhirQuestionnaireItem, raw: string): Read {
  if (raw === "") return undefined;
  switch (item.type) {
    case "choice": {
      const option = item.answerOption?.find((o) => optionValue(o) === raw);
      return option ? { answer: optionAnswer(option) } : { error: { code: "not-an-option" } };
    }
    case "integer": {
      const { min, max } = integerBounds(item);
      const bounds = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      if (!/^-?\d{1,9}$/.test(raw)) return { error: { code: "not-an-integer", ...bounds } };
      const value = Number(raw);
      if (min !== undefined && value < min) return { error: { code: "too-small", ...bounds } };
      if (max !== undefined && value > max) return { error: { code: "too-large", ...bounds } };
      return { answer: { type: "integer", value } };
    }
    case "boolean":
      if (raw === booleanValues.yes) return { answer: { type: "boolean", value: true } };
      if (raw === booleanValues.no) return { answer: { type: "boolean", value: false } };
      return { error: { code: "not-an-option" } };
    case "string":
      return item.maxLength !== undefined && Array.from(raw).length > item.maxLength
        ? { error: { code: "too-long", maxLength: item.maxLength } }
        : { answer: { type: "string", value: raw } };
    case "display":
      return undefined;
  }
}

/** What came back from the form: everything typed (to fill it in again), the valid answers and the errors. */
export interface ParsedFormAnswers {
  /** The raw text of every question field, enabled or not, so nothing typed is lost. */
  values: Record<string, string>;
  /** Valid answers of enabled items only: a disabled item's answer is ignored, as R4 says. */
  answers: Map<string, FormAnswer>;
  enabled: Set<string>;
  /** Errors of enabled items in item order (only those in `check` when given). */
  errors: FieldError[];
}

const bodySchema = z.record(z.string(), z.unknown());

function firstString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/**
 * Reads a url-encoded form body against FHIR items. `derive` adds answers computed from others (a PHQ-2 sum that
 * enableWhen can then test); `check` limits the errors to some items (one question at a time).
 */
export function parseFormAnswers(options: {
  items: readonly FhirQuestionnaireItem[];
  body: unknown;
  derive?: (answers: AnswerMap) => Iterable<[string, FormAnswer]>;
  check?: ReadonlySet<string>;
  /** Field names, when a page uses its own prefix. */
  nameOf?: (linkId: string) => string;
}): ParsedFormAnswers {
  const nameOf = options.nameOf ?? fieldName;
  const body = bodySchema.safeParse(options.body).data ?? {};
  const values: Record<string, string> = {};
  const valid = new Map<string, FormAnswer>();
  const problems = new Map<string, Omit<FieldError, "linkId">>();
  for (const item of options.items) {
    if (!isQuestion(item)) continue;
    const raw = firstString(body[nameOf(item.linkId)])?.trim().slice(0, 10_000) ?? "";
    if (raw !== "") values[item.linkId] = raw;
    const read = readField(item, raw);
    if (read && "answer" in read) valid.set(item.linkId, read.answer);
    if (read && "error" in read) problems.set(item.linkId, read.error);
  }
  for (const [linkId, answer] of options.derive?.(valid) ?? []) valid.set(linkId, answer);
  const enabled = enabledLinkIds(options.items, valid);
  const itemIds = new Set(options.items.map((i) => i.linkId));
  const answers = new Map([...valid].filter(([linkId]) => enabled.has(linkId) || !itemIds.has(linkId)));
  const errors: FieldError[] = [];
  for (const item of options.items) {
    if (!isQuestion(item) || !enabled.has(item.linkId)) continue;
    if (options.check && !options.check.has(item.linkId)) continue;
    const problem = problems.get(item.linkId);
    if (problem) errors.push({ linkId: item.linkId, ...problem });
    else if (item.required === true && !answers.has(item.linkId))
      errors.push({ linkId: item.linkId, code: "required" });
  }
  return { values, answers, enabled, errors };
}

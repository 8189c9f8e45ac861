import { z } from "zod";
import { amountToCents } from "./budget-amount";
import {
  type Exercise,
  type ExerciseOf,
  type ExerciseType,
  INTENSITY_MAX,
  INTENSITY_MIN,
  MAX_TEXT_LENGTH,
  RATING_MAX,
  RATING_MIN,
  worryKinds,
} from "./program-schema";

/** Diaries grow over weeks; the cap keeps one stored answer bounded. */
export const MAX_DIARY_ENTRIES = 200;

export const answerErrorCodes = [
  "required",
  "invalid_type",
  "not_integer",
  "too_long",
  "too_many",
  "out_of_range",
  "unknown_id",
  "duplicate",
  "invalid_amount",
  "invalid_value",
] as const;
export type AnswerErrorCode = (typeof answerErrorCodes)[number];

/** One problem in an answer; `path` points into the answer, e.g. ["entries", 2, "intensity"]. */
export interface AnswerError {
  path: (string | number)[];
  code: AnswerErrorCode;
  message: string;
}

function ids(items: { id: string }[]): [string, ...string[]] {
  const [first, ...rest] = items.map((i) => i.id);
  // Exercise schemas guarantee at least one item; the fallback keeps the type honest.
  return [first ?? "", ...rest];
}

const text = (max = MAX_TEXT_LENGTH) => z.string().max(Math.min(max, MAX_TEXT_LENGTH));
const requiredText = () => text().trim().min(1);
const intensity = () => z.int().min(INTENSITY_MIN).max(INTENSITY_MAX);

function knownId(allowed: string[]) {
  const set = new Set(allowed);
  return z.string().refine((v) => set.has(v), {
    message: "unknown id",
    params: { code: "unknown_id" satisfies AnswerErrorCode },
  });
}

function noDuplicates<T>(key: (item: T) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) {
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `duplicate "${k}"`,
          params: { code: "duplicate" satisfies AnswerErrorCode },
        });
      }
      seen.add(k);
    });
  };
}

// Checked by hand rather than z.number(), which would report NaN and Infinity as a type error, not an amount error.
const amount = z.unknown().transform((value, ctx) => {
  if (typeof value !== "number" && (typeof value !== "string" || value.length > 40)) {
    ctx.addIssue({
      code: "custom",
      message: "amount must be a number or a short text",
      params: { code: "invalid_type" satisfies AnswerErrorCode },
    });
    return z.NEVER;
  }
  const parsed = amountToCents(value);
  if (parsed.ok) return parsed.cents;
  ctx.addIssue({
    code: "custom",
    message:
      parsed.problem === "out_of_range"
        ? "amount must be between 0 and 1 000 000"
        : "amount must be a number with at most two decimals",
    params: { code: parsed.problem satisfies AnswerErrorCode },
  });
  return z.NEVER;
});

export function worksheetAnswerSchema(exercise: ExerciseOf<"worksheet">) {
  return z
    .strictObject({ responses: z.partialRecord(z.enum(ids(exercise.prompts)), text(exercise.maxLength)) })
    .transform((v) => ({ type: "worksheet" as const, responses: v.responses as Record<string, string> }));
}

export function checklistAnswerSchema(exercise: ExerciseOf<"checklist">) {
  return z
    .strictObject({
      checked: z
        .array(knownId(ids(exercise.items)))
        .max(exercise.items.length)
        .superRefine(noDuplicates((id) => id)),
    })
    .transform((v) => ({ type: "checklist" as const, checked: v.checked }));
}

export function ratingAnswerSchema(exercise: ExerciseOf<"rating">) {
  const shape: Record<string, z.ZodOptional<z.ZodInt>> = {};
  for (const scale of exercise.scales) shape[scale.id] = z.int().min(scale.min).max(scale.max).optional();
  return z
    .strictObject({ values: z.strictObject(shape) })
    .transform((v) => ({ type: "rating" as const, values: v.values as Record<string, number> }));
}

export function activityPlannerAnswerSchema(exercise: ExerciseOf<"activity-planner">) {
  const cell = z.strictObject({
    day: knownId(ids(exercise.days)),
    slot: knownId(ids(exercise.slots)),
    activity: requiredText(),
    done: z.boolean().optional(),
    /** How the activity felt afterwards, 0–10: the feedback loop of behavioural activation. */
    mood: z.int().min(RATING_MIN).max(RATING_MAX).optional(),
  });
  return z
    .strictObject({
      cells: z
        .array(cell)
        .max(exercise.days.length * exercise.slots.length)
        .superRefine(noDuplicates((c) => `${c.day}/${c.slot}`)),
    })
    .transform((v) => ({ type: "activity-planner" as const, cells: v.cells }));
}

export function thoughtDiaryAnswerSchema(_exercise: ExerciseOf<"thought-diary">) {
  const entry = z.strictObject({
    situation: requiredText(),
    thought: requiredText(),
    feeling: requiredText(),
    intensity: intensity(),
    alternativeThought: text().optional(),
  });
  return z
    .strictObject({ entries: z.array(entry).max(MAX_DIARY_ENTRIES) })
    .transform((v) => ({ type: "thought-diary" as const, entries: v.entries }));
}

export function worryDiaryAnswerSchema(_exercise: ExerciseOf<"worry-diary">) {
  const entry = z.strictObject({
    situation: text().optional(),
    worry: requiredText(),
    intensity: intensity(),
    kind: z.enum(worryKinds).optional(),
    nextStep: text().optional(),
  });
  return z
    .strictObject({ entries: z.array(entry).max(MAX_DIARY_ENTRIES) })
    .transform((v) => ({ type: "worry-diary" as const, entries: v.entries }));
}

export function budgetAnswerSchema(exercise: ExerciseOf<"budget">) {
  return z
    .strictObject({
      income: z.partialRecord(z.enum(ids(exercise.income)), amount),
      costs: z.partialRecord(z.enum(ids(exercise.costs)), amount),
    })
    .transform((v) => ({
      type: "budget" as const,
      income: v.income as Record<string, number>,
      costs: v.costs as Record<string, number>,
    }));
}

export type WorksheetAnswer = z.output<ReturnType<typeof worksheetAnswerSchema>>;
export type ChecklistAnswer = z.output<ReturnType<typeof checklistAnswerSchema>>;
export type RatingAnswer = z.output<ReturnType<typeof ratingAnswerSchema>>;
export type ActivityPlannerAnswer = z.output<ReturnType<typeof activityPlannerAnswerSchema>>;
export type ThoughtDiaryAnswer = z.output<ReturnType<typeof thoughtDiaryAnswerSchema>>;
export type WorryDiaryAnswer = z.output<ReturnType<typeof worryDiaryAnswerSchema>>;
/** Budget amounts are integer cents after validation. */
export type BudgetAnswer = z.output<ReturnType<typeof budgetAnswerSchema>>;
export type ExerciseAnswer =
  | WorksheetAnswer
  | ChecklistAnswer
  | RatingAnswer
  | ActivityPlannerAnswer
  | ThoughtDiaryAnswer
  | WorryDiaryAnswer
  | BudgetAnswer;
export type AnswerOf<T extends ExerciseType> = Extract<ExerciseAnswer, { type: T }>;

export type AnswerValidation<T extends ExerciseType> =
  { ok: true; answer: AnswerOf<T> } | { ok: false; errors: AnswerError[] };

// Exercises come from the loaded catalogue and never change: one schema each, built on first use, not per save.
const schemaCache = new WeakMap<Exercise, z.ZodType<ExerciseAnswer>>();

function answerSchemaFor(exercise: Exercise): z.ZodType<ExerciseAnswer> {
  let schema = schemaCache.get(exercise);
  if (!schema) {
    schema = buildAnswerSchema(exercise);
    schemaCache.set(exercise, schema);
  }
  return schema;
}

function buildAnswerSchema(exercise: Exercise): z.ZodType<ExerciseAnswer> {
  switch (exercise.type) {
    case "worksheet":
      return worksheetAnswerSchema(exercise);
    case "checklist":
      return checklistAnswerSchema(exercise);
    case "rating":
      return ratingAnswerSchema(exercise);
    case "activity-planner":
      return activityPlannerAnswerSchema(exercise);
    case "thought-diary":
      return thoughtDiaryAnswerSchema(exercise);
    case "worry-diary":
      return worryDiaryAnswerSchema(exercise);
    case "budget":
      return budgetAnswerSchema(exercise);
  }
}

function toAnswerErrors(issue: z.core.$ZodIssue): AnswerError[] {
  const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  const one = (code: AnswerErrorCode): AnswerError[] => [{ path, code, message: issue.message }];
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return one("required");
      return one(
        issue.expected === "int" && typeof issue.input === "number" ? "not_integer" : "invalid_type",
      );
    case "too_big":
      if (issue.origin === "string") return one("too_long");
      if (issue.origin === "array") return one("too_many");
      return one("out_of_range");
    case "too_small":
      return one(issue.origin === "string" || issue.origin === "array" ? "required" : "out_of_range");
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: "unknown_id",
        message: `unknown id "${key}"`,
      }));
    case "custom": {
      const code: unknown = issue.params?.code;
      return one(
        answerErrorCodes.includes(code as AnswerErrorCode) ? (code as AnswerErrorCode) : "invalid_value",
      );
    }
    case "invalid_format":
    case "not_multiple_of":
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "invalid_value":
      return one("invalid_value");
  }
}

/**
 * Checks a person's answer to one exercise against that exercise's definition: known ids only, texts at most
 * 4000 characters (or the worksheet's maxLength), ratings and intensities in range, budget amounts 0–1 000 000
 * with up to two decimals (returned as integer cents).
 */
export function validateExerciseAnswer<E extends Exercise>({
  exercise,
  answer,
}: {
  exercise: E;
  answer: unknown;
}): AnswerValidation<E["type"]> {
  const result = answerSchemaFor(exercise).safeParse(answer, { reportInput: true });
  if (result.success) return { ok: true, answer: result.data as AnswerOf<E["type"]> };
  return { ok: false, errors: result.error.issues.flatMap(toAnswerErrors) };
}

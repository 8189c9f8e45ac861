import type { Exercise } from "./program-schema";
import { centsToDecimalString } from "./budget-amount";
import type { AnswerError, ExerciseAnswer } from "./validate-exercise-answer";

/** A url-encoded form body as @fastify/formbody gives it: repeated names become arrays. */
export type FormValues = Record<string, string | string[] | undefined>;

const isText = (value: unknown): value is string | string[] =>
  typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

/** The first text of a form value; anything that is not text (a body parsed as JSON, say) counts as absent. */
export const first = (value: unknown): string | undefined =>
  typeof value === "string"
    ? value
    : Array.isArray(value) && typeof value[0] === "string"
      ? value[0]
      : undefined;
const all = (value: unknown): string[] => (isText(value) ? [value].flat() : []);

/**
 * Splits a parsed request body into the text values a form can send and the names whose value is something
 * else (numbers, objects, lists with non-text in them), which the caller reports as a validation error.
 */
export function readFormValues(body: unknown): { values: FormValues; notText: string[] } {
  const values: FormValues = {};
  const notText: string[] = [];
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { values, notText };
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (isText(value)) values[name] = value;
    else notText.push(name);
  }
  return { values, notText };
}

const diaryColumns = {
  "thought-diary": ["situation", "thought", "feeling", "intensity", "alternativeThought"],
  "worry-diary": ["situation", "worry", "intensity", "kind", "nextStep"],
} as const;

export interface FormAnswer {
  /** The answer to validate; shapes match validateExerciseAnswer's input. */
  answer: unknown;
  /** Planner cells in answer order, so an error at cells[i] finds its input. */
  cellKeys: string[];
  /** Index of the diary entry this form added, when it added one. */
  newEntryIndex?: number;
  /** Form names whose value was not text: the answer leaves them out and the caller answers 400. */
  notText: string[];
}

function number(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Builds an exercise answer from the no-JavaScript form. Diaries append the new entry to what was saved before
 * (and drop entries ticked for removal); everything else is the whole answer.
 */
export function answerFromForm(options: {
  exercise: Exercise;
  form: unknown;
  previous?: ExerciseAnswer;
}): FormAnswer {
  const { values, notText } = readFormValues(options.form);
  return { ...buildAnswer(options.exercise, values, options.previous), notText };
}

function buildAnswer(
  exercise: Exercise,
  form: FormValues,
  previousAnswer: ExerciseAnswer | undefined,
): Omit<FormAnswer, "notText"> {
  const previous = previousAnswer?.type === exercise.type ? previousAnswer : undefined;
  switch (exercise.type) {
    case "worksheet": {
      const responses: Record<string, string> = {};
      for (const p of exercise.prompts) {
        const value = first(form[`r.${p.id}`]);
        if (value !== undefined && value.trim() !== "") responses[p.id] = value;
      }
      return { answer: { responses }, cellKeys: [] };
    }
    case "checklist":
      return { answer: { checked: all(form.checked) }, cellKeys: [] };
    case "rating": {
      const values: Record<string, number | string> = {};
      for (const s of exercise.scales) {
        const value = first(form[`v.${s.id}`]);
        if (value !== undefined && value !== "") values[s.id] = number(value);
      }
      return { answer: { values }, cellKeys: [] };
    }
    case "activity-planner": {
      const cells: { day: string; slot: string; activity: string; done?: boolean; mood?: number | string }[] =
        [];
      const cellKeys: string[] = [];
      for (const d of exercise.days) {
        for (const s of exercise.slots) {
          const activity = first(form[`a.${d.id}.${s.id}`]) ?? "";
          if (activity.trim() === "") continue;
          const done = first(form[`d.${d.id}.${s.id}`]) !== undefined;
          const mood = first(form[`m.${d.id}.${s.id}`])?.trim() ?? "";
          cells.push({
            day: d.id,
            slot: s.id,
            activity,
            ...(done ? { done } : {}),
            ...(mood !== "" ? { mood: number(mood) } : {}),
          });
          cellKeys.push(`${d.id}.${s.id}`);
        }
      }
      return { answer: { cells }, cellKeys };
    }
    case "thought-diary":
    case "worry-diary": {
      const remove = new Set(all(form.remove));
      const kept = (previous && "entries" in previous ? previous.entries : []).filter(
        (_entry, i) => !remove.has(String(i)),
      );
      const entry: Record<string, string | number> = {};
      for (const column of diaryColumns[exercise.type]) {
        const value = first(form[`n.${column}`]);
        if (value === undefined || value.trim() === "") continue;
        entry[column] = column === "intensity" ? number(value) : value;
      }
      if (Object.keys(entry).length === 0) return { answer: { entries: kept }, cellKeys: [] };
      return { answer: { entries: [...kept, entry] }, cellKeys: [], newEntryIndex: kept.length };
    }
    case "budget": {
      const income: Record<string, string> = {};
      const costs: Record<string, string> = {};
      for (const l of exercise.income) {
        const value = first(form[`i.${l.id}`]);
        if (value !== undefined && value.trim() !== "") income[l.id] = value;
      }
      for (const l of exercise.costs) {
        const value = first(form[`c.${l.id}`]);
        if (value !== undefined && value.trim() !== "") costs[l.id] = value;
      }
      return { answer: { income, costs }, cellKeys: [] };
    }
  }
}

/** The form field an answer error belongs to, for aria-describedby; undefined for errors of the whole answer. */
export function fieldOfError(exercise: Exercise, error: AnswerError, built: FormAnswer): string | undefined {
  const [head, second, third] = error.path;
  switch (exercise.type) {
    case "worksheet":
      return head === "responses" && typeof second === "string" ? `r.${second}` : undefined;
    case "checklist":
      return "checked";
    case "rating":
      return head === "values" && typeof second === "string" ? `v.${second}` : undefined;
    case "activity-planner": {
      const key = typeof second === "number" ? built.cellKeys[second] : undefined;
      if (!key) return undefined;
      return third === "mood" ? `m.${key}` : `a.${key}`;
    }
    case "thought-diary":
    case "worry-diary":
      return second === built.newEntryIndex && typeof third === "string" ? `n.${third}` : undefined;
    case "budget":
      if (typeof second !== "string") return undefined;
      return head === "income" ? `i.${second}` : head === "costs" ? `c.${second}` : undefined;
  }
}

/** A saved answer as form values, to fill the form again. */
export function formValuesFromAnswer(answer: ExerciseAnswer | undefined): FormValues {
  const values: FormValues = {};
  if (!answer) return values;
  switch (answer.type) {
    case "worksheet":
      for (const [id, text] of Object.entries(answer.responses)) values[`r.${id}`] = text;
      break;
    case "checklist":
      values.checked = answer.checked;
      break;
    case "rating":
      for (const [id, v] of Object.entries(answer.values)) values[`v.${id}`] = String(v);
      break;
    case "activity-planner":
      for (const c of answer.cells) {
        values[`a.${c.day}.${c.slot}`] = c.activity;
        if (c.done) values[`d.${c.day}.${c.slot}`] = "on";
        if (c.mood !== undefined) values[`m.${c.day}.${c.slot}`] = String(c.mood);
      }
      break;
    case "thought-diary":
    case "worry-diary":
      break;
    case "budget":
      for (const [id, cents] of Object.entries(answer.income))
        values[`i.${id}`] = centsToDecimalString(cents).replace(".", ",");
      for (const [id, cents] of Object.entries(answer.costs))
        values[`c.${id}`] = centsToDecimalString(cents).replace(".", ",");
      break;
  }
  return values;
}

/**
 * The island sends an answer as JSON, not as form fields: this gives it the same field bookkeeping the form
 * reader keeps (planner cells by day and slot, the diary's newest entry), so its errors name their fields too.
 */
export function formAnswerOfJson(answer: unknown): FormAnswer {
  const record = (answer ?? {}) as { cells?: unknown; entries?: unknown };
  const cells = Array.isArray(record.cells) ? (record.cells as { day?: unknown; slot?: unknown }[]) : [];
  const entries = Array.isArray(record.entries) ? record.entries : [];
  return {
    answer,
    cellKeys: cells.map((c) => `${String(c.day)}.${String(c.slot)}`),
    ...(entries.length > 0 ? { newEntryIndex: entries.length - 1 } : {}),
    notText: [],
  };
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeProgramFixture } from "./make-program-fixture";
import type { Exercise, ExerciseOf, ExerciseType } from "./program-schema";
import { type AnswerError, validateExerciseAnswer } from "./validate-exercise-answer";

const exercises = makeProgramFixture().parts.flatMap((p) => p.modules.flatMap((m) => m.exercises));
function exerciseOf<T extends ExerciseType>(type: T): ExerciseOf<T> {
  const found = exercises.find((e): e is ExerciseOf<T> => e.type === type);
  if (!found) throw new Error(`fixture has no ${type}`);
  return found;
}
const worksheet = exerciseOf("worksheet");
const checklist = exerciseOf("checklist");
const rating = exerciseOf("rating");
const planner = exerciseOf("activity-planner");
const thoughts = exerciseOf("thought-diary");
const worries = exerciseOf("worry-diary");
const budget = exerciseOf("budget");

function errorsOf(exercise: Exercise, answer: unknown): Pick<AnswerError, "path" | "code">[] {
  const result = validateExerciseAnswer({ exercise, answer });
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

describe("validateExerciseAnswer: worksheet", () => {
  it("accepts answers to known prompts and returns them typed", () => {
    const result = validateExerciseAnswer({ exercise: worksheet, answer: { responses: { first: "Hello" } } });
    expect(result).toEqual({ ok: true, answer: { type: "worksheet", responses: { first: "Hello" } } });
  });

  it("rejects unknown prompts, non-strings and texts over maxLength", () => {
    expect(errorsOf(worksheet, { responses: { third: "x" } })).toEqual([
      { path: ["responses", "third"], code: "unknown_id" },
    ]);
    expect(errorsOf(worksheet, { responses: { first: 5 } })).toEqual([
      { path: ["responses", "first"], code: "invalid_type" },
    ]);
    expect(errorsOf(worksheet, {})).toEqual([{ path: ["responses"], code: "required" }]);
    expect(errorsOf(worksheet, "text")).toEqual([{ path: [], code: "invalid_type" }]);
  });

  it("accepts exactly up to maxLength characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1200 }), (text) => {
        const ok = validateExerciseAnswer({
          exercise: worksheet,
          answer: { responses: { second: text } },
        }).ok;
        return ok === text.length <= worksheet.maxLength;
      }),
    );
  });

  it("never allows more than 4000 characters even if maxLength were larger", () => {
    const big = { ...worksheet, maxLength: 9000 };
    expect(errorsOf(big, { responses: { first: "a".repeat(4001) } })).toEqual([
      { path: ["responses", "first"], code: "too_long" },
    ]);
    expect(errorsOf(big, { responses: { first: "a".repeat(4000) } })).toEqual([]);
  });
});

describe("validateExerciseAnswer: checklist", () => {
  it("accepts known unique ids", () => {
    expect(validateExerciseAnswer({ exercise: checklist, answer: { checked: ["a", "c"] } })).toEqual({
      ok: true,
      answer: { type: "checklist", checked: ["a", "c"] },
    });
    expect(errorsOf(checklist, { checked: [] })).toEqual([]);
  });

  it("rejects unknown and duplicate ids", () => {
    expect(errorsOf(checklist, { checked: ["a", "zz"] })).toEqual([
      { path: ["checked", 1], code: "unknown_id" },
    ]);
    expect(errorsOf(checklist, { checked: ["b", "b"] })).toEqual([
      { path: ["checked", 1], code: "duplicate" },
    ]);
  });
});

describe("validateExerciseAnswer: rating", () => {
  it("accepts integers inside each scale's range and rejects everything else (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), (mood, energy) => {
        const ok = validateExerciseAnswer({ exercise: rating, answer: { values: { mood, energy } } }).ok;
        return ok === (mood >= 0 && mood <= 10 && energy >= 1 && energy <= 5);
      }),
    );
  });

  it("gives typed errors for fractions, ranges and unknown scales", () => {
    expect(errorsOf(rating, { values: { mood: 4.5 } })).toEqual([
      { path: ["values", "mood"], code: "not_integer" },
    ]);
    expect(errorsOf(rating, { values: { mood: 11 } })).toEqual([
      { path: ["values", "mood"], code: "out_of_range" },
    ]);
    expect(errorsOf(rating, { values: { sleep: 3 } })).toEqual([
      { path: ["values", "sleep"], code: "unknown_id" },
    ]);
  });
});

describe("validateExerciseAnswer: activity planner", () => {
  it("accepts planned activities in known cells", () => {
    const answer = {
      cells: [
        { day: "mon", slot: "morning", activity: "Walk", done: true, mood: 6 },
        { day: "tue", slot: "evening", activity: "Call a friend" },
      ],
    };
    const result = validateExerciseAnswer({ exercise: planner, answer });
    expect(result.ok && result.answer.cells).toEqual(answer.cells);
  });

  it("rejects unknown days, duplicate cells, empty activities and mood outside 0–10", () => {
    expect(errorsOf(planner, { cells: [{ day: "sun", slot: "morning", activity: "x" }] })).toEqual([
      { path: ["cells", 0, "day"], code: "unknown_id" },
    ]);
    const cell = { day: "mon", slot: "morning", activity: "x" };
    expect(errorsOf(planner, { cells: [cell, cell] })).toEqual([{ path: ["cells", 1], code: "duplicate" }]);
    expect(errorsOf(planner, { cells: [{ ...cell, activity: "  " }] })).toEqual([
      { path: ["cells", 0, "activity"], code: "required" },
    ]);
    expect(errorsOf(planner, { cells: [{ ...cell, mood: 12 }] })).toEqual([
      { path: ["cells", 0, "mood"], code: "out_of_range" },
    ]);
  });
});

describe("validateExerciseAnswer: diaries", () => {
  const thought = {
    situation: "Meeting",
    thought: "They think I'm useless",
    feeling: "Shame",
    intensity: 70,
  };

  it("accepts thought-diary entries with intensity 0–100 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 150 }), (intensity) => {
        const ok = validateExerciseAnswer({
          exercise: thoughts,
          answer: { entries: [{ ...thought, intensity }] },
        }).ok;
        return ok === (intensity >= 0 && intensity <= 100);
      }),
    );
  });

  it("rejects a thought-diary entry missing its thought or with too long text", () => {
    const { thought: _omit, ...noThought } = thought;
    expect(errorsOf(thoughts, { entries: [noThought] })).toEqual([
      { path: ["entries", 0, "thought"], code: "required" },
    ]);
    expect(errorsOf(thoughts, { entries: [{ ...thought, alternativeThought: "x".repeat(4001) }] })).toEqual([
      { path: ["entries", 0, "alternativeThought"], code: "too_long" },
    ]);
  });

  it("accepts worry-diary entries and rejects an unknown worry kind", () => {
    expect(
      errorsOf(worries, {
        entries: [{ worry: "Rent", intensity: 80, kind: "practical", nextStep: "Call landlord" }],
      }),
    ).toEqual([]);
    expect(errorsOf(worries, { entries: [{ worry: "Rent", intensity: 80, kind: "maybe" }] })).toEqual([
      { path: ["entries", 0, "kind"], code: "invalid_value" },
    ]);
  });

  it("caps the number of entries", () => {
    const entries = Array.from({ length: 201 }, () => ({ worry: "x", intensity: 1 }));
    expect(errorsOf(worries, { entries })).toEqual([{ path: ["entries"], code: "too_many" }]);
  });
});

describe("validateExerciseAnswer: budget", () => {
  it("turns amounts into integer cents, accepting Finnish and English number formats", () => {
    const result = validateExerciseAnswer({
      exercise: budget,
      answer: { income: { salary: "1 234,56", benefits: 0.29 }, costs: { rent: 650, food: "310.1" } },
    });
    expect(result).toEqual({
      ok: true,
      answer: {
        type: "budget",
        income: { salary: 123456, benefits: 29 },
        costs: { rent: 65000, food: 31010 },
      },
    });
  });

  it.each<[unknown, string]>([
    [-1, "out_of_range"],
    ["1000000.01", "out_of_range"],
    [1e9, "out_of_range"],
    [1.005, "invalid_amount"],
    ["12,345", "invalid_amount"],
    ["abc", "invalid_amount"],
    [Number.NaN, "invalid_amount"],
    [Infinity, "invalid_amount"],
    [true, "invalid_type"],
    [{ euros: 5 }, "invalid_type"],
  ])("rejects %s as %s", (amount, code) => {
    expect(errorsOf(budget, { income: { salary: amount }, costs: {} })).toEqual([
      { path: ["income", "salary"], code },
    ]);
  });

  it("accepts the bounds 0 and 1 000 000 and rejects cost lines under income", () => {
    expect(errorsOf(budget, { income: { salary: 0, benefits: "1000000" }, costs: {} })).toEqual([]);
    expect(errorsOf(budget, { income: { rent: 5 }, costs: {} })).toEqual([
      { path: ["income", "rent"], code: "unknown_id" },
    ]);
  });

  it("accepts any amount with at most two decimals in range (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
        const result = validateExerciseAnswer({
          exercise: budget,
          answer: { income: { salary: text }, costs: {} },
        });
        return result.ok && result.answer.income.salary === cents;
      }),
    );
  });
});

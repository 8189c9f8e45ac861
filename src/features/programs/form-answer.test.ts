import { describe, expect, it } from "vitest";
import { answerFromForm, fieldOfError, first, formValuesFromAnswer, readFormValues } from "./form-answer";
import { makeProgramFixture } from "./make-program-fixture";
import type { Exercise } from "./program-schema";
import { validateExerciseAnswer } from "./validate-exercise-answer";

const exercises = new Map<string, Exercise>(
  makeProgramFixture()
    .parts.flatMap((p) => p.modules)
    .flatMap((m) => m.exercises)
    .map((e) => [e.id, e]),
);
const ex = (id: string): Exercise => {
  const e = exercises.get(id);
  if (!e) throw new Error(id);
  return e;
};

describe("answerFromForm", () => {
  it("reads a budget in Finnish notation into exact cents and back", () => {
    const built = answerFromForm({
      exercise: ex("money-budget"),
      form: { "i.salary": "1 250,50", "c.rent": "700", "c.food": "" },
    });
    const result = validateExerciseAnswer({ exercise: ex("money-budget"), answer: built.answer });
    expect(result).toEqual({
      ok: true,
      answer: { type: "budget", income: { salary: 125050 }, costs: { rent: 70000 } },
    });
    if (result.ok)
      expect(formValuesFromAnswer(result.answer)).toEqual({ "i.salary": "1250,50", "c.rent": "700,00" });
  });

  it("appends a diary entry to the saved ones, drops removed ones, and maps errors to the new entry's fields", () => {
    const previous = {
      type: "worry-diary" as const,
      entries: [
        { worry: "a", intensity: 10 },
        { worry: "b", intensity: 20 },
      ],
    };
    const built = answerFromForm({
      exercise: ex("diaries-worry"),
      form: { remove: "0", "n.worry": "c", "n.intensity": "101" },
      previous,
    });
    expect(built.answer).toEqual({
      entries: [
        { worry: "b", intensity: 20 },
        { worry: "c", intensity: 101 },
      ],
    });
    expect(built.newEntryIndex).toBe(1);
    const result = validateExerciseAnswer({ exercise: ex("diaries-worry"), answer: built.answer });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldOfError(ex("diaries-worry"), e, built))).toEqual(["n.intensity"]);
  });

  it("maps planner cells and rating values to their inputs", () => {
    const planner = answerFromForm({
      exercise: ex("plan-week"),
      form: { "a.mon.morning": "walk", "d.mon.morning": "on", "a.tue.evening": "x".repeat(4001) },
    });
    const result = validateExerciseAnswer({ exercise: ex("plan-week"), answer: planner.answer });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(
        fieldOfError(
          ex("plan-week"),
          result.errors[0] ?? { path: [], code: "required", message: "" },
          planner,
        ),
      ).toBe("a.tue.evening");
    const rating = answerFromForm({ exercise: ex("why-rating"), form: { "v.mood": "4", "v.energy": "2.5" } });
    expect(rating.answer).toEqual({ values: { mood: 4, energy: "2.5" } });
  });

  it("reads how a planned activity felt (0–10) and ties a bad value to its own field", () => {
    const planner = answerFromForm({
      exercise: ex("plan-week"),
      form: {
        "a.mon.morning": "walk",
        "m.mon.morning": "7",
        "a.tue.evening": "call a friend",
        "m.tue.evening": "11",
      },
    });
    expect(planner.answer).toEqual({
      cells: [
        { day: "mon", slot: "morning", activity: "walk", mood: 7 },
        { day: "tue", slot: "evening", activity: "call a friend", mood: 11 },
      ],
    });
    const result = validateExerciseAnswer({ exercise: ex("plan-week"), answer: planner.answer });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldOfError(ex("plan-week"), e, planner))).toEqual(["m.tue.evening"]);
    const saved = {
      type: "activity-planner" as const,
      cells: [{ day: "mon", slot: "morning", activity: "walk", mood: 7 }],
    };
    expect(formValuesFromAnswer(saved)).toEqual({ "a.mon.morning": "walk", "m.mon.morning": "7" });
  });

  it("never throws on a body that is not a form: values that are not text are listed, not read", () => {
    const body = { "r.situation": 5, "r.thought": ["ok"], checked: { a: 1 }, "v.mood": null, exercise: "x" };
    for (const id of exercises.keys()) {
      const built = answerFromForm({ exercise: ex(id), form: body });
      expect(built.notText.sort()).toEqual(["checked", "r.situation", "v.mood"]);
    }
    expect(answerFromForm({ exercise: ex("why-rating"), form: "text" }).notText).toEqual([]);
    expect(readFormValues({ a: "1", b: ["2", 3], c: 4 })).toEqual({
      values: { a: "1" },
      notText: ["b", "c"],
    });
    expect(first(7)).toBeUndefined();
    expect(first([1, "a"])).toBeUndefined();
    expect(first(["a", "b"])).toBe("a");
  });
});

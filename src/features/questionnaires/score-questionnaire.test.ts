import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionnaireSlugs } from "./instrument-schema";
import { scoreQuestionnaire } from "./score-questionnaire";

// An independent reference written from the table in questionnaires.md, not from scoring-rules.ts.
type Sex = "female" | "male" | "other" | undefined;
interface Ref {
  items: number;
  values: (index: number) => number[];
  max: number;
  reference: (
    a: number[],
    sex: Sex,
    age: number | undefined,
  ) => { score: number; band: string; flags: string[] };
}
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
const span = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const bandOf = (bands: [string, number, number][], x: number) => {
  const hit = bands.find(([, lo, hi]) => x >= lo && x <= hi);
  if (!hit) throw new Error(`no band for ${x}`);
  return hit[0];
};

const reference: Record<(typeof questionnaireSlugs)[number], Ref> = {
  "phq-9": {
    items: 9,
    values: () => span(0, 3),
    max: 27,
    reference: (a) => ({
      score: sum(a),
      band: bandOf(
        [
          ["minimal", 0, 4],
          ["mild", 5, 9],
          ["moderate", 10, 14],
          ["moderately-severe", 15, 19],
          ["severe", 20, 27],
        ],
        sum(a),
      ),
      flags: (a[8] ?? 0) >= 1 ? ["suicidal-ideation"] : [],
    }),
  },
  "gad-7": {
    items: 7,
    values: () => span(0, 3),
    max: 21,
    reference: (a) => ({
      score: sum(a),
      band: bandOf(
        [
          ["minimal", 0, 4],
          ["mild", 5, 9],
          ["moderate", 10, 14],
          ["severe", 15, 21],
        ],
        sum(a),
      ),
      flags: [],
    }),
  },
  "audit-c": {
    items: 3,
    values: () => span(0, 4),
    max: 12,
    reference: (a, sex, age) => {
      let limit = sex === "male" ? 6 : 5;
      if (age !== undefined && age >= 65) limit = 4;
      if (age !== undefined && age < 18) limit = 1;
      return {
        score: sum(a),
        band: sum(a) >= limit ? "risky" : "low",
        flags: age !== undefined && age < 18 ? ["minor"] : [],
      };
    },
  },
  audit: {
    items: 10,
    values: (i) => (i >= 8 ? [0, 2, 4] : span(0, 4)),
    max: 40,
    reference: (a) => ({
      score: sum(a),
      band: bandOf(
        [
          ["zone-1", 0, 7],
          ["zone-2", 8, 15],
          ["zone-3", 16, 19],
          ["zone-4", 20, 40],
        ],
        sum(a),
      ),
      flags: (a[3] ?? 0) + (a[4] ?? 0) + (a[5] ?? 0) >= 4 ? ["dependence-symptoms"] : [],
    }),
  },
  "who-5": {
    items: 5,
    values: () => span(0, 5),
    max: 100,
    reference: (a) => ({
      score: sum(a) * 4,
      band: sum(a) >= 13 ? "good" : sum(a) >= 8 ? "poor" : "very-poor",
      flags: sum(a) <= 12 ? ["depression-screen"] : [],
    }),
  },
};

const sexArb = fc.constantFrom<Sex>("female", "male", "other", undefined);
const ageArb = fc.option(fc.integer({ min: 0, max: 130 }), { nil: undefined });
const validAnswers = (ref: Ref) =>
  fc.tuple(...Array.from({ length: ref.items }, (_, i) => fc.constantFrom(...ref.values(i))));

describe.each(questionnaireSlugs)("scoreQuestionnaire %s", (slug) => {
  const ref = reference[slug];

  it("agrees with the reference table for random valid answers and demographics", () => {
    fc.assert(
      fc.property(validAnswers(ref), sexArb, ageArb, (answers, sex, age) => {
        const outcome = scoreQuestionnaire({ slug, answers, sex, age });
        expect(outcome).toEqual({
          ok: true,
          value: { slug, maxScore: ref.max, ...ref.reference(answers, sex, age) },
        });
      }),
      { numRuns: 500 },
    );
  });

  it("rejects the wrong number of answers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 12 }), (answers) => {
        fc.pre(answers.length !== ref.items);
        const outcome = scoreQuestionnaire({ slug, answers });
        expect(outcome.ok ? undefined : outcome.error.code).toBe("invalid-answers");
      }),
    );
  });

  it("rejects an out-of-range or non-integer answer in any position", () => {
    const bad = fc.oneof(
      fc.integer({ min: -1000, max: -1 }),
      fc.integer({ min: 6, max: 1000 }),
      fc.double({ min: 0.01, max: 3.99, noNaN: true }).filter((x) => !Number.isInteger(x)),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "1", null),
    );
    fc.assert(
      fc.property(validAnswers(ref), fc.nat({ max: ref.items - 1 }), bad, (answers, index, value) => {
        const broken: unknown[] = [...answers];
        broken[index] = value;
        const outcome = scoreQuestionnaire({ slug, answers: broken });
        expect(outcome.ok ? undefined : outcome.error.code).toBe("invalid-answers");
      }),
    );
  });

  it("rejects one above the item maximum", () => {
    const answers = Array.from({ length: ref.items }, () => 0);
    answers[0] = Math.max(...ref.values(0)) + 1;
    const outcome = scoreQuestionnaire({ slug, answers });
    expect(outcome.ok ? undefined : outcome.error.code).toBe("invalid-answers");
  });

  it("rejects invalid demographics", () => {
    const answers = Array.from({ length: ref.items }, () => 0);
    for (const demographics of [{ age: 131 }, { age: -1 }, { age: 30.5 }, { sex: "woman" }, { age: "40" }]) {
      const outcome = scoreQuestionnaire({ slug, answers, ...demographics });
      expect(outcome.ok ? undefined : outcome.error.code).toBe("invalid-demographics");
    }
  });
});

describe("scoreQuestionnaire specifics", () => {
  it("accepts only 0, 2 and 4 for AUDIT items 9 and 10", () => {
    for (const index of [8, 9]) {
      for (const value of [0, 1, 2, 3, 4]) {
        const answers = Array.from({ length: 10 }, () => 0);
        answers[index] = value;
        expect(scoreQuestionnaire({ slug: "audit", answers }).ok).toBe(value % 2 === 0);
      }
    }
  });

  it("rejects unknown questionnaires and non-array answers", () => {
    const unknown = scoreQuestionnaire({ slug: "bdi-2", answers: [] });
    expect(unknown.ok ? undefined : unknown.error.code).toBe("unknown-questionnaire");
    const notArray = scoreQuestionnaire({ slug: "phq-9", answers: "0,0,0" });
    expect(notArray.ok ? undefined : notArray.error.code).toBe("invalid-answers");
  });

  it("applies the AUDIT-C limits at their edges", () => {
    const band = (answers: number[], sex?: string, age?: number) => {
      const outcome = scoreQuestionnaire({ slug: "audit-c", answers, sex, age });
      return outcome.ok ? outcome.value.band : outcome.error.code;
    };
    expect(band([2, 2, 1], "male", 40)).toBe("low");
    expect(band([2, 2, 2], "male", 40)).toBe("risky");
    expect(band([2, 2, 0], "female", 40)).toBe("low");
    expect(band([2, 2, 1], "female", 40)).toBe("risky");
    expect(band([2, 2, 1])).toBe("risky");
    expect(band([2, 1, 0], "male", 65)).toBe("low");
    expect(band([2, 2, 0], "male", 65)).toBe("risky");
    expect(band([0, 0, 0], "male", 17)).toBe("low");
    expect(band([1, 0, 0], "male", 17)).toBe("risky");
    expect(band([1, 0, 0], "male", 18)).toBe("low");
  });

  it("reports flags in table order and WHO-5 as raw × 4", () => {
    const who5 = scoreQuestionnaire({ slug: "who-5", answers: [3, 3, 2, 2, 2] });
    expect(who5).toEqual({
      ok: true,
      value: { slug: "who-5", score: 48, maxScore: 100, band: "poor", flags: ["depression-screen"] },
    });
    const audit = scoreQuestionnaire({ slug: "audit", answers: [4, 4, 4, 2, 1, 1, 0, 0, 4, 4] });
    expect(audit).toEqual({
      ok: true,
      value: { slug: "audit", score: 24, maxScore: 40, band: "zone-4", flags: ["dependence-symptoms"] },
    });
  });
});

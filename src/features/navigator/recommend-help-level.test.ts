import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasPresentRisk, recommendHelpLevel } from "./recommend-help-level";
import {
  type HelpNavigatorInput,
  type ReasonCode,
  durations,
  helpNavigatorInputSchema,
  helpRecommendationSchema,
  impacts,
  safetyAnswers,
  worryIds,
} from "./schemas";

const base: HelpNavigatorInput = { worries: ["mood"], duration: "days", impact: "none", safety: "no" };
const phq = (score: number, item9 = 0) => ({ phq: { score, item9 } });

const cases: [string, Partial<HelpNavigatorInput>, number, ReasonCode][] = [
  ["nothing heavy", {}, 1, "information-first"],
  ["no impact for months", { duration: "months" }, 2, "self-care-program"],
  ["some impact for days", { impact: "some" }, 1, "information-first"],
  ["some impact for weeks", { impact: "some", duration: "weeks" }, 2, "self-care-program"],
  ["some impact for months", { impact: "some", duration: "months" }, 3, "persistent-or-impact"],
  ["some impact for long", { impact: "some", duration: "long" }, 3, "persistent-or-impact"],
  ["much impact for days", { impact: "much" }, 3, "persistent-or-impact"],
  ["much impact for months", { impact: "much", duration: "months" }, 4, "lasting-impact"],
  ["cannot cope for days", { impact: "cannot-cope" }, 4, "cannot-cope"],
  ["cannot cope for long", { impact: "cannot-cope", duration: "long" }, 4, "cannot-cope"],
  ["safety now", { safety: "now" }, 6, "crisis-safety-now"],
  ["violence now", { violenceNow: true }, 6, "crisis-violence-now"],
  [
    "PHQ item 9 with thoughts",
    { safety: "sometimes-thoughts", ...phq(4, 1) },
    6,
    "crisis-thoughts-with-phq9",
  ],
  // questionnaires.md: item 9 >= 1 is suicidal ideation, the most urgent level whatever the safety answer.
  ["PHQ item 9 but safety no", phq(4, 1), 6, "crisis-thoughts-with-phq9"],
  ["sometimes thoughts", { safety: "sometimes-thoughts" }, 4, "thoughts-of-death"],
  ["safety now and violence now", { safety: "now", violenceNow: true }, 6, "crisis-safety-now"],
  [
    "violence now and PHQ item 9",
    { violenceNow: true, safety: "sometimes-thoughts", ...phq(9, 2) },
    6,
    "crisis-violence-now",
  ],
  ["PHQ minimal", phq(3), 1, "information-first"],
  ["PHQ mild", phq(7), 2, "mild-symptoms"],
  ["PHQ moderate", phq(12), 4, "moderate-symptoms"],
  ["PHQ moderately severe", phq(17), 4, "severe-symptoms"],
  ["PHQ severe", phq(22), 4, "severe-symptoms"],
  ["GAD mild", { gad: { score: 6 } }, 2, "mild-symptoms"],
  ["GAD moderate", { gad: { score: 11 } }, 4, "moderate-symptoms"],
  ["GAD severe", { gad: { score: 16 } }, 4, "severe-symptoms"],
  // PHQ-2/GAD-2 ≥ 3 opened the full instrument and it was finished: the full score decides.
  ["PHQ-2 4 → full PHQ-9 16", { impact: "some", ...phq(16) }, 4, "severe-symptoms"],
  ["GAD-2 3 → full GAD-7 8", { impact: "some", duration: "weeks", gad: { score: 8 } }, 2, "mild-symptoms"],
  ["GAD-2 3 → full GAD-7 4", { gad: { score: 4 } }, 1, "information-first"],
  // Unfinished PHQ-9 with item 9 answered: the answered sum is a lower bound, item 9 still counts.
  [
    "PHQ-9 unfinished, item 9 = 1, thoughts",
    { safety: "sometimes-thoughts", ...phq(5, 1) },
    6,
    "crisis-thoughts-with-phq9",
  ],
  ["AUDIT-C risky", { worries: ["substances"], auditC: { score: 7, band: "risky" } }, 3, "risky-drinking"],
  ["AUDIT-C low", { auditC: { score: 2, band: "low" } }, 1, "information-first"],
  ["money, much impact", { worries: ["money"], impact: "much" }, 4, "social-work"],
  ["money, some impact", { worries: ["money"], impact: "some", duration: "weeks" }, 2, "self-care-program"],
  ["housing, cannot cope", { worries: ["housing"], impact: "cannot-cope" }, 4, "cannot-cope"],
  ["violence worry, no impact", { worries: ["violence"] }, 3, "violence-or-child-concern"],
  ["child concern, much impact", { worries: ["child-concern"], impact: "much" }, 4, "social-work"],
  ["substances, much impact", { worries: ["substances"], impact: "much" }, 4, "substance-services"],
  ["gambling, some impact", { worries: ["gambling"], impact: "some" }, 1, "information-first"],
  ["in care, PHQ severe", { alreadyInCare: true, ...phq(22) }, 5, "care-team-severe"],
  ["in care, cannot cope", { alreadyInCare: true, impact: "cannot-cope" }, 5, "care-team-severe"],
  [
    "in care, much for long",
    { alreadyInCare: true, impact: "much", duration: "long" },
    5,
    "care-team-severe",
  ],
  ["in care, nothing heavy", { alreadyInCare: true }, 1, "information-first"],
  ["in care, safety now", { alreadyInCare: true, safety: "now" }, 6, "crisis-safety-now"],
  [
    "in care, sometimes thoughts",
    { alreadyInCare: true, safety: "sometimes-thoughts" },
    5,
    "care-team-severe",
  ],
  ["in care, PHQ moderate", { alreadyInCare: true, ...phq(12) }, 4, "moderate-symptoms"],
  ["no worries picked", { worries: [] }, 1, "information-first"],
  [
    "money and substances, much for months",
    { worries: ["money", "substances"], impact: "much", duration: "months" },
    4,
    "social-work",
  ],
  ["loneliness, no impact for long", { worries: ["loneliness"], duration: "long" }, 2, "self-care-program"],
  [
    "GAD severe, much for weeks",
    { impact: "much", duration: "weeks", gad: { score: 16 } },
    4,
    "severe-symptoms",
  ],
  ["PHQ moderate, cannot cope", { impact: "cannot-cope", ...phq(12) }, 4, "cannot-cope"],
  [
    "municipality does not change the level",
    { municipality: "091", impact: "some", duration: "months" },
    3,
    "persistent-or-impact",
  ],
];

describe("recommendHelpLevel table", () => {
  const rows = cases.map(([name, overrides, level, firstReason]) => ({
    name,
    overrides,
    level,
    firstReason,
  }));
  it.each(rows)("$name → level $level", ({ overrides, level, firstReason }) => {
    const input = helpNavigatorInputSchema.parse({ ...base, ...overrides });
    const result = recommendHelpLevel(input);
    expect(result.level).toBe(level);
    expect(result.reasons[0]).toBe(firstReason);
  });

  it("tells someone in care at a lower level to talk to their team", () => {
    expect(recommendHelpLevel({ ...base, alreadyInCare: true }).reasons).toEqual([
      "information-first",
      "already-in-care",
    ]);
  });
});

const phqArb = fc
  .integer({ min: 0, max: 27 })
  .chain((score) =>
    fc.record({ score: fc.constant(score), item9: fc.integer({ min: 0, max: Math.min(3, score) }) }),
  );
const inputArb: fc.Arbitrary<HelpNavigatorInput> = fc.record(
  {
    worries: fc.uniqueArray(fc.constantFrom(...worryIds), { maxLength: 5 }),
    duration: fc.constantFrom(...durations),
    impact: fc.constantFrom(...impacts),
    safety: fc.constantFrom(...safetyAnswers),
    violenceNow: fc.boolean(),
    phq: phqArb,
    gad: fc.record({ score: fc.integer({ min: 0, max: 21 }) }),
    auditC: fc.record({
      score: fc.integer({ min: 0, max: 12 }),
      band: fc.constantFrom("low" as const, "risky" as const),
    }),
    alreadyInCare: fc.boolean(),
  },
  { requiredKeys: ["worries", "duration", "impact", "safety"] },
);

describe("recommendHelpLevel properties", () => {
  it("more impact never lowers the level", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...impacts), fc.constantFrom(...impacts), (input, a, b) => {
        const [lo, hi] = impacts.indexOf(a) <= impacts.indexOf(b) ? [a, b] : [b, a];
        expect(recommendHelpLevel({ ...input, impact: hi }).level).toBeGreaterThanOrEqual(
          recommendHelpLevel({ ...input, impact: lo }).level,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("longer duration never lowers the level", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...durations), fc.constantFrom(...durations), (input, a, b) => {
        const [lo, hi] = durations.indexOf(a) <= durations.indexOf(b) ? [a, b] : [b, a];
        expect(recommendHelpLevel({ ...input, duration: hi }).level).toBeGreaterThanOrEqual(
          recommendHelpLevel({ ...input, duration: lo }).level,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("adding any present-risk sign always gives 6 with a crisis reason first", () => {
    const crisis: ReasonCode[] = ["crisis-safety-now", "crisis-violence-now", "crisis-thoughts-with-phq9"];
    const addRisk = [
      (i: HelpNavigatorInput): HelpNavigatorInput => ({ ...i, safety: "now" }),
      (i: HelpNavigatorInput): HelpNavigatorInput => ({ ...i, violenceNow: true }),
      (i: HelpNavigatorInput): HelpNavigatorInput => ({
        ...i,
        safety: i.safety === "no" ? "sometimes-thoughts" : i.safety,
        phq: { score: Math.max(i.phq?.score ?? 1, 1), item9: Math.max(i.phq?.item9 ?? 1, 1) },
      }),
    ];
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...addRisk), (input, add) => {
        const result = recommendHelpLevel(add(input));
        expect(result.level).toBe(6);
        expect(crisis).toContain(result.reasons[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives 6 only for present risk, 5 only to people already in care, and a well-formed result", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = recommendHelpLevel(input);
        expect(helpRecommendationSchema.safeParse(result).success).toBe(true);
        expect(result.level === 6).toBe(hasPresentRisk(input));
        if (result.level === 5) expect(input.alreadyInCare).toBe(true);
        expect(new Set(result.reasons).size).toBe(result.reasons.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("helpNavigatorInputSchema", () => {
  it("rejects unknown worries, PHQ item 9 above the total and bad municipality codes", () => {
    expect(helpNavigatorInputSchema.safeParse({ ...base, worries: ["weather"] }).success).toBe(false);
    expect(helpNavigatorInputSchema.safeParse({ ...base, ...phq(0, 1) }).success).toBe(false);
    expect(helpNavigatorInputSchema.safeParse({ ...base, municipality: "Helsinki" }).success).toBe(false);
    expect(helpNavigatorInputSchema.safeParse({ ...base, gad: { score: 22 } }).success).toBe(false);
  });
});

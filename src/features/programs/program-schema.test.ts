import { describe, expect, it } from "vitest";
import { makeProgramFixture } from "./make-program-fixture";
import { type Program, programSchema, ratingScaleSchema } from "./program-schema";

function issues(program: unknown): string[] {
  const result = programSchema.safeParse(program);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

function mutated(change: (p: Program) => void): Program {
  const p = makeProgramFixture();
  change(p);
  return p;
}

describe("programSchema", () => {
  it("accepts a valid program with every exercise type", () => {
    const parsed = programSchema.parse(makeProgramFixture());
    const types = parsed.parts.flatMap((p) => p.modules.flatMap((m) => m.exercises.map((e) => e.type)));
    expect(new Set(types)).toEqual(
      new Set([
        "worksheet",
        "checklist",
        "rating",
        "activity-planner",
        "thought-diary",
        "worry-diary",
        "budget",
      ]),
    );
  });

  it("defaults a rating scale to 0–10", () => {
    expect(ratingScaleSchema.parse({ id: "x", label: "X", minLabel: "a", maxLabel: "b" })).toMatchObject({
      min: 0,
      max: 10,
    });
  });

  it.each<[string, (p: Program) => void, RegExp]>([
    ["weeks above 8", (p) => (p.weeks = 9), /^weeks:/],
    ["weeks below 4", (p) => (p.weeks = 3), /^weeks:/],
    ["short description", (p) => (p.description = "Too short."), /^description:/],
    ["long description", (p) => (p.description = "x".repeat(161)), /^description:/],
    ["non-ascii slug", (p) => (p.slug = "hyvä-olo"), /^slug:/],
    ["upper-case id", (p) => (p.id = "Money"), /^id:/],
    ["parts out of order", (p) => p.parts.reverse(), /must be "information"/],
    ["too few modules", (p) => p.parts[1]?.modules.pop(), /5–8 modules, found 4/],
    [
      "duplicate exercise id across modules",
      (p) => {
        const ex = p.parts[2]?.modules[0]?.exercises[0];
        if (ex) ex.id = "what-notes";
      },
      /duplicate exercise id "what-notes"/,
    ],
    [
      "duplicate module slug",
      (p) => {
        const m = p.parts[2]?.modules[0];
        if (m) m.slug = "what-slug";
      },
      /duplicate module slug/,
    ],
    [
      "worksheet maxLength above 4000",
      (p) => {
        const ex = p.parts[0]?.modules[0]?.exercises[0];
        if (ex?.type === "worksheet") ex.maxLength = 4001;
      },
      /maxLength/,
    ],
    [
      "budget line id used for both income and costs",
      (p) => {
        const ex = p.parts[2]?.modules[0]?.exercises[0];
        if (ex?.type === "budget" && ex.costs[0]) ex.costs[0].id = "salary";
      },
      /duplicate lines id "salary"/,
    ],
  ])("rejects %s", (_name, change, expected) => {
    const found = issues(mutated(change));
    expect(
      found.some((i) => expected.test(i)),
      found.join("\n"),
    ).toBe(true);
  });

  it("rejects a rating scale whose min is not below max or is outside 0–10", () => {
    expect(
      ratingScaleSchema.safeParse({ id: "x", label: "X", min: 5, max: 5, minLabel: "a", maxLabel: "b" })
        .success,
    ).toBe(false);
    expect(
      ratingScaleSchema.safeParse({ id: "x", label: "X", max: 11, minLabel: "a", maxLabel: "b" }).success,
    ).toBe(false);
  });

  it("rejects an unknown exercise type and unknown fields", () => {
    const p = makeProgramFixture() as unknown as {
      parts: { modules: { exercises: Record<string, unknown>[] }[] }[];
    };
    const ex = p.parts[0]?.modules[0]?.exercises[0];
    if (ex) ex.type = "essay";
    expect(issues(p).length).toBeGreaterThan(0);
    expect(issues({ ...makeProgramFixture(), extra: true }).some((i) => i.includes("extra"))).toBe(true);
  });
});

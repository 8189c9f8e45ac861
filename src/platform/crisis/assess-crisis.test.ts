import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { langSchema } from "../i18n/lang";
import { assessCrisis } from "./index";
import { heldOutCrisis, heldOutNonCrisis, type HeldOutMessage } from "./held-out-messages";

const devFile = path.resolve(import.meta.dirname, "../../../../shared/dev-eval/crisis-dev.jsonl");
const devRow = z.object({ lang: langSchema, text: z.string(), crisis: z.boolean() });
const devRows = readFileSync(devFile, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => devRow.parse(JSON.parse(line)));

function measure(crisis: HeldOutMessage[], nonCrisis: HeldOutMessage[]) {
  const missed = crisis.filter((m) => !assessCrisis(m).crisis).map((m) => m.text);
  const flagged = nonCrisis.filter((m) => assessCrisis(m).crisis).map((m) => m.text);
  return {
    missed,
    flagged,
    recall: 1 - missed.length / crisis.length,
    fpRate: flagged.length / nonCrisis.length,
  };
}

describe("assessCrisis on the shared dev set", () => {
  const result = measure(
    devRows.filter((r) => r.crisis),
    devRows.filter((r) => !r.crisis),
  );
  it(`flags every crisis line and at most 10% of the others (recall ${result.recall.toFixed(3)}, FP ${result.fpRate.toFixed(3)})`, () => {
    expect(devRows).toHaveLength(40);
    expect(result.missed).toEqual([]);
    expect(result.fpRate).toBeLessThanOrEqual(0.1);
  });
});

describe("assessCrisis on our own held-out table", () => {
  const result = measure(heldOutCrisis, heldOutNonCrisis);
  it(`flags every crisis message and at most 10% of the others (recall ${result.recall.toFixed(3)}, FP ${result.fpRate.toFixed(3)})`, () => {
    console.info(
      `crisis held-out: ${heldOutCrisis.length} crisis, ${heldOutNonCrisis.length} non-crisis, recall ${result.recall.toFixed(3)}, FP ${result.fpRate.toFixed(3)}`,
    );
    expect(heldOutCrisis.length).toBeGreaterThanOrEqual(120);
    expect(heldOutNonCrisis.length).toBeGreaterThanOrEqual(120);
    expect(result.missed).toEqual([]);
    expect(result.fpRate).toBeLessThanOrEqual(0.1);
  });

  it("covers every category and language", () => {
    for (const category of ["suicide", "self-harm", "violence-now", "child-in-danger", "medical-emergency"]) {
      expect(heldOutCrisis.some((m) => m.category === category)).toBe(true);
    }
    for (const lang of ["fi", "sv", "en"]) {
      expect(heldOutCrisis.filter((m) => m.lang === lang).length).toBeGreaterThanOrEqual(30);
      expect(heldOutNonCrisis.filter((m) => m.lang === lang).length).toBeGreaterThanOrEqual(30);
    }
  });

  it("gives the expected main category for every flagged crisis message", () => {
    const wrong = heldOutCrisis
      .filter((m) => m.category !== undefined && !assessCrisis(m).categories.includes(m.category))
      .map((m) => m.text);
    expect(wrong).toEqual([]);
  });
});

describe("assessCrisis categories and reasons", () => {
  it("names suicide with a short reason, in any language whatever the hint", () => {
    const a = assessCrisis({ text: "jag vill inte leva längre", lang: "fi" });
    expect(a).toEqual({
      crisis: true,
      categories: ["suicide"],
      reasons: ['does not want to live: "inte leva"'],
    });
  });

  it("names violence happening now", () => {
    const a = assessCrisis({ text: "my ex is outside my door and says he'll kill me", lang: "en" });
    expect(a.crisis).toBe(true);
    expect(a.categories).toContain("violence-now");
    expect(a.reasons.some((r) => r.startsWith("death threat"))).toBe(true);
  });

  it("names a child in danger and the violence against them", () => {
    const a = assessCrisis({ text: "isäpuoli hakkaa mun pikkusiskoa", lang: "fi" });
    expect(a.categories).toEqual(["violence-now", "child-in-danger"]);
  });

  it("names self-harm and a medical emergency together", () => {
    const a = assessCrisis({ text: "viilsin ja nyt vuotaa paljon verta", lang: "fi" });
    expect(a.categories).toEqual(["self-harm", "medical-emergency"]);
  });

  it("names an overdose as suicide risk and a medical emergency", () => {
    const a = assessCrisis({ text: "I took like 20 paracetamol an hour ago" });
    expect(a.categories).toEqual(["suicide", "medical-emergency"]);
  });

  it("keeps reasons short and never returns the whole text", () => {
    const text = `${"tämä on pitkä viesti arjesta ".repeat(20)}ja haluan kuolla`;
    const a = assessCrisis({ text });
    expect(a.crisis).toBe(true);
    for (const reason of a.reasons) expect(reason.length).toBeLessThan(80);
  });

  it("returns no categories or reasons when there is no crisis", () => {
    expect(assessCrisis({ text: "kuolen nauruun", lang: "fi" })).toEqual({
      crisis: false,
      categories: [],
      reasons: [],
    });
  });

  it.each([
    ["en ole ajatellut itsemurhaa", false],
    ["en halua elää", true],
    ["I'm not suicidal, just tired", false],
    ["I don't want to live", true],
    ["jag vill inte leva", true],
    ["jag vill inte dö", false],
    ["en tiedä miksi haluan kuolla", true],
    ["I can't stop thinking about killing myself", true],
    ["10 vuotta sitten yritin itsemurhaa, nyt menee hyvin", false],
    ["10 vuotta sitten yritin itsemurhaa ja nyt mietin sitä taas", true],
    ["det här jobbet tar livet av mig", false],
    ["jag ska ta livet av mig", true],
  ])("handles negation, time and idiom: %s", (text, crisis) => {
    expect(assessCrisis({ text }).crisis).toBe(crisis);
  });
});

describe("assessCrisis robustness", () => {
  // Speed is measured in bench/crisis.bench.ts; these check that any input is answered at all.
  it("never throws for arbitrary strings up to 5000 chars", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000, unit: "grapheme" }), (text) => {
        const a = assessCrisis({ text });
        expect(typeof a.crisis).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });

  it("answers adversarial repetitions (a catastrophic regex would hit the test timeout)", () => {
    const nasty = [
      "a".repeat(5000),
      "en ".repeat(1666),
      "kuol".repeat(1250),
      "itse ".repeat(1000),
      "ä,".repeat(2500),
    ];
    for (const text of nasty) expect(typeof assessCrisis({ text }).crisis).toBe("boolean");
  });
});

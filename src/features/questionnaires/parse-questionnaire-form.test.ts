import { describe, expect, it } from "vitest";
import { completeAnswers, parseQuestionnaireForm } from "./parse-questionnaire-form";
import { scaleSegments } from "./score-scale";
import { displayLanguage } from "./display-language";
import { resolveContentLinks } from "./content-links";

describe("parseQuestionnaireForm", () => {
  it("keeps valid answers, drops out-of-range ones and lists what is missing", () => {
    const state = parseQuestionnaireForm({
      slug: "phq-9",
      lang: "en",
      body: {
        "item-phq9-1": "2",
        "item-phq9-2": "7",
        "item-phq9-3": ["1", "3"],
        "item-phq9-difficulty": "phq9-difficulty-1",
        age: "abc",
      },
    });
    expect(state.answers.slice(0, 3)).toEqual([2, undefined, 1]);
    expect(state.missing).toEqual(["phq9-2", ...Array.from({ length: 6 }, (_, i) => `phq9-${i + 4}`)]);
    expect(state.supplementary).toEqual({ "phq9-difficulty": 1 });
    // PHQ-9 asks no age, so an age field is not read at all.
    expect(state.ageInvalid).toBe(false);
    expect(state.errors.map((e) => [e.linkId, e.code])).toEqual([
      ["phq9-2", "not-an-option"],
      ...Array.from({ length: 6 }, (_, i) => [`phq9-${i + 4}`, "required"]),
    ]);
    expect(state.values["phq9-2"]).toBe("7");
    expect(completeAnswers(state)).toBeUndefined();
  });

  it("accepts only 0, 2 and 4 for AUDIT items 9 and 10", () => {
    const body = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`item-audit-${i + 1}`, "1"]));
    const state = parseQuestionnaireForm({ slug: "audit", lang: "en", body });
    expect(state.missing).toEqual(["audit-9", "audit-10"]);
  });

  it("reads age and sex for AUDIT-C", () => {
    const state = parseQuestionnaireForm({
      slug: "audit-c",
      lang: "fi",
      body: { "item-auditc-1": "1", "item-auditc-2": "0", "item-auditc-3": "0", age: " 17 ", sex: "male" },
    });
    expect(completeAnswers(state)).toEqual([1, 0, 0]);
    expect(state).toMatchObject({ age: 17, sex: "male", ageInvalid: false });
  });

  it("gives AUDIT-C's age (an integer item with minValue/maxValue) field errors and keeps the text", () => {
    const answers = { "item-auditc-1": "1", "item-auditc-2": "0", "item-auditc-3": "0" };
    const tooOld = parseQuestionnaireForm({ slug: "audit-c", lang: "en", body: { ...answers, age: "131" } });
    expect(tooOld.errors).toEqual([{ linkId: "age", code: "too-large", min: 0, max: 130 }]);
    expect(tooOld).toMatchObject({ ageInvalid: true, values: { age: "131" } });
    const words = parseQuestionnaireForm({ slug: "audit-c", lang: "en", body: { ...answers, age: "forty" } });
    expect(words.errors[0]?.code).toBe("not-an-integer");
    expect(completeAnswers(words)).toEqual([1, 0, 0]);
  });
});

describe("scaleSegments", () => {
  it("derives the bands from the scoring rules", () => {
    expect(scaleSegments("phq-9")).toEqual([
      { band: "minimal", from: 0, to: 4 },
      { band: "mild", from: 5, to: 9 },
      { band: "moderate", from: 10, to: 14 },
      { band: "moderately-severe", from: 15, to: 19 },
      { band: "severe", from: 20, to: 27 },
    ]);
    expect(scaleSegments("who-5").map((s) => [s.band, s.from, s.to])).toEqual([
      ["very-poor", 0, 28],
      ["poor", 32, 48],
      ["good", 52, 100],
    ]);
    expect(scaleSegments("audit-c", { sex: "male" })).toEqual([
      { band: "low", from: 0, to: 5 },
      { band: "risky", from: 6, to: 12 },
    ]);
    expect(scaleSegments("audit-c", { age: 15 })[0]).toEqual({ band: "low", from: 0, to: 0 });
  });
});

describe("displayLanguage", () => {
  it("keeps an offered language and falls back honestly otherwise", () => {
    expect(displayLanguage("phq-9", "sv")).toBe("sv");
    expect(displayLanguage("phq-9", "fi")).toBe("en");
    expect(displayLanguage("audit-c", "sv")).toBe("fi");
    expect(displayLanguage("who-5", "sv")).toBe("en");
  });
});

describe("resolveContentLinks", () => {
  it("turns article ids into localized URLs from the slug front matter", () => {
    const fi = resolveContentLinks({
      lang: "fi",
      articles: ["depression", "no-such-article"],
      programs: ["low-mood"],
    });
    expect(fi.articles).toEqual([expect.objectContaining({ id: "depression", url: "/fi/tietoa/masennus" })]);
    expect(fi.programs[0]?.url).toBe("/fi/omahoito/mieliala-nousuun");
    expect(resolveContentLinks({ lang: "en", programs: ["youth-inclusion"] }).programs).toEqual([]);
  });
});

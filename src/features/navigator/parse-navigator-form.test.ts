import { recommendHelpLevel } from "./recommend-help-level";
import { describe, expect, it } from "vitest";
import { loadMunicipalities } from "../services/index";
import { type ParsedNavigatorForm, parseNavigatorForm } from "./parse-navigator-form";
import { pickLocalServices } from "./pick-services";

describe("parseNavigatorForm", () => {
  it("builds the navigator input, ignoring unknown worries", () => {
    const parsed = parseNavigatorForm({
      lang: "en",
      body: {
        worry: ["money", "aliens"],
        duration: "weeks",
        impact: "some",
        safety: "no",
        municipality: "837",
        inCare: "yes",
      },
    });
    expect(parsed.input).toEqual({
      worries: ["money"],
      duration: "weeks",
      impact: "some",
      safety: "no",
      alreadyInCare: true,
      municipality: "837",
    });
  });

  it("lists missing required answers and keeps the others", () => {
    const parsed = parseNavigatorForm({ lang: "fi", body: { worry: "sleep", impact: "much" } });
    expect(parsed.input).toBeUndefined();
    expect(parsed.missing).toEqual(["duration", "safety"]);
    expect(parsed.values).toMatchObject({ worries: ["sleep"], impact: "much" });
  });

  it("scores PHQ-2, GAD-2 and AUDIT-C only when complete", () => {
    const parsed = parseNavigatorForm({
      lang: "en",
      body: {
        duration: "days",
        impact: "none",
        safety: "no",
        "short-phq9-1": "3",
        "short-phq9-2": "1",
        "short-gad7-1": "2",
        "short-auditc-1": "4",
        "short-auditc-2": "1",
        "short-auditc-3": "1",
      },
    });
    expect(parsed.phq2).toBe(4);
    expect(parsed.gad2).toBeUndefined();
    expect(parsed.auditC).toEqual({ score: 6, band: "risky" });
    expect(parsed.input?.auditC).toEqual({ score: 6, band: "risky" });
  });
});

describe("PHQ-2/GAD-2 leading into PHQ-9/GAD-7 (enableWhen on the derived sum)", () => {
  const required = { duration: "weeks", impact: "some", safety: "no" };
  const phq = (answers: number[]) =>
    Object.fromEntries(answers.map((a, i) => [`short-phq9-${String(i + 1)}`, String(a)]));
  const gad = (answers: number[]) =>
    Object.fromEntries(answers.map((a, i) => [`short-gad7-${String(i + 1)}`, String(a)]));

  it("opens the rest of PHQ-9 at a PHQ-2 sum of 3, not at 2", () => {
    expect(parseNavigatorForm({ lang: "en", body: { ...required, ...phq([2, 1]) } }).opened).toEqual([
      "phq-9",
    ]);
    expect(parseNavigatorForm({ lang: "en", body: { ...required, ...phq([1, 1]) } }).opened).toEqual([]);
    expect(parseNavigatorForm({ lang: "en", body: { ...required, ...gad([3, 0]) } }).opened).toEqual([
      "gad-7",
    ]);
  });

  it("ignores the rest when the short screen does not open it (disabled items)", () => {
    const parsed = parseNavigatorForm({
      lang: "en",
      body: { ...required, ...phq([1, 1, 3, 3, 3, 3, 3, 3, 3]) },
    });
    expect(parsed.phq9).toBeUndefined();
    expect(parsed.input?.phq).toBeUndefined();
    expect(parsed.values.short["phq9-3"]).toBeUndefined();
  });

  // form answers → what reaches recommendHelpLevel → level
  const table: [string, Record<string, string>, Partial<ParsedNavigatorForm>, number][] = [
    ["PHQ-2 only, 4", phq([2, 2]), { phq2: 4, opened: ["phq-9"] }, 2],
    ["full PHQ-9 = 16", phq([2, 2, 2, 2, 2, 2, 2, 2, 0]), { phq9: 16 }, 4],
    ["full PHQ-9 = 11", phq([2, 1, 1, 1, 1, 1, 2, 2, 0]), { phq9: 11 }, 4],
    ["full PHQ-9 = 7", phq([2, 1, 1, 1, 1, 1, 0, 0, 0]), { phq9: 7 }, 2],
    ["full GAD-7 = 15", gad([3, 3, 3, 3, 3, 0, 0]), { gad7: 15 }, 4],
    ["unfinished PHQ-9 with item 9 (safety no)", { ...phq([2, 1]), "short-phq9-9": "1" }, { phq2: 3 }, 6],
  ];
  it.each(table)("%s", (_name, body, expected, level) => {
    const parsed = parseNavigatorForm({ lang: "en", body: { ...required, ...body } });
    expect(parsed).toMatchObject(expected);
    expect(parsed.input && recommendHelpLevel(parsed.input).level).toBe(level);
  });

  it("passes the full scores on, and item 9 even when PHQ-9 was left unfinished", () => {
    const full = parseNavigatorForm({
      lang: "en",
      body: { ...required, ...phq([2, 2, 2, 2, 2, 2, 2, 2, 1]) },
    });
    expect(full.input?.phq).toEqual({ score: 17, item9: 1 });
    const partial = parseNavigatorForm({
      lang: "en",
      body: { ...required, ...phq([2, 1]), "short-phq9-9": "2" },
    });
    expect(partial.phq9).toBeUndefined();
    expect(partial.input?.phq).toEqual({ score: 5, item9: 2 });
  });
});

describe("pickLocalServices", () => {
  it("returns only services that serve the municipality, topic matches first", () => {
    const tampere = loadMunicipalities().find((m) => m.code === "837");
    if (!tampere) throw new Error("no Tampere");
    const services = pickLocalServices({ municipality: tampere, worries: ["money"], level: 4 });
    expect(services.length).toBeGreaterThan(0);
    expect(services.every((s) => s.county === "PI")).toBe(true);
    expect(services[0]?.topics).toContain("money");
    const urgent = pickLocalServices({ municipality: tampere, worries: [], level: 6 });
    expect(urgent[0]?.helpLevel).toBe(6);
  });
});

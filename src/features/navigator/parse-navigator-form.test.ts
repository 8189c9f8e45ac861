import { describe, expect, it } from "vitest";
import { loadMunicipalities } from "../services/index";
import { parseNavigatorForm } from "./parse-navigator-form";
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

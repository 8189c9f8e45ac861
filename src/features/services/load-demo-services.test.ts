import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serviceKinds } from "./demo-services-schema";
import { loadDemoServices, parseDemoServices, servesMunicipality } from "./load-demo-services";
import { loadMunicipalities } from "./load-municipalities";
import { openingStatus } from "./opening-hours";

const yamlText = readFileSync(
  new URL("../../../content/services/demo-services.yaml", import.meta.url),
  "utf8",
);

describe("demo services", () => {
  const services = loadDemoServices();
  const municipalities = loadMunicipalities();
  const byCode = (code: string) => {
    const m = municipalities.find((x) => x.code === code);
    if (!m) throw new Error(code);
    return m;
  };

  it("covers every kind of service in Pirkanmaa, Varsinais-Suomi and Pohjois-Pohjanmaa, and Helsinki", () => {
    for (const county of ["PI", "VS", "PP"]) {
      expect(new Set(services.filter((s) => s.county === county).map((s) => s.kind)), county).toEqual(
        new Set(serviceKinds),
      );
    }
    expect(services.filter((s) => s.county === "HEL").length).toBeGreaterThanOrEqual(4);
  });

  it("are all flagged demo and carry no phone numbers", () => {
    for (const s of services) {
      expect(s.demo).toBe(true);
      expect(s.name.fi.startsWith("DEMO: ")).toBe(true);
      expect(s.channels.every((c) => c.phone === undefined)).toBe(true);
    }
    expect(yamlText).not.toMatch(/\b0\d{1,3}[ -]?\d{3,}/);
  });

  it("serve the right municipalities, with codes kept as three-digit strings", () => {
    const tampereNurse = services.find((s) => s.id === "demo-pi-mielenterveyshoitaja");
    expect(tampereNurse?.serves).toEqual(["837", "604", "211", "980", "536"]);
    const helYouth = services.find((s) => s.id === "demo-hel-ohjaamo");
    expect(helYouth?.serves).toEqual(["091"]);
    const walkIn = services.find((s) => s.id === "demo-pp-mielipiste");
    if (!walkIn || !tampereNurse) throw new Error("missing");
    expect(servesMunicipality({ service: walkIn, municipality: byCode("009") })).toBe(true); // Alavieska, PP
    expect(servesMunicipality({ service: walkIn, municipality: byCode("837") })).toBe(false);
    expect(servesMunicipality({ service: tampereNurse, municipality: byCode("020") })).toBe(false); // Akaa
  });

  it("have opening hours that work with openingStatus", () => {
    const walkIn = services.find((s) => s.id === "demo-vs-mielipiste");
    if (!walkIn?.openingHours) throw new Error("missing");
    // Wednesday 20 May 2026, 17:00 → open until 18:00.
    expect(openingStatus({ hours: walkIn.openingHours, at: new Date("2026-05-20T17:00:00+03:00") })).toEqual({
      open: true,
      closesAt: new Date("2026-05-20T18:00:00+03:00"),
    });
    expect(walkIn.openingHours.exceptions.map((e) => e.date)).toEqual(["2026-12-31"]);
  });

  it("refuses a municipality outside the county, a phone on a demo and a missing demo flag", () => {
    const broken = yamlText.replace('serves: ["837", "604", "211", "980", "536"]', 'serves: ["837", "853"]');
    expect(() => parseDemoServices({ yaml: broken })).toThrow(/853 is not in county PI/);
    const withPhone = yamlText.replace(
      "      - type: chat\n",
      '      - type: phone\n        phone: "09 123 456"\n',
    );
    expect(() => parseDemoServices({ yaml: withPhone })).toThrow(/no phone numbers/);
    const unflagged = yamlText.replace('fi: "DEMO: Perheneuvola"', 'fi: "Perheneuvola"');
    expect(() => parseDemoServices({ yaml: unflagged })).toThrow(/must say so/);
  });
});

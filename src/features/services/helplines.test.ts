import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { langs } from "../../platform/i18n/lang";
import { helplineTranslations } from "./helpline-translations";
import { crisisContacts, loadHelplines, telHref } from "./helplines";
import { loadCounties, loadMunicipalities } from "./load-municipalities";
import { parseCsv } from "./parse-csv";

const csvText = readFileSync(new URL("../../../seed/helplines.csv", import.meta.url), "utf8");
const csvRows = parseCsv(csvText);
const csvPhones = new Set(csvRows.map((r) => r.phone).filter((p) => p));

/** Time ranges in a text, normalised: "klo 9–13", "9.00–13.00" and "9:00–13:00" all become "9:00-13:00". */
function ranges(text: string): string[] {
  const re = /\b(\d{1,2})(?:[.:](\d{2}))?–(\d{1,2})(?:[.:](\d{2}))?\b/g;
  return [...text.matchAll(re)]
    .map((m) => `${Number(m[1])}:${m[2] ?? "00"}-${Number(m[3])}:${m[4] ?? "00"}`)
    .sort();
}

describe("loadHelplines", () => {
  const helplines = loadHelplines();

  it("skips rows that say NOT FOUND or have no phone and no address", () => {
    const ids = helplines.map((h) => h.id);
    expect(ids).toContain("emergency-112");
    expect(ids).toContain("nollalinja");
    expect(ids).not.toContain("mieli-sote-neuvonta");
    expect(ids).not.toContain("sekasin-chat"); // no phone, chat or web address in the data
    expect(ids).not.toContain("talous-ja-velkaneuvonta");
    expect(helplines).toHaveLength(csvRows.length - 3);
  });

  it("reads quoted fields with commas", () => {
    const kriisi = helplines.find((h) => h.id === "sosiaali-ja-kriisipaivystys");
    expect(kriisi?.audience).toBe(
      "kaikenikäiset; lapset ja nuoret, perheet, ikäihmiset, väkivallan ja äkillisen kriisin kokeneet",
    );
    expect(helplines.find((h) => h.id === "nollalinja")?.languages).toEqual(["fi", "sv", "en"]);
  });

  it("has a name and hours in every language for every row", () => {
    for (const h of helplines) {
      for (const lang of langs) expect(h.names[lang], `${h.id} ${lang}`).not.toBe("");
    }
    const mieliSv = helplines.find((h) => h.id === "mieli-kriisipuhelin-sv");
    expect(mieliSv?.names).toEqual({
      fi: "MIELI Kriisipuhelin (ruotsinkielinen linja)",
      sv: "MIELI rf:s kristelefon (svenskspråkig linje)",
      en: "MIELI Crisis Helpline in Swedish",
    });
  });

  it("translates hours with the same times as the CSV", () => {
    const shown = new Set(helplines.map((h) => h.id));
    for (const row of csvRows.filter((r) => shown.has(r.id ?? ""))) {
      const t = helplineTranslations[row.id ?? ""];
      if (!row.hours_fi) {
        expect(t?.hours, row.id).toBeUndefined();
        continue;
      }
      expect(t?.hours, `${row.id} needs translated hours`).toBeDefined();
      if (!t?.hours) continue;
      const source = new Set(ranges(row.hours_fi));
      for (const r of ranges(t.hours.fi)) expect(source.has(r), `${row.id}: ${r} not in hours_fi`).toBe(true);
      expect(ranges(t.hours.sv), `${row.id} sv`).toEqual(ranges(t.hours.fi));
      expect(ranges(t.hours.en), `${row.id} en`).toEqual(ranges(t.hours.fi));
    }
  });

  it("overrides names only where the CSV has none", () => {
    for (const [id, t] of Object.entries(helplineTranslations)) {
      const row = csvRows.find((r) => r.id === id);
      expect(row, id).toBeDefined();
      if (t.name?.sv) expect(row?.name_sv, `${id} sv`).toBe("");
      if (t.name?.en) expect(row?.name_en, `${id} en`).toBe("");
    }
  });

  it("never carries a number that is not in the CSV", () => {
    for (const h of helplines) if (h.phone) expect(csvPhones.has(h.phone)).toBe(true);
    // Kela's line for authorities must not reach the public.
    expect(JSON.stringify(helplines)).not.toContain("020 692 235");
    expect(JSON.stringify(helplineTranslations)).not.toContain("020 692 235");
  });

  it("makes tel: links", () => {
    expect(telHref("112")).toBe("tel:112");
    expect(telHref("116 111")).toBe("tel:116111");
    expect(telHref("09 2525 0111")).toBe("tel:+358925250111");
  });
});

describe("crisisContacts", () => {
  const helplines = loadHelplines();

  it("orders the Finnish page's contacts", () => {
    const fi = crisisContacts({ lang: "fi", helplines });
    expect(fi.map((c) => c.id)).toEqual([
      "emergency-112",
      "mieli-kriisipuhelin-fi",
      "sosiaali-ja-kriisipaivystys",
      "mll-lasten-ja-nuorten-puhelin",
      "nollalinja",
    ]);
    expect(fi[0]).toMatchObject({ name: "Hätänumero 112", phone: "112", tel: "tel:112" });
    expect(fi[1]).toMatchObject({
      phone: "09 2525 0111",
      hours: "Ympäri vuorokauden, joka päivä (suomeksi).",
    });
  });

  it("gives Swedish pages the Swedish lines with the 24/7 Finnish line as fallback", () => {
    const sv = crisisContacts({ lang: "sv", helplines });
    expect(sv.map((c) => c.id).slice(0, 4)).toEqual([
      "emergency-112",
      "mieli-kriisipuhelin-sv",
      "mieli-kriisipuhelin-fi",
      "sosiaali-ja-kriisipaivystys",
    ]);
    expect(sv[1]).toMatchObject({
      name: "MIELI rf:s kristelefon (svenskspråkig linje)",
      phone: "09 2525 0112",
    });
    expect(sv[3]?.name).toBe("Social- och krisjouren (välfärdsområdet)");
    expect(sv.find((c) => c.id === "nollalinja")?.hours).toMatch(/^Telefonen dygnet runt/);
  });

  it("gives English pages the English line, then the Finnish 24/7 line", () => {
    const en = crisisContacts({ lang: "en", helplines });
    expect(en.map((c) => c.id).slice(0, 3)).toEqual([
      "emergency-112",
      "mieli-crisis-helpline-en",
      "mieli-kriisipuhelin-fi",
    ]);
    expect(en[1]).toMatchObject({
      name: "MIELI Crisis Helpline in English",
      phone: "09 2525 0116",
      hours: "Fridays 9:00–13:00.",
    });
    expect(en.find((c) => c.id === "mll-lasten-ja-nuorten-puhelin")?.name).toBe(
      "Children and Youth Helpline (MLL)",
    );
  });

  it("skips lines missing from the data instead of inventing them", () => {
    const only112 = loadHelplines().filter((h) => h.id === "emergency-112");
    expect(crisisContacts({ lang: "sv", helplines: only112 }).map((c) => c.id)).toEqual(["emergency-112"]);
  });
});

describe("loadMunicipalities and loadCounties", () => {
  it("reads 309 municipalities with three-digit codes", () => {
    const all = loadMunicipalities();
    expect(all).toHaveLength(309);
    expect(all.find((m) => m.code === "005")).toEqual({
      code: "005",
      names: { fi: "Alajärvi", sv: "Alajärvi", en: "Alajärvi" },
      countyId: "EP",
      population: 9419,
    });
    expect(all.find((m) => m.code === "853")?.names.sv).toBe("Åbo");
    expect(() =>
      loadMunicipalities({
        csv: "municipality_code,name_fi,name_sv,county_id,population_2020\n5,A,A,EP,1\n",
      }),
    ).toThrow(/three digits/);
  });

  it("reads the 23 counties and every municipality's county exists", () => {
    const counties = loadCounties();
    expect(counties).toHaveLength(23);
    const ids = new Set(counties.map((c) => c.id));
    for (const m of loadMunicipalities()) expect(ids.has(m.countyId), m.code).toBe(true);
    expect(counties.find((c) => c.id === "PI")?.shortNames).toEqual({
      fi: "Pirkanmaa",
      sv: "Birkaland",
      en: "Pirkanmaa",
    });
    expect(counties.find((c) => c.id === "HEL")?.names.en).toBe("City of Helsinki");
    const sum = loadMunicipalities().reduce((s, m) => s + m.population, 0);
    expect(counties.reduce((s, c) => s + c.population, 0)).toBe(sum);
  });
});

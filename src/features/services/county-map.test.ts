import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countyShapes, renderCountyMap } from "./county-map";

const topo = JSON.parse(
  readFileSync(new URL("../../../seed/finland-counties-2021.topo.json", import.meta.url), "utf8"),
) as {
  objects: Record<string, { geometries: { properties: { hva_id: string } }[] }>;
};
const idsInData = new Set(
  ["hva", "munis"]
    .flatMap((o) => topo.objects[o]?.geometries.map((g) => g.properties.hva_id) ?? [])
    .filter((id) => id !== ""),
);

/** Checks that every element that opens also closes, in order. */
function tagsBalance(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = "", selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe("renderCountyMap", () => {
  const svg = renderCountyMap({
    lang: "sv",
    hrefFor: (id) => `/sv/tjanster?omrade=${id}&x=1`,
    currentCountyId: "PI",
  });

  it("has a link for every county in the data, including Helsinki and Åland", () => {
    expect(idsInData.size).toBe(23);
    for (const id of idsInData) {
      expect(svg).toContain(`data-county="${id}"`);
      expect(svg).toContain(`href="/sv/tjanster?omrade=${id}&amp;x=1"`);
    }
    expect(
      countyShapes()
        .map((s) => s.id)
        .sort(),
    ).toEqual([...idsInData].sort());
    for (const s of countyShapes()) expect(s.d, s.id).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it("is labelled, names counties in the page language and marks the current one", () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="county-map-title"/);
    expect(svg).toContain('<title id="county-map-title">Finlands välfärdsområden.');
    expect(svg).toContain("<title>Birkaland</title>");
    expect(svg).toContain("<title>Helsingfors</title>");
    expect(svg).toContain(
      'class="county-map__link county-map__link--current" data-county="PI" aria-current="page"',
    );
    const en = renderCountyMap({ lang: "en", hrefFor: (id) => `/en/services/${id}`, idPrefix: "m2" });
    expect(en).toContain("<title>Åland</title>");
    expect(en).toContain('aria-labelledby="m2-title"');
  });

  it("is small, stays inside the viewBox and parses as balanced XML", () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(80_000);
    expect(tagsBalance(svg)).toBe(true);
    expect(tagsBalance("<svg><a></svg></a>")).toBe(false);
    for (const m of svg.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(300);
      expect(Number(m[2])).toBeLessThanOrEqual(560);
    }
    expect(svg).not.toMatch(/\d\.\d\d/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { loadCounties, loadMunicipalities } from "./index";

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.close();
});

interface Body {
  municipality: { code: string; name: string; county: string };
  services: {
    id: string;
    name: string;
    organisation: string;
    channels: string[];
    url: string;
    phone?: string;
    openingHours?: string;
    demo: boolean;
  }[];
}

describe("GET /api/v1/services", () => {
  it("answers for one municipality of each of the 23 areas, with the national helplines", async () => {
    const counties = loadCounties();
    expect(counties.length).toBe(23);
    for (const county of counties) {
      const m = loadMunicipalities().find((x) => x.countyId === county.id);
      expect(m, county.id).toBeDefined();
      if (!m) continue;
      const res = await ctx.app.inject({ url: `/api/v1/services?municipality=${m.code}&lang=sv` });
      expect(res.statusCode, county.id).toBe(200);
      const body = res.json<Body>();
      expect(body.municipality).toEqual({ code: m.code, name: m.names.sv, county: county.names.sv });
      const ids = body.services.map((s) => s.id);
      expect(ids).toContain("emergency-112");
      expect(body.services.find((s) => s.id === "emergency-112")?.phone).toBe("112");
      for (const s of body.services) {
        expect(s.name.length).toBeGreaterThan(0);
        expect(Array.isArray(s.channels)).toBe(true);
        expect(typeof s.url).toBe("string");
      }
    }
  });

  it("includes the demo services of Tampere, marked as demo, with opening hours", async () => {
    const res = await ctx.app.inject({ url: "/api/v1/services?municipality=837&lang=fi" });
    const body = res.json<Body>();
    const demo = body.services.filter((s) => s.demo);
    expect(demo.length).toBeGreaterThan(0);
    for (const s of demo) {
      expect(s.name).toMatch(/demo/i);
      expect(s.phone).toBeUndefined();
      expect(s.url).toMatch(/^\/fi\/palvelut\/837#/);
    }
    expect(demo.some((s) => s.openingHours !== undefined)).toBe(true);
  });

  it("filters by need", async () => {
    const all = (await ctx.app.inject({ url: "/api/v1/services?municipality=837&lang=fi" })).json<Body>();
    const money = (
      await ctx.app.inject({ url: "/api/v1/services?municipality=837&lang=fi&need=money" })
    ).json<Body>();
    expect(money.services.length).toBeLessThan(all.services.length);
    expect(money.services.map((s) => s.id)).toContain("emergency-112");
  });

  it("answers bad input with contract errors, never 5xx", async () => {
    const cases: [string, number, string][] = [
      ["/api/v1/services?municipality=999&lang=fi", 404, "unknown-municipality"],
      ["/api/v1/services?municipality=abc&lang=en", 404, "unknown-municipality"],
      ["/api/v1/services?municipality=091&lang=de", 400, "invalid-lang"],
      ["/api/v1/services?lang=fi", 400, "bad-request"],
      ["/api/v1/services?municipality=091&lang=fi&need=weather", 400, "bad-request"],
      [`/api/v1/services?municipality=${"9".repeat(5000)}&lang=fi`, 400, "bad-request"],
    ];
    for (const [url, status, code] of cases) {
      const res = await ctx.app.inject({ url });
      expect(res.statusCode, url.slice(0, 80)).toBe(status);
      expect(res.json<{ error: { code: string; message: string } }>().error.code).toBe(code);
    }
    const sv = await ctx.app.inject({ url: "/api/v1/services?municipality=999&lang=sv" });
    expect(sv.json<{ error: { message: string } }>().error.message).toBe("Okänd kommunkod.");
  });
});

describe("service pages", () => {
  it("shows a municipality with open-now status, demo marking and helplines", async () => {
    const res = await ctx.app.inject({ url: "/en/services/837" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Example data");
    expect(res.body).toMatch(/(Open now|Closed now)/);
    expect(res.body).toContain('href="tel:112"');
  });

  it("redirects the no-JS picker to the municipality and explains a bad choice", async () => {
    const ok = await ctx.app.inject({ url: "/fi/palvelut?municipality=091" });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe("/fi/palvelut/091");
    const bad = await ctx.app.inject({ url: "/fi/palvelut?municipality=xyz" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('aria-invalid="true"');
    expect(bad.body).toContain("municipality-error");
  });

  it("shows the county map with a text list and attribution", async () => {
    const res = await ctx.app.inject({ url: "/sv/tjanster" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('class="county-map"');
    expect(res.body).toContain('href="/sv/tjanster/pi"');
    expect(res.body).toContain("Maanmittauslaitos, CC BY 4.0");
    const county = await ctx.app.inject({ url: "/sv/tjanster/pi" });
    expect(county.statusCode).toBe(200);
    expect(county.body).toContain('href="/sv/tjanster/837"');
  });

  it("answers unknown codes with a localised 404", async () => {
    const res = await ctx.app.inject({ url: "/fi/palvelut/000" });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Kuntaa ei löytynyt");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { loadPublicContent } from "./index";

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
  await loadPublicContent({ database: ctx.database });
});
afterAll(async () => {
  await ctx.close();
});

interface Result {
  type: string;
  title: string;
  url: string;
  snippet: string;
}

async function search(q: string, lang = "fi", limit = 10): Promise<{ status: number; results: Result[] }> {
  const res = await ctx.app.inject({
    method: "GET",
    url: "/api/v1/search",
    query: { q, lang, limit: String(limit) },
  });
  const body = res.json<{ results?: Result[] }>();
  return { status: res.statusCode, results: body.results ?? [] };
}

// [lang, base form, inflected form, expected top page path]
const pairs: [string, string, string, string][] = [
  ["fi", "masennus", "masennuksesta", "/fi/tietoa/masennus"],
  ["fi", "masennus", "masennukseen", "/fi/tietoa/masennus"],
  ["fi", "ahdistus", "ahdistuksen", "/fi/tietoa/"],
  ["fi", "toimeentulotuki", "toimeentulotukea", "/fi/tietoa/"],
  ["fi", "velkaantuminen", "velkaantumisesta", "/fi/tietoa/"],
  ["fi", "unettomuus", "unettomuudesta", "/fi/tietoa/"],
  ["fi", "yksinäisyys", "yksinäisyyteen", "/fi/tietoa/"],
  ["fi", "alkoholi", "alkoholista", "/fi/tietoa/"],
  ["fi", "rahapelit", "rahapeleistä", "/fi/tietoa/"],
  ["fi", "työttömyys", "työttömyydestä", "/fi/tietoa/"],
  ["fi", "avioero", "avioerosta", "/fi/tietoa/"],
  ["fi", "lastensuojelu", "lastensuojelusta", "/fi/tietoa/"],
  ["fi", "väkivalta", "väkivallasta", "/fi/tietoa/"],
  ["fi", "psykoterapia", "psykoterapiaan", "/fi/tietoa/"],
  ["fi", "uupumus", "uupumuksesta", "/fi/tietoa/"],
  ["fi", "paniikkihäiriö", "paniikkihäiriöstä", "/fi/tietoa/"],
  ["fi", "suru", "surusta", "/fi/tietoa/"],
  ["fi", "omaishoitaja", "omaishoitajana", "/fi/tietoa/"],
  ["fi", "asumistuki", "asumistukea", "/fi/tietoa/"],
  ["fi", "sosiaalityöntekijä", "sosiaalityöntekijälle", "/fi/tietoa/"],
  ["sv", "depression", "depressionen", "/sv/information/"],
  ["sv", "skuld", "skulderna", "/sv/information/"],
  ["sv", "ensamhet", "ensamheten", "/sv/information/"],
  ["en", "debt", "debts", "/en/information/"],
  ["en", "gamble", "gambling", "/en/information/"],
];

describe("search finds the same top page for inflected and base forms", () => {
  for (const [lang, base, inflected, expected] of pairs) {
    it(`${lang}: ${base} ~ ${inflected}`, async () => {
      const a = await search(base, lang);
      const b = await search(inflected, lang);
      expect(
        a.results[0]?.url,
        `${base}: ${JSON.stringify(a.results.slice(0, 3).map((r) => r.url))}`,
      ).toContain(expected);
      expect(
        b.results[0]?.url,
        `${inflected}: ${JSON.stringify(b.results.slice(0, 3).map((r) => r.url))}`,
      ).toBe(a.results[0]?.url);
    });
  }
});

describe("everyday words, slang and typos", () => {
  const cases: [string, string, string][] = [
    ["fi", "masis", "/fi/tietoa/masennus"],
    ["fi", "toimari", "/fi/tietoa/toimeentulotuki"],
    ["fi", "ahistaa", "/fi/tietoa/ahdistus"],
    ["fi", "pikavippi", "/fi/tietoa/velat"],
    ["fi", "sossu", "/fi/tietoa/sosiaali"],
    ["fi", "masenus", "/fi/tietoa/masennus"],
    ["fi", "toimeentulotki", "/fi/tietoa/toimeentulotuki"],
    ["fi", "velkaantuminen", "/fi/tietoa/velat"],
    ["sv", "deppig", "/sv/information/depression"],
    ["en", "anxeity", "/en/information/anxiety"],
  ];
  for (const [lang, q, expected] of cases) {
    it(`${lang}: ${q}`, async () => {
      const { results } = await search(q, lang);
      expect(
        results
          .slice(0, 3)
          .map((r) => r.url)
          .join(" "),
        q,
      ).toContain(expected);
    });
  }

  it("finds programs, questionnaires and services too", async () => {
    expect((await search("PHQ-9")).results.map((r) => r.type)).toContain("questionnaire");
    expect((await search("mieliala ohjelma")).results.map((r) => r.type)).toContain("program");
    expect((await search("DEMO matalan kynnyksen")).results.map((r) => r.type)).toContain("service");
  });

  it("gives snippets without markup in the API", async () => {
    const { results } = await search("masennus");
    expect(results[0]?.snippet.length).toBeGreaterThan(20);
    expect(results[0]?.snippet).not.toMatch(/[<>\uE000\uE001]/);
  });
});

describe("hostile and invalid queries", () => {
  const hostile = [
    '"',
    "'; drop table search_documents; --",
    "%",
    "%%%_\\",
    "a & b | !c <-> d:*",
    "masennus\u0000\u0007\u001b[31m",
    "<script>alert(1)</script>",
    "x".repeat(499),
    "🙂".repeat(100),
    "\u202e\u200b",
    "(((((",
  ];
  for (const q of hostile) {
    it(`answers ${JSON.stringify(q.slice(0, 20))} without a 5xx`, async () => {
      const res = await ctx.app.inject({ method: "GET", url: "/api/v1/search", query: { q, lang: "fi" } });
      expect([200, 400]).toContain(res.statusCode);
      const body = res.json<Record<string, unknown>>();
      expect(body.results ?? body.error).toBeDefined();
    });
  }

  it("refuses a 5000-character query with 400 and a localised message", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/search",
      query: { q: "a".repeat(5000), lang: "sv" },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe("query-too-long");
    expect(body.error.message).toContain("för lång");
  });

  it("answers an unknown lang with 400", async () => {
    for (const lang of ["de", "FI", "", "fi,sv"]) {
      const res = await ctx.app.inject({
        method: "GET",
        url: "/api/v1/search",
        query: { q: "masennus", lang },
      });
      expect(res.statusCode, lang).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe("invalid-lang");
    }
  });

  it("validates limit and the presence of q", async () => {
    expect((await ctx.app.inject({ url: "/api/v1/search?q=uni&lang=fi&limit=0" })).statusCode).toBe(400);
    expect((await ctx.app.inject({ url: "/api/v1/search?q=uni&lang=fi&limit=abc" })).statusCode).toBe(400);
    expect((await ctx.app.inject({ url: "/api/v1/search?lang=fi" })).statusCode).toBe(400);
    const three = await search("uni", "fi", 3);
    expect(three.results.length).toBe(3);
  });

  it("renders the search page safely for hostile input and offers help when nothing is found", async () => {
    // No digits: a bare number may rightly match an article, and this checks the no-results help.
    const res = await ctx.app.inject({ url: "/fi/haku?q=%3Cscript%3Ezqxjv()%3C%2Fscript%3E%00" });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain("<script>zqxjv");
    expect(res.body).toContain('href="/fi/chatbot"');
    expect(res.body).toContain('href="/fi/kriisiapu"');
    expect(res.body).toContain('href="/fi/mista-apua"');
  });

  it("highlights matches on the search page", async () => {
    const res = await ctx.app.inject({ url: "/en/search?q=sleep" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<mark>sleep/i);
    expect(res.headers["cache-control"]).toMatch(/^public/);
    expect(res.headers["set-cookie"]).toBeUndefined();
  });
});

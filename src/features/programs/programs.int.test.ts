import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formBody, formHeaders } from "../../../test/support/form-post";
import { createTestApp, type TestContext } from "../../../test/support/test-app";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.close();
});

/** A url-encoded form post, as a browser without JavaScript sends it. */
const form = (fields: Record<string, string | string[]>) => ({
  payload: formBody(fields),
  headers: formHeaders(),
});

const cookieOf = (setCookie: string | string[] | undefined, name: string): string => {
  const all = [setCookie ?? []].flat();
  const found = all.find((c) => c.startsWith(`${name}=`));
  return found?.split(";")[0] ?? "";
};

describe("program pages", () => {
  it.each([
    ["fi", "/fi/omahoito"],
    ["sv", "/sv/egenvard"],
    ["en", "/en/self-care"],
  ])(
    "%s catalogue, program and module pages render and are cacheable without cookies",
    async (_lang, base) => {
      const catalogue = await ctx.app.inject({ url: base });
      expect(catalogue.statusCode).toBe(200);
      expect(catalogue.headers["cache-control"]).toMatch(/^public/);
      const programHref = /href="([^"]+)"[^>]*>[^<]+<\/a><\/h2>/.exec(catalogue.body)?.[1] ?? "";
      expect(programHref.startsWith(`${base}/`)).toBe(true);
      const program = await ctx.app.inject({ url: programHref });
      expect(program.statusCode).toBe(200);
      const moduleHref = new RegExp(`href="(${programHref}/[^"]+)"`).exec(program.body)?.[1] ?? "";
      const module = await ctx.app.inject({ url: moduleHref });
      expect(module.statusCode).toBe(200);
      expect(module.body).toContain("data-program-exercise");
      expect(module.headers["set-cookie"]).toBeUndefined();
      expect(module.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    },
  );

  it("resolves pseudo-links in module text", async () => {
    const page = await ctx.app.inject({ url: "/en/self-care/lifting-low-mood/what-low-mood-is" });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain("article:depression");
    expect(page.body).toMatch(/href="\/en\/information\/[a-z-]+"/);
    expect(page.body).not.toContain("questionnaire:phq-9");
  });

  it("unknown program or module is a 404", async () => {
    expect((await ctx.app.inject({ url: "/en/self-care/nope" })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: "/en/self-care/lifting-low-mood/nope" })).statusCode).toBe(404);
  });
});

describe("resume codes", () => {
  const modulePath = "/en/self-care/lifting-low-mood/what-low-mood-is";
  it("saves an exercise without JavaScript by creating a code, and reopens it with the code", async () => {
    const save = await ctx.app.inject({
      method: "POST",
      url: modulePath,
      ...form({ exercise: "mood-check", action: "create-code", "v.mood": "3", "v.energy": "4" }),
    });
    expect(save.statusCode).toBe(200);
    const code = /data-shown-code="true">([^<]+)</.exec(save.body)?.[1] ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    const cookie = cookieOf(save.headers["set-cookie"], "luukku_resume");
    expect(cookie).toBeTruthy();
    expect(String(save.headers["set-cookie"])).toMatch(/HttpOnly/i);
    expect(String(save.headers["set-cookie"])).toMatch(/SameSite=Strict/i);

    const again = await ctx.app.inject({ url: modulePath, headers: { cookie } });
    expect(again.headers["cache-control"]).toBe("no-store");
    expect(again.body).toMatch(/name="v.mood" value="3" checked/);

    const open = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/resume",
      ...form({ program: "low-mood", code: code.toLowerCase() }),
    });
    expect(open.statusCode).toBe(200);
    const fresh = cookieOf(open.headers["set-cookie"], "luukku_resume");
    const page = await ctx.app.inject({ url: modulePath, headers: { cookie: fresh } });
    expect(page.body).toMatch(/name="v.energy" value="4" checked/);
  });

  it("a wrong code is a 404 and a malformed one a 400", async () => {
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/resume",
      ...form({ program: "low-mood", code: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF" }),
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain("No saved answers were found");
    const bad = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/resume",
      ...form({ program: "low-mood", code: "nope" }),
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe("bad input keeps what was saved", () => {
  const modulePath = "/en/self-care/lifting-low-mood/what-low-mood-is";
  it("an invalid or oversized answer is a 400 with the field marked, and the saved answer stays", async () => {
    const save = await ctx.app.inject({
      method: "POST",
      url: modulePath,
      ...form({ exercise: "mood-check", action: "create-code", "v.mood": "7" }),
    });
    const cookie = cookieOf(save.headers["set-cookie"], "luukku_resume");
    const bad = await ctx.app.inject({
      method: "POST",
      url: modulePath,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ exercise: "mood-check", action: "save", "v.mood": "11" }).toString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('aria-describedby="ex-mood-check-v-mood-error"');
    const json = await ctx.app.inject({
      method: "POST",
      url: modulePath,
      headers: { cookie, accept: "application/json" },
      payload: { exercise: "mood-check", answer: { values: { mood: "x".repeat(5000) } } },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: { code: "invalid-answer" } });
    const huge = await ctx.app.inject({
      method: "POST",
      url: modulePath,
      headers: { cookie, accept: "application/json" },
      payload: { exercise: "mood-check", answer: { values: {} }, pad: "x".repeat(70_000) },
    });
    expect(huge.statusCode).toBe(413);
    const page = await ctx.app.inject({ url: modulePath, headers: { cookie } });
    expect(page.body).toMatch(/name="v.mood" value="7" checked/);
  });

  it("budget sums are computed on the server", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/lifting-low-mood/what-low-mood-is",
      headers: { accept: "application/json" },
      payload: { exercise: "mood-check", answer: { values: { mood: 2 } }, action: "device" },
    });
    expect(res.json()).toEqual({ saved: false, storage: "none", crisis: false });
  });
});

describe("retention", () => {
  it("deletes resume data unused for 12 months", async () => {
    const { deleteExpiredProgramData } = await import("./delete-expired-program-data");
    await ctx.database.sql`update program_resume_records set last_used_at = now() - interval '366 days'`;
    const result = await deleteExpiredProgramData({ database: ctx.database });
    expect(result.resumeRecords).toBeGreaterThan(0);
    const [left] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from program_resume_records`;
    expect(left?.n).toBe(0);
  });
});

import { authenticator } from "otplib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain, appendAudit } from "../../src/platform/audit/index";
import { createTestApp, type TestContext } from "../support/test-app";
import { createEnrolledUser, createOrganisation, loginAs, TEST_PASSWORD } from "../support/staff-fixtures";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await createOrganisation(ctx.database, "org-a");
  await createOrganisation(ctx.database, "org-b", "VS");
});
afterAll(async () => {
  await ctx.close();
});

describe("health", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await ctx.app.inject("/healthz")).json()).toEqual({ status: "ok" });
    expect((await ctx.app.inject("/readyz")).statusCode).toBe(200);
  });
});

describe("public layout", () => {
  it.each([
    ["fi", "Siirry sisältöön"],
    ["sv", "Gå till innehållet"],
    ["en", "Skip to content"],
  ])("serves /%s with its language, hreflang, skip link and quick exit", async (lang, skip) => {
    const res = await ctx.app.inject(`/${lang}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<html lang="${lang}">`);
    expect(res.body).toContain(skip);
    expect(res.body).toContain('hreflang="sv"');
    expect(res.body).toContain("data-quick-exit");
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("JSON answers carry the API's short security headers, pages the document set", async () => {
    const api = await ctx.app.inject("/api/v1/questionnaires");
    expect(api.statusCode).toBe(200);
    expect(api.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers["x-content-type-options"]).toBe("nosniff");
    expect(api.headers["x-frame-options"]).toBe("DENY");
    expect(api.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(api.headers["origin-agent-cluster"]).toBeUndefined();
    const missing = await ctx.app.inject("/api/v1/questionnaires/nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const page = await ctx.app.inject("/en");
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(page.headers["cross-origin-opener-policy"]).toBe("same-origin");
  });

  it("redirects / by Accept-Language", async () => {
    const res = await ctx.app.inject({ url: "/", headers: { "accept-language": "sv-FI,sv;q=0.9" } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/sv");
  });

  it("answers a repeated request with 304 from its ETag", async () => {
    const first = await ctx.app.inject("/en");
    const etag = String(first.headers.etag);
    expect(first.headers["cache-control"]).toMatch(/^public/);
    const second = await ctx.app.inject({ url: "/en", headers: { "if-none-match": etag } });
    expect(second.statusCode).toBe(304);
  });

  it("shows crisis contacts from the helplines data, 112 first", async () => {
    const res = await ctx.app.inject("/fi/kriisiapu");
    expect(res.statusCode).toBe(200);
    const first112 = res.body.indexOf("112");
    expect(first112).toBeGreaterThan(0);
    expect(res.body).toContain("09 2525 0111");
    expect(res.body).toContain('href="tel:+358925250111"');
    expect(res.body).not.toContain("tel:tel:");
    expect(res.body.indexOf("09 2525 0111")).toBeGreaterThan(first112);
  });

  it("gives a localised 404 page with search", async () => {
    const res = await ctx.app.inject("/sv/finns-inte");
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Sidan hittades inte");
    expect(res.body).toContain('action="/sv/sok"');
  });
});

describe("bad input never gives 5xx", () => {
  it("malformed JSON is a 400 in the contract's shape", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/nothing-here",
      headers: { "content-type": "application/json", "accept-language": "fi" },
      payload: "{not json",
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json()).toHaveProperty("error.code");
  });

  it("an oversized body is 413", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/login",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `email=${"a".repeat(200_000)}`,
    });
    expect(res.statusCode).toBe(413);
  });

  it("an unknown method or content type is a 4xx", async () => {
    expect((await ctx.app.inject({ method: "DELETE", url: "/fi" })).statusCode).toBe(404);
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/login",
      headers: { "content-type": "text/x-unknown" },
      payload: "x",
    });
    expect(res.statusCode).toBe(415);
  });

  it("broken cookies are ignored, not errors", async () => {
    const res = await ctx.app.inject({
      url: "/staff",
      headers: { cookie: "luukku_staff=%%%; other=\u0000" },
    });
    expect(res.statusCode).toBe(303);
  });
});

describe("staff login with password and TOTP", () => {
  let secret: string;
  beforeAll(async () => {
    ({ secret } = await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug: "org-a",
      email: "worker@a.test",
      roles: ["chat_worker"],
    }));
  });

  it("refuses a wrong password", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/login",
      payload: { email: "worker@a.test", password: "wrong password!" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("does not let a password-only session in, and refuses a wrong code", async () => {
    const login = await ctx.app.inject({
      method: "POST",
      url: "/staff/login",
      payload: { email: "worker@a.test", password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe("/staff/login/verify");
    const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
    const home = await ctx.app.inject({ url: "/staff", headers: { cookie } });
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe("/staff/login/verify");
    const page = await ctx.app.inject({ url: "/staff/login/verify", headers: { cookie } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/staff/login/verify",
      headers: { cookie },
      payload: { code: "000000", _csrf: csrf },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('role="alert"');
    const noCsrf = await ctx.app.inject({
      method: "POST",
      url: "/staff/login/verify",
      headers: { cookie },
      payload: { code: authenticator.generate(secret) },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it("lets in with the right code once, and never twice with the same code", async () => {
    const session = await loginAs(ctx.app, "worker@a.test", secret);
    const home = await ctx.app.inject({ url: "/staff", headers: { cookie: session.cookie } });
    expect(home.statusCode).toBe(200);
    expect(home.headers["cache-control"]).toBe("no-store");
    await expect(loginAs(ctx.app, "worker@a.test", secret)).rejects.toThrow(/totp failed/);
  });

  it("locks the account after repeated failures", async () => {
    await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug: "org-a",
      email: "lock@a.test",
      roles: ["editor"],
    });
    for (let i = 0; i < 5; i++) {
      await ctx.app.inject({
        method: "POST",
        url: "/staff/login",
        payload: { email: "lock@a.test", password: `wrong-${i}-password` },
      });
    }
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/login",
      payload: { email: "lock@a.test", password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(429);
  });
});

describe("organisation admins see only their own organisation", () => {
  let adminA: { cookie: string; csrf: string };
  let userBId: string;
  beforeAll(async () => {
    const a = await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug: "org-a",
      email: "admin@a.test",
      roles: ["org_admin"],
    });
    ({ id: userBId } = await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug: "org-b",
      email: "someone@b.test",
      roles: ["counsellor"],
    }));
    adminA = await loginAs(ctx.app, "admin@a.test", a.secret);
  });

  it("lists own users", async () => {
    const res = await ctx.app.inject({ url: "/staff/users", headers: { cookie: adminA.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("worker@a.test");
    expect(res.body).not.toContain("someone@b.test");
  });

  it("cannot list, change or even confirm another organisation's users", async () => {
    const list = await ctx.app.inject({ url: "/staff/users?org=org-b", headers: { cookie: adminA.cookie } });
    expect(list.statusCode).toBe(403);
    const change = await ctx.app.inject({
      method: "POST",
      url: `/staff/users/${userBId}`,
      headers: { cookie: adminA.cookie },
      payload: { _csrf: adminA.csrf, roles: "org_admin" },
    });
    expect(change.statusCode).toBe(404);
    const [row] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from staff_roles where user_id = ${userBId} and role = 'org_admin'`;
    expect(row?.n).toBe(0);
  });

  it("cannot grant the global admin role", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/users",
      headers: { cookie: adminA.cookie },
      payload: {
        _csrf: adminA.csrf,
        email: "new@a.test",
        displayName: "New",
        password: TEST_PASSWORD,
        roles: "admin",
      },
    });
    expect(res.statusCode).toBe(403);
  });

  it("creates a user in its own organisation, audited", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/users",
      headers: { cookie: adminA.cookie },
      payload: {
        _csrf: adminA.csrf,
        email: "new@a.test",
        displayName: "New Person",
        password: TEST_PASSWORD,
        roles: ["counsellor", "referrer"],
      },
    });
    expect(res.statusCode).toBe(303);
    const rows = await ctx.database.sql<
      { action: string }[]
    >`select action from audit_log where action = 'staff.user.created'`;
    expect(rows.length).toBeGreaterThan(0);
  });

  it("refuses a state change without the CSRF token", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/users",
      headers: { cookie: adminA.cookie },
      payload: { email: "x@a.test", displayName: "X", password: TEST_PASSWORD, roles: "editor" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain("Lomake on vanhentunut");
  });
});

describe("audit log", () => {
  it("verifies, then detects an edited row and a deleted row", async () => {
    await appendAudit(ctx.database.sql, { action: "test.one", details: { n: 1 } });
    await appendAudit(ctx.database.sql, { action: "test.two", details: { n: 2 } });
    expect((await verifyAuditChain(ctx.database.sql)).ok).toBe(true);
    await expect(
      ctx.database.sql`update audit_log set action = 'x' where action = 'test.one'`,
    ).rejects.toThrow(/append-only/);
    // An attacker with database superuser rights can lift the guard; the chain still tells.
    await ctx.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await ctx.database.sql`update audit_log set details = '{"n": 9}' where action = 'test.one'`;
    const edited = await verifyAuditChain(ctx.database.sql);
    expect(edited.ok).toBe(false);
    expect(edited.problems.join()).toMatch(/edited/);
    await ctx.database.sql`update audit_log set details = '{"n": 1}' where action = 'test.one'`;
    expect((await verifyAuditChain(ctx.database.sql)).ok).toBe(true);
    await ctx.database.sql`delete from audit_log where action = 'test.one'`;
    const deleted = await verifyAuditChain(ctx.database.sql);
    expect(deleted.ok).toBe(false);
    expect(deleted.problems.join()).toMatch(/removed/);
    await ctx.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  });
});

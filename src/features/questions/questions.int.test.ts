import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { dumpDatabase } from "../../../test/support/dump-database";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { deleteExpiredThreads } from "./delete-expired-threads";
import { CODE_CHECK_FLOOR_MS } from "./equal-time";
import { seedQuestionServices } from "./seed-question-services";

let ctx: TestContext;
let openService: { id: string; name: string };
let voucherService: { id: string };
let counsellorA: { cookie: string; csrf: string };
let counsellorB: { cookie: string; csrf: string };
let outsider: { cookie: string; csrf: string };
let orgAdmin: { cookie: string; csrf: string };

interface ServiceJson {
  id: string;
  name: string;
  organisation: string;
  voucherRequired: boolean;
  answerWithinWorkingDays: number;
}

async function ask(body: Record<string, unknown>) {
  return ctx.app.inject({ method: "POST", url: "/api/v1/questions", payload: body });
}

async function retrieve(code: string) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/questions/retrieve",
    payload: { retrievalCode: code },
  });
}

async function newQuestion(text = "Miten voin tukea lastani, joka ei halua mennä kouluun?"): Promise<string> {
  const res = await ask({ serviceId: openService.id, lang: "fi", text });
  expect(res.statusCode).toBe(201);
  return res.json<{ retrievalCode: string }>().retrievalCode;
}

async function threadIdOf(text: string): Promise<string> {
  const page = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: counsellorA.cookie } });
  const ids = [...page.body.matchAll(/href="\/staff\/questions\/([0-9a-f-]{36})"/g)].map((m) => m[1] ?? "");
  for (const id of ids) {
    const view = await ctx.app.inject({
      url: `/staff/questions/${id}`,
      headers: { cookie: counsellorA.cookie },
    });
    if (view.body.includes(text)) return id;
  }
  throw new Error("thread not found in queue");
}

async function createVouchers(count: number, perVoucher: number, unitName: string): Promise<string[]> {
  const [org] = await ctx.database.sql<
    { id: string }[]
  >`select id from organisations where slug = 'demo-pirkanmaa'`;
  const res = await ctx.app.inject({
    method: "POST",
    url: "/staff/questions/vouchers",
    headers: { cookie: orgAdmin.cookie },
    payload: {
      _csrf: orgAdmin.csrf,
      orgId: org?.id ?? "",
      unitName,
      count: String(count),
      questionsPerVoucher: String(perVoucher),
      expires: "2099-12-31",
      lang: "fi",
    },
  });
  expect(res.statusCode).toBe(201);
  expect(res.body).toContain("<svg");
  return [...res.body.matchAll(/data-voucher-code="[^"]*">([0-9A-Z-]+)</g)].map((m) => m[1] ?? "");
}

beforeAll(async () => {
  ctx = await createTestApp();
  await seedQuestionServices({ database: ctx.database });
  // Seeding twice changes nothing.
  await seedQuestionServices({ database: ctx.database });
  const services = (await ctx.app.inject({ url: "/api/v1/questions/services?lang=fi" })).json<{
    services: ServiceJson[];
  }>().services;
  const open = services.find((s) => !s.voucherRequired);
  const needing = services.find((s) => s.voucherRequired);
  if (!open || !needing) throw new Error("demo services missing");
  openService = open;
  voucherService = needing;
  await createOrganisation(ctx.database, "other-org");
  const a = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "a@demo.test",
    roles: ["counsellor"],
  });
  const b = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "b@demo.test",
    roles: ["counsellor"],
  });
  const o = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "other-org",
    email: "o@other.test",
    roles: ["counsellor"],
  });
  const admin = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "admin@demo.test",
    roles: ["org_admin"],
  });
  counsellorA = await loginAs(ctx.app, "a@demo.test", a.secret);
  counsellorB = await loginAs(ctx.app, "b@demo.test", b.secret);
  outsider = await loginAs(ctx.app, "o@other.test", o.secret);
  orgAdmin = await loginAs(ctx.app, "admin@demo.test", admin.secret);
});

afterAll(async () => {
  await ctx.close();
});

describe("GET /api/v1/questions/services", () => {
  it("lists the demo services, at least one needing no voucher, in the asked language", async () => {
    const sv = await ctx.app.inject({ url: "/api/v1/questions/services?lang=sv" });
    expect(sv.statusCode).toBe(200);
    const services = sv.json<{ services: ServiceJson[] }>().services;
    expect(services.length).toBeGreaterThanOrEqual(2);
    const open = services.find((s) => s.id === openService.id);
    expect(open).toMatchObject({
      name: "Fråga familjerådgivningen (demo)",
      organisation: "Pirkanmaan hyvinvointialue (demo)",
      voucherRequired: false,
      answerWithinWorkingDays: 3,
    });
  });

  it("refuses an unknown language with 400 in the contract's error shape", async () => {
    const res = await ctx.app.inject({ url: "/api/v1/questions/services?lang=de" });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string; message: string } }>().error.code).toBe("bad-lang");
  });
});

describe("asking and retrieving through the API", () => {
  it("returns a grouped retrieval code of at least 100 bits, stored only as a hash", async () => {
    const res = await ask({
      serviceId: openService.id,
      lang: "fi",
      text: "Nukun huonosti, mitä voisin tehdä?",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ retrievalCode: string; answerDue: string }>();
    expect(body.retrievalCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4}){5}$/);
    expect(body.retrievalCode.replace(/-/g, "").length * 5).toBeGreaterThanOrEqual(100);
    expect(new Date(body.answerDue).getTime()).toBeGreaterThan(Date.now());
    const dump = await dumpDatabase(ctx.database, ctx.dbUrl);
    expect(dump).not.toContain(body.retrievalCode);
    expect(dump).not.toContain(body.retrievalCode.replace(/-/g, ""));

    const thread = await retrieve(body.retrievalCode.toLowerCase().replace(/-/g, " "));
    expect(thread.statusCode).toBe(200);
    expect(thread.json()).toMatchObject({
      thread: {
        status: "waiting",
        answerDue: body.answerDue,
        messages: [{ from: "client", text: "Nukun huonosti, mitä voisin tehdä?" }],
      },
    });
  });

  it("answers a wrong code with 404 no faster than a right one", async () => {
    const code = await newQuestion();
    let started = performance.now();
    const wrong = await retrieve("AAAA-BBBB-CCCC-DDDD-EEEE-F");
    const wrongMs = performance.now() - started;
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe("not-found");
    started = performance.now();
    expect((await retrieve(code)).statusCode).toBe(200);
    expect(wrongMs).toBeGreaterThanOrEqual(CODE_CHECK_FLOOR_MS - 1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(CODE_CHECK_FLOOR_MS - 1);
  });

  it("refuses bad input with localized 4xx messages and stores nothing", async () => {
    const [{ n: before } = { n: 0 }] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from question_threads`;
    const empty = await ask({ serviceId: openService.id, lang: "sv", text: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({
      error: { code: "empty-question", message: "Skriv din fråga innan du skickar." },
    });
    const long = await ask({ serviceId: openService.id, lang: "en", text: "a".repeat(20_000) });
    expect(long.statusCode).toBe(400);
    expect(long.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: "question-too-long",
      message: expect.stringContaining("at most 4000") as unknown,
    });
    const huge = await ask({ serviceId: openService.id, lang: "fi", text: "a".repeat(70_000) });
    expect(huge.statusCode).toBe(413);
    expect((await ask({ serviceId: "nope", lang: "fi", text: "hei" })).statusCode).toBe(400);
    expect((await ask({ serviceId: openService.id, lang: "de", text: "hei" })).statusCode).toBe(400);
    const badJson = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(badJson.statusCode).toBe(400);
    const [{ n: after } = { n: 0 }] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from question_threads`;
    expect(after).toBe(before);
  });

  it("allows follow-ups up to the service's limit, then refuses with 409", async () => {
    const code = await newQuestion();
    for (let i = 0; i < 3; i++) {
      const res = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/questions/messages",
        payload: { retrievalCode: code, text: `Lisäkysymys ${i}` },
      });
      expect(res.statusCode).toBe(201);
    }
    const over = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions/messages",
      headers: { "accept-language": "en" },
      payload: { retrievalCode: code, text: "One more" },
    });
    expect(over.statusCode).toBe(409);
    expect(over.json<{ error: { code: string } }>().error.code).toBe("follow-up-limit");
    const thread = (await retrieve(code)).json<{ thread: { messages: unknown[] } }>().thread;
    expect(thread.messages).toHaveLength(4);
  });
});

describe("vouchers", () => {
  it("are required where the service says so, and unknown, used-up and expired ones get clear messages", async () => {
    const [code, second] = await createVouchers(2, 1, "Kaukajärven neuvola");
    if (!code || !second) throw new Error("no codes");
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const base = {
      serviceId: voucherService.id,
      lang: "fi",
      text: "Voinko kysyä synnytyksen jälkeisestä masennuksesta?",
    };
    const missing = await ask(base);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe("voucher-required");
    const unknown = await ask({ ...base, voucher: "ZZZZ-ZZZZ-ZZZZ-ZZZZ" });
    expect(unknown.json<{ error: { code: string; message: string } }>().error).toEqual({
      code: "voucher-unknown",
      message: "Emme tunnistaneet palvelusetelin koodia. Tarkista, että kirjoitit sen oikein.",
    });
    expect((await ask({ ...base, voucher: code.toLowerCase() })).statusCode).toBe(201);
    const usedUp = await ask({ ...base, voucher: code });
    expect(usedUp.statusCode).toBe(409);
    expect(usedUp.json<{ error: { code: string } }>().error.code).toBe("voucher-used-up");
    await ctx.database.sql`update question_vouchers set expires_at = now() - interval '1 day'`;
    const expired = await ask({ ...base, voucher: second });
    expect(expired.statusCode).toBe(400);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe("voucher-expired");
    const [unit] = await ctx.database.sql<{ redemptions: number; vouchers_issued: number }[]>`
      select redemptions, vouchers_issued from question_voucher_units where name = 'Kaukajärven neuvola'`;
    expect(unit).toEqual({ redemptions: 1, vouchers_issued: 2 });
    const dump = await dumpDatabase(ctx.database, ctx.dbUrl);
    expect(dump).not.toContain(code);
  });

  it("voucher pages are refused to a counsellor without org_admin or referrer", async () => {
    const res = await ctx.app.inject({
      url: "/staff/questions/vouchers",
      headers: { cookie: counsellorA.cookie },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe("the professional workspace", () => {
  it("puts crisis first, audits every view, and answers reach the person but notes do not", async () => {
    await newQuestion("Tavallinen kysymys jonon hännille");
    const crisisCode = await newQuestion("En jaksa enää, aion tappaa itseni tänä yönä.");
    const queue = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: counsellorA.cookie } });
    expect(queue.statusCode).toBe(200);
    const firstRow = /<tbody>\s*<tr[^>]*>/.exec(queue.body)?.[0] ?? "";
    expect(firstRow).toContain("questions-crisis");

    const id = await threadIdOf("En jaksa enää");
    const [{ n: auditsBefore } = { n: 0 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'questions.thread.viewed' and target_id = ${id}`;
    const view = await ctx.app.inject({
      url: `/staff/questions/${id}`,
      headers: { cookie: counsellorA.cookie },
    });
    expect(view.body).toContain('role="alert"');
    const [{ n: auditsAfter } = { n: 0 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'questions.thread.viewed' and target_id = ${id}`;
    expect(auditsAfter).toBe(auditsBefore + 1);

    const note = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/note`,
      headers: { cookie: counsellorA.cookie },
      payload: { _csrf: counsellorA.csrf, text: "SISÄINEN-HUOMIO" },
    });
    expect(note.statusCode).toBe(303);
    const claim = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/claim`,
      headers: { cookie: counsellorA.cookie },
      payload: { _csrf: counsellorA.csrf },
    });
    expect(claim.statusCode).toBe(303);
    const second = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/claim`,
      headers: { cookie: counsellorB.cookie },
      payload: { _csrf: counsellorB.csrf },
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain("a@demo.test on jo ottanut tämän kysymyksen käsittelyyn.");
    const bAnswer = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/answer`,
      headers: { cookie: counsellorB.cookie },
      payload: { _csrf: counsellorB.csrf, text: "B:n vastausluonnos" },
    });
    expect(bAnswer.statusCode).toBe(409);
    expect(bAnswer.body).toContain("B:n vastausluonnos");

    const answer = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/answer`,
      headers: { cookie: counsellorA.cookie },
      payload: { _csrf: counsellorA.csrf, text: "Kiitos, että kirjoitit. Soita nyt kriisipuhelimeen." },
    });
    expect(answer.statusCode).toBe(303);
    const thread = (await retrieve(crisisCode)).json<{
      thread: { status: string; messages: { from: string; text: string }[] };
    }>().thread;
    expect(thread.status).toBe("answered");
    expect(thread.messages.map((m) => m.from)).toEqual(["client", "professional"]);
    expect(JSON.stringify(thread)).not.toContain("SISÄINEN-HUOMIO");
  });

  it("refuses another organisation's professional with 404 for views and actions", async () => {
    await newQuestion("Toisen organisaation ei pidä nähdä tätä");
    const id = await threadIdOf("Toisen organisaation ei pidä nähdä tätä");
    const view = await ctx.app.inject({
      url: `/staff/questions/${id}`,
      headers: { cookie: outsider.cookie },
    });
    expect(view.statusCode).toBe(404);
    expect(view.body).not.toContain("Toisen organisaation");
    const answer = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/answer`,
      headers: { cookie: outsider.cookie },
      payload: { _csrf: outsider.csrf, text: "ei saa mennä perille" },
    });
    expect(answer.statusCode).toBe(404);
    const queue = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: outsider.cookie } });
    expect(queue.body).not.toContain(id);
    const anonymous = await ctx.app.inject({ url: `/staff/questions/${id}` });
    expect(anonymous.statusCode).toBe(303);
  });

  it("transfers a thread to another service of the organisation with a note", async () => {
    await newQuestion("Siirrettävä kysymys");
    const id = await threadIdOf("Siirrettävä kysymys");
    const res = await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/transfer`,
      headers: { cookie: counsellorA.cookie },
      payload: { _csrf: counsellorA.csrf, serviceId: voucherService.id, note: "psykologille" },
    });
    expect(res.statusCode).toBe(303);
    const [row] = await ctx.database.sql<
      { service_id: string }[]
    >`select service_id from question_threads where id = ${id}`;
    expect(row?.service_id).toBe(voucherService.id);
    const view = await ctx.app.inject({
      url: `/staff/questions/${id}`,
      headers: { cookie: counsellorA.cookie },
    });
    expect(view.body).toContain("psykologille");
  });

  it("shows the team lead load per service", async () => {
    const res = await ctx.app.inject({
      url: "/staff/questions/team",
      headers: { cookie: counsellorA.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Kysy perheneuvojalta (demo)");
  });
});

describe("privacy and retention", () => {
  it("keeps a canary question out of the database dump", async () => {
    const canary = `KANARIA-${Date.now()}-lintu`;
    await newQuestion(`Tämä on testilause ${canary}`);
    const dump = await dumpDatabase(ctx.database, ctx.dbUrl);
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toContain(canary);
    expect(dump).toContain("enc:v1:");
  });

  it("deletes expired threads with their texts and keeps anonymous counts", async () => {
    const code = await newQuestion("Poistuva kysymys");
    const id = await threadIdOf("Poistuva kysymys");
    await ctx.app.inject({
      method: "POST",
      url: `/staff/questions/${id}/answer`,
      headers: { cookie: counsellorA.cookie },
      payload: { _csrf: counsellorA.csrf, text: "Vastaus" },
    });
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions/feedback",
      payload: { retrievalCode: code, helped: true },
    });
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions/close",
      payload: { retrievalCode: code },
    });
    // Not yet: closed today.
    expect(await deleteExpiredThreads({ database: ctx.database })).toBe(0);
    await ctx.database
      .sql`update question_threads set closed_at = now() - interval '31 days' where id = ${id}`;
    const [before] = await ctx.database.sql<{ questions: number; helped: number }[]>`
      select coalesce(sum(questions), 0)::int as questions, coalesce(sum(helped), 0)::int as helped from question_counts`;
    expect(await deleteExpiredThreads({ database: ctx.database })).toBe(1);
    const [after] = await ctx.database.sql<{ questions: number; helped: number; answered: number }[]>`
      select sum(questions)::int as questions, sum(helped)::int as helped, sum(answered)::int as answered from question_counts`;
    expect(after?.questions).toBe((before?.questions ?? 0) + 1);
    expect(after?.helped).toBe((before?.helped ?? 0) + 1);
    const [{ n } = { n: -1 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from question_messages where thread_id = ${id}`;
    expect(n).toBe(0);
    expect((await retrieve(code)).statusCode).toBe(404);
  });
});

describe("the asking pages without JavaScript", () => {
  it("points out identity details before sending, then sends on confirmation and shows the receipt", async () => {
    const text = "Lapseni hetu on 010120A123B, voiko neuvola auttaa?";
    const first = await ctx.app.inject({
      method: "POST",
      url: "/fi/kysy",
      payload: { serviceId: openService.id, text },
    });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("henkilötunnus");
    expect(first.body).toContain(text);
    const sent = await ctx.app.inject({
      method: "POST",
      url: "/fi/kysy",
      payload: { serviceId: openService.id, text, confirmed: "yes" },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.headers["cache-control"]).toBe("no-store");
    const code = /data-retrieval-code="[^"]*">([0-9A-Z-]+)</.exec(sent.body)?.[1] ?? "";
    expect(code.length).toBe(26);
    const read = await ctx.app.inject({
      method: "POST",
      url: "/fi/kysy/vastaus",
      payload: { action: "read", retrievalCode: code },
    });
    expect(read.statusCode).toBe(200);
    expect(read.body).toContain("Odottaa vastausta");
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/sv/fraga/svar",
      payload: { action: "read", retrievalCode: "nope" },
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain("Inget samtal hittades");
  });

  it("serves the asking page in every language, cacheable and without cookies", async () => {
    for (const path of ["/fi/kysy", "/sv/fraga", "/en/ask"]) {
      const res = await ctx.app.inject({ url: path });
      expect(res.statusCode).toBe(200);
      expect(res.headers["cache-control"]).toMatch(/^public/);
      expect(res.headers["set-cookie"]).toBeUndefined();
      expect(res.body).toContain('name="serviceId"');
    }
  });

  it("refuses cross-site posts of the forms", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/fi/kysy",
      headers: { "sec-fetch-site": "cross-site" },
      payload: { serviceId: openService.id, text: "x" },
    });
    expect(res.statusCode).toBe(403);
  });

  it("shows crisis contacts at once after a question at risk", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/ask",
      payload: { serviceId: openService.id, text: "I want to kill myself tonight, I have the pills ready." },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).toContain("crisis-contacts-heading");
  });
});

describe("guessing codes with rate limits on", () => {
  it("answers 429 in the contract's shape once a client has guessed too often", async () => {
    const limited = await createTestApp({ RATE_LIMIT: "on" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await limited.app.inject({
          method: "POST",
          url: "/api/v1/questions/retrieve",
          headers: { "accept-language": "fi" },
          payload: { retrievalCode: `WRONG-${String(i)}` },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.json<{ error: { code: string; message: string } }>().error.code).toBe("rate-limited");
        }
      }
      expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
      expect(statuses.slice(30)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

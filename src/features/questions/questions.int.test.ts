import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { dumpDatabase } from "../../../test/support/dump-database";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { deleteExpiredThreads } from "./delete-expired-threads";
import { CODE_CHECK_FLOOR_MS } from "./equal-time";
import { seedQuestionServices } from "./seed-question-services";
import { listQuestionServices } from "./service";

let ctx: TestContext;
let openService: { id: string; name: string };
let voucherService: { id: string };
let counsellorA: { cookie: string; csrf: string };
let counsellorB: { cookie: string; csrf: string };
let outsider: { cookie: string; csrf: string };
let orgAdmin: { cookie: string; csrf: string };
let otherManager: { cookie: string; csrf: string };

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

async function staffPost(
  who: { cookie: string; csrf: string },
  url: string,
  payload: Record<string, string>,
) {
  return ctx.app.inject({
    method: "POST",
    url,
    headers: { cookie: who.cookie },
    payload: { _csrf: who.csrf, ...payload },
  });
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
  const codes = [...res.body.matchAll(/data-voucher-code="[^"]*">([0-9A-Z-]+)</g)].map((m) => m[1] ?? "");
  // At least 128 bits: 26 characters of 5 bits, in groups of four for reading.
  for (const code of codes) expect(code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/);
  return codes;
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
  const m = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "other-org",
    email: "m@other.test",
    roles: ["manager"],
  });
  counsellorA = await loginAs(ctx.app, "a@demo.test", a.secret);
  counsellorB = await loginAs(ctx.app, "b@demo.test", b.secret);
  outsider = await loginAs(ctx.app, "o@other.test", o.secret);
  orgAdmin = await loginAs(ctx.app, "admin@demo.test", admin.secret);
  otherManager = await loginAs(ctx.app, "m@other.test", m.secret);
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
    const base = {
      serviceId: voucherService.id,
      lang: "fi",
      text: "Voinko kysyä synnytyksen jälkeisestä masennuksesta?",
    };
    const missing = await ask(base);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe("voucher-required");
    // A code that cannot be a voucher (length, letters) is named as a typo before any lookup.
    const malformed = await ask({ ...base, voucher: "ABCD-12" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: { code: string } }>().error.code).toBe("voucher-format");
    // Cards printed with the earlier 16-character codes are still looked up (and this one is unknown).
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
    // Alerted above the queue and in the tab title, with no JavaScript needed.
    const [{ n: crisisWaiting } = { n: 0 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from question_threads where crisis and status = 'waiting'`;
    expect(crisisWaiting).toBeGreaterThan(0);
    expect(queue.body).toMatch(new RegExp(`role="alert"[^>]*data-crisis-count="${String(crisisWaiting)}"`));
    expect(queue.body).toContain(`<title>(${String(crisisWaiting)}) KRIISI · Kirjalliset kysymykset`);

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
    // Another organisation's crisis is not theirs to be alerted about.
    expect(queue.body).not.toContain("data-crisis-count");
    const anonymous = await ctx.app.inject({ url: `/staff/questions/${id}` });
    expect(anonymous.statusCode).toBe(303);
  });

  it("transfers a thread to another profession of its service or to another service, with a note", async () => {
    await newQuestion("Siirrettävä kysymys");
    const id = await threadIdOf("Siirrettävä kysymys");
    const transfer = (target: string, note: string) =>
      staffPost(counsellorA, `/staff/questions/${id}/transfer`, { target, note });
    const place = async () =>
      (
        await ctx.database.sql<{ service_id: string; profession: string | null }[]>`
          select service_id, profession from question_threads where id = ${id}`
      )[0];

    expect((await transfer(`${openService.id}/psychologist`, "psykologin arvio")).statusCode).toBe(303);
    expect(await place()).toEqual({ service_id: openService.id, profession: "psychologist" });
    const view = await ctx.app.inject({
      url: `/staff/questions/${id}`,
      headers: { cookie: counsellorA.cookie },
    });
    expect(view.body).toMatch(/data-profession="true">psykologi</);
    expect(view.body).toContain("psykologin arvio");
    const queue = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: counsellorA.cookie } });
    expect(queue.body).toContain("<td>psykologi</td>");

    // Where it already is, a profession the service lacks, a service of no one: 400, the note kept.
    const same = await transfer(`${openService.id}/psychologist`, "sama paikka");
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain("Kysymys on jo siellä.");
    expect(same.body).toContain("sama paikka");
    const lacking = await transfer(`${openService.id}/public-health-nurse`, "");
    expect(lacking.statusCode).toBe(400);
    expect(lacking.body).toContain("Valitussa palvelussa ei ole tätä ammattiryhmää.");
    expect((await transfer("00000000-0000-4000-8000-000000000000", "")).statusCode).toBe(400);
    expect((await transfer("not-a-service/psychologist", "")).statusCode).toBe(400);

    expect((await transfer(voucherService.id, "psykologille")).statusCode).toBe(303);
    expect(await place()).toEqual({ service_id: voucherService.id, profession: null });
    const moved = await ctx.app.inject({
      url: `/staff/questions/${id}`,
      headers: { cookie: counsellorA.cookie },
    });
    expect(moved.body).toContain("psykologille");
    expect(await place()).toEqual({ service_id: voucherService.id, profession: null });
  });

  it("lets only the holder (or anyone while nobody holds it) pass a thread on, and never a closed one", async () => {
    await newQuestion("Kenen siirrettävä?");
    const id = await threadIdOf("Kenen siirrettävä?");
    const base = `/staff/questions/${id}`;
    expect((await staffPost(counsellorA, `${base}/claim`, {})).statusCode).toBe(303);
    const byOther = await staffPost(counsellorB, `${base}/transfer`, {
      target: voucherService.id,
      note: "B:n saate",
    });
    expect(byOther.statusCode).toBe(409);
    expect(byOther.body).toContain("a@demo.test on jo ottanut tämän kysymyksen käsittelyyn.");
    expect(byOther.body).toContain("B:n saate");
    // Once it is free again, anyone may pass it on.
    expect((await staffPost(counsellorA, `${base}/release`, {})).statusCode).toBe(303);
    const byB = await staffPost(counsellorB, `${base}/transfer`, {
      target: `${openService.id}/family-counsellor`,
      note: "",
    });
    expect(byB.statusCode).toBe(303);
    expect((await staffPost(counsellorA, `${base}/claim`, {})).statusCode).toBe(303);
    await ctx.database.sql`update question_threads set status = 'closed', closed_at = now() where id = ${id}`;
    const closed = await staffPost(counsellorA, `${base}/transfer`, { target: voucherService.id, note: "" });
    expect(closed.statusCode).toBe(409);
    expect(closed.body).toContain("Kysyjä on sulkenut keskustelun");
    const answer = await staffPost(counsellorA, `${base}/answer`, { text: "Vastaus, jota ei enää lähetetä" });
    expect(answer.statusCode).toBe(409);
    expect(answer.body).toContain("Vastaus, jota ei enää lähetetä");
    const [row] = await ctx.database.sql<{ service_id: string; status: string; n: number }[]>`
      select t.service_id, t.status,
        (select count(*)::int from question_messages m where m.thread_id = t.id and m.author <> 'note') as n
      from question_threads t where t.id = ${id}`;
    expect(row).toEqual({ service_id: openService.id, status: "closed", n: 1 });
  });

  it("saves one answer when the same answer is sent several times at once", async () => {
    const code = await newQuestion("Kaksoislähetys");
    const id = await threadIdOf("Kaksoislähetys");
    const send = () =>
      staffPost(counsellorA, `/staff/questions/${id}/answer`, { text: "Sama vastaus kahdesti" });
    const results = await Promise.all([send(), send(), send(), send()]);
    for (const res of results) {
      expect([303, 409]).toContain(res.statusCode);
      if (res.statusCode === 409) expect(res.body).toContain("Sama vastaus kahdesti");
    }
    expect(results.some((r) => r.statusCode === 303)).toBe(true);
    const [row] = await ctx.database.sql<{ n: number; claimed_by: string | null; status: string }[]>`
      select t.claimed_by, t.status,
        (select count(*)::int from question_messages m where m.thread_id = t.id and m.author = 'professional') as n
      from question_threads t where t.id = ${id}`;
    expect(row).toEqual({ n: 1, claimed_by: null, status: "answered" });
    const thread = (await retrieve(code)).json<{ thread: { messages: { from: string }[] } }>().thread;
    expect(thread.messages.map((m) => m.from)).toEqual(["client", "professional"]);
  });

  it("refuses an answer while another holds the thread, saving nothing and keeping the text", async () => {
    await newQuestion("Myöhäinen varaus");
    const id = await threadIdOf("Myöhäinen varaus");
    // B holds the thread: A's answer is refused with A's text kept, and nothing is saved.
    expect((await staffPost(counsellorB, `/staff/questions/${id}/claim`, {})).statusCode).toBe(303);
    const res = await staffPost(counsellorA, `/staff/questions/${id}/answer`, { text: "A:n vastaus" });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("A:n vastaus");
    const [{ n } = { n: -1 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from question_messages where thread_id = ${id} and author = 'professional'`;
    expect(n).toBe(0);
  });

  it("shows the team load only to those who lead the organisation, and only their own", async () => {
    const team = (who: { cookie: string }) =>
      ctx.app.inject({ url: "/staff/questions/team", headers: { cookie: who.cookie } });
    expect((await team(counsellorA)).statusCode).toBe(403);
    const queue = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: counsellorA.cookie } });
    expect(queue.body).not.toContain('href="/staff/questions/team"');
    const lead = await team(orgAdmin);
    expect(lead.statusCode).toBe(200);
    expect(lead.body).toContain("Kysy perheneuvojalta (demo)");
    const other = await team(otherManager);
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain("Kysy perheneuvojalta (demo)");
    expect(other.body).not.toContain("a@demo.test");
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

  it("never deletes a question still waiting for its answer, and counts an answered one from its last message", async () => {
    await newQuestion("Odottaa yhä vastausta");
    const waitingId = await threadIdOf("Odottaa yhä vastausta");
    await newQuestion("Vastattu kauan sitten");
    const answeredId = await threadIdOf("Vastattu kauan sitten");
    await newQuestion("Vastattu, jatkokysymys tuore");
    const recentId = await threadIdOf("Vastattu, jatkokysymys tuore");
    for (const id of [answeredId, recentId])
      expect(
        (await staffPost(counsellorA, `/staff/questions/${id}/answer`, { text: "Vastaus" })).statusCode,
      ).toBe(303);
    await ctx.database.sql`update question_threads set created_at = now() - interval '120 days',
      answer_due = now() - interval '115 days', last_message_at = now() - interval '90 days' where id = ${waitingId}`;
    await ctx.database.sql`update question_threads set created_at = now() - interval '120 days',
      last_message_at = now() - interval '31 days' where id = ${answeredId}`;
    await ctx.database.sql`update question_threads set created_at = now() - interval '120 days',
      last_message_at = now() - interval '5 days' where id = ${recentId}`;
    const sums = async () =>
      (
        await ctx.database.sql<{ questions: number; answered: number }[]>`
          select coalesce(sum(questions), 0)::int as questions, coalesce(sum(answered), 0)::int as answered
          from question_counts`
      )[0];
    const before = await sums();
    await deleteExpiredThreads({ database: ctx.database });
    const left = await ctx.database.sql<{ id: string }[]>`
      select id from question_threads where id in ${ctx.database.sql([waitingId, answeredId, recentId])}`;
    expect(left.map((r) => r.id).sort()).toEqual([waitingId, recentId].sort());
    expect(await sums()).toEqual({
      questions: (before?.questions ?? 0) + 1,
      answered: (before?.answered ?? 0) + 1,
    });
    // Still in the queue for a professional, past its due time.
    const queue = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: counsellorA.cookie } });
    expect(queue.body).toContain(waitingId);
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

  it("one field that cannot be read keeps the typed question and the other fields, with the error at its field", async () => {
    const question = "Miten voin puhua nuoren kanssa kotiintuloajoista?";
    const res = await ctx.app.inject({
      method: "POST",
      url: "/fi/kysy",
      payload: { serviceId: openService.id, text: question, voucher: "X".repeat(150) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(question);
    expect(res.body).toContain('id="voucher-error"');
    expect(res.body).toMatch(/id="voucher"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(new RegExp(`id="service-${openService.id}"[^>]*checked`));
  });

  it("names every mistake at its own field at once, keeps what was typed and stores nothing", async () => {
    const question = "Miten tuen nuorta, joka valvoo öisin?";
    const count = async () =>
      (await ctx.database.sql<{ n: number }[]>`select count(*)::int as n from question_threads`)[0]?.n;
    const before = await count();
    const res = await ctx.app.inject({
      method: "POST",
      url: "/fi/kysy",
      payload: {
        serviceId: openService.id,
        text: question,
        voucher: "abcd-12",
        topic: "violence",
        notifyEmail: "ei-osoite",
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(question);
    expect(res.body).toContain('value="abcd-12"');
    expect(res.body).toContain('value="ei-osoite"');
    expect(res.body).toMatch(/<option value="violence" selected/);
    for (const field of ["voucher", "topic", "notifyEmail"]) {
      expect(res.body).toContain(`id="${field}-error"`);
      expect(res.body).toMatch(new RegExp(`id="${field}"[^>]*aria-describedby="[^"]*${field}-error"`));
      expect(res.body).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`));
      expect(res.body).toMatch(new RegExp(`id="error-summary"[\\s\\S]*href="#${field}"`));
    }
    expect(res.body).toContain("Palvelusetelin koodi ei ole vielä kokonainen.");
    expect(res.body).toContain("ei käsittele tätä aihetta. Sen aiheet ovat: Vanhemmuus, Parisuhde");
    expect(await count()).toBe(before);
  });

  it("groups the topic list under each service, so a topic is chosen from its own service", async () => {
    const page = await ctx.app.inject({ url: "/en/ask" });
    const services = await listQuestionServices({ database: ctx.database, lang: "en" });
    const open = services.find((s) => s.id === openService.id);
    const other = services.find((s) => s.id !== openService.id);
    if (!open || !other) throw new Error("demo services missing");
    for (const s of [open, other]) expect(page.body).toContain(`data-service-topics="${s.id}"`);
    // The demo's open service has no "violence" topic; the clinic service does.
    const foreignTopic = other.topics.find((t) => !open.topics.includes(t)) ?? "";
    expect(foreignTopic).not.toBe("");
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/ask",
      payload: { serviceId: openService.id, text: "A question about my teen", topic: foreignTopic },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("A question about my teen");
    expect(res.body).toContain('id="topic-error"');
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

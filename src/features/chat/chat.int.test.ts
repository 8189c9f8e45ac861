import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { dumpDatabase } from "../../../test/support/dump-database";
import { hashToken } from "../../platform/crypto/index";
import { FrameClient, type Frame } from "./chat-test-client";
import { markAvailable } from "./chat-test-fixtures";
import { ensureDemoChatService, purgeExpiredChats } from "./service";

let ctx: TestContext;
let origin: string;
let worker: { cookie: string; csrf: string; id: string };
let worker2: { cookie: string; csrf: string; id: string };
let foreign: { cookie: string; csrf: string };

async function startSession(body: Record<string, unknown> = { lang: "fi" }) {
  const res = await ctx.app.inject({ method: "POST", url: "/api/v1/chat/sessions", payload: body });
  return { status: res.statusCode, json: res.json<Record<string, unknown>>() };
}

async function client(token: string): Promise<FrameClient> {
  const c = FrameClient.wrap(await ctx.app.injectWS("/api/v1/chat/ws"));
  c.send({ type: "auth", token });
  return c;
}

async function workerSocket(cookie: string): Promise<FrameClient> {
  const c = FrameClient.wrap(await ctx.app.injectWS("/staff/chat/ws", { headers: { cookie, origin } }));
  await c.next((f) => f.type === "queue");
  return c;
}

const isMessage = (text: string) => (f: Frame) => f.type === "message" && f.text === text;

interface Staff {
  cookie: string;
  csrf: string;
  id: string;
}

/** A chat worker of the demo organisation of their own, so one test's load does not bend another's. */
async function newWorker(
  email: string,
  options: { alias?: string; available?: boolean; maxConcurrent?: number } = {},
): Promise<Staff> {
  const u = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email,
    roles: ["chat_worker"],
  });
  if (options.alias)
    await ctx.database.sql`update staff_users set alias = ${options.alias} where id = ${u.id}`;
  await markAvailable({
    database: ctx.database,
    userId: u.id,
    available: options.available ?? true,
    maxConcurrent: options.maxConcurrent ?? 3,
  });
  return { ...(await loginAs(ctx.app, email, u.secret)), id: u.id };
}

const staffPost = (who: Staff, url: string, payload: Record<string, unknown> = {}) =>
  ctx.app.inject({
    method: "POST",
    url,
    headers: { cookie: who.cookie },
    payload: { _csrf: who.csrf, ...payload },
  });

async function assignedOf(sessionId: string) {
  const [row] = await ctx.database.sql<{ status: string; assigned_user_id: string | null }[]>`
    select status, assigned_user_id from chat_sessions where id = ${sessionId}`;
  return row;
}

/** A no-JS conversation: its cookie, session id, and the write form's CSRF token. */
async function noJsConversation(lang: string, topic?: string) {
  const start = await ctx.app.inject({
    method: "POST",
    url: "/chat/nojs/start",
    payload: { lang, ui: lang, ...(topic ? { topic } : {}) },
  });
  const cookie = String(start.headers["set-cookie"]).split(";")[0] ?? "";
  const token = cookie.slice(cookie.indexOf("=") + 1);
  const [row] = await ctx.database.sql<{ id: string }[]>`
    select id from chat_sessions where token_hash = ${hashToken(token)}`;
  const write = await ctx.app.inject({ method: "GET", url: "/chat/nojs/write", headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(write.body)?.[1] ?? "";
  return { cookie, token, sessionId: row?.id ?? "", csrf };
}

/** The `<li>` of a rendered message list that holds a text. */
const itemWith = (body: string, text: string): string =>
  body.split("<li").find((li) => li.includes(text)) ?? "";

beforeAll(async () => {
  ctx = await createTestApp();
  origin = ctx.config.publicUrl;
  await ensureDemoChatService({ database: ctx.database });
  const w = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "w1@example.fi",
    roles: ["chat_worker"],
  });
  worker = { ...(await loginAs(ctx.app, "w1@example.fi", w.secret)), id: w.id };
  const w2 = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "w2@example.fi",
    roles: ["chat_worker"],
  });
  worker2 = { ...(await loginAs(ctx.app, "w2@example.fi", w2.secret)), id: w2.id };
  await createOrganisation(ctx.database, "other-org");
  const f = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "other-org",
    email: "f@example.fi",
    roles: ["chat_worker"],
  });
  foreign = await loginAs(ctx.app, "f@example.fi", f.secret);
  for (const id of [w.id, w2.id, f.id]) await markAvailable({ database: ctx.database, userId: id });
}, 60_000);

afterAll(async () => {
  await ctx.close();
});

describe("POST /api/v1/chat/sessions", () => {
  it("starts a session with a token of at least 128 bits and a queue place", async () => {
    const { status, json } = await startSession({ lang: "sv", topic: "mood" });
    expect(status).toBe(201);
    expect(typeof json.sessionId).toBe("string");
    expect(String(json.token).length).toBeGreaterThanOrEqual(22);
    expect(json.queue).toMatchObject({
      position: expect.any(Number) as number,
      etaSeconds: expect.any(Number) as number,
    });
    const [row] = await ctx.database
      .sql`select token_hash from chat_sessions where id = ${String(json.sessionId)}`;
    expect(row?.token_hash).not.toBe(json.token);
  });

  it("refuses bad input with 400 in the request language, and answers 409 closed with opensAt outside hours", async () => {
    const bad = await startSession({ lang: "xx" });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: "bad-request" } });
    const badTopic = await startSession({ lang: "en", topic: "nope" });
    expect(badTopic.status).toBe(400);
    const [org] = await ctx.database.sql<
      { id: string }[]
    >`select id from organisations where slug = 'demo-pirkanmaa'`;
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const [svc] = await ctx.database.sql<
      { id: string }[]
    >`insert into chat_services (org_id, slug, names, languages, topics, opening_hours)
      values (${org?.id ?? ""}, 'closed-chat', ${JSON.stringify({ fi: "Suljettu" })}::jsonb, ${JSON.stringify(["fi", "en"])}::jsonb, ${JSON.stringify([])}::jsonb,
        ${JSON.stringify({ weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, exceptions: [{ date: soon, intervals: [{ from: "09:00", to: "10:00" }] }] })}::jsonb)
      returning id`;
    const closed = await startSession({ lang: "en", serviceId: svc?.id });
    expect(closed.status).toBe(409);
    expect(closed.json).toMatchObject({
      error: { code: "closed", message: "The chat is closed right now." },
    });
    const opensAt = new Date(String(closed.json.opensAt));
    expect(opensAt.getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    expect(opensAt.toLocaleTimeString("en-GB", { timeZone: "Europe/Helsinki" })).toBe("09:00:00");
    await ctx.database.sql`delete from chat_services where id = ${svc?.id ?? ""}`;
  });
});

describe("client WebSocket contract", () => {
  it("authenticates with the first frame, acks with the clientMsgId, and a worker receives it", async () => {
    const { json } = await startSession({ lang: "fi", topic: "anxiety" });
    const c = await client(String(json.token));
    await c.next((f) => f.type === "queue");
    c.send({ type: "message", text: "Hei, onko siellä ketään?", clientMsgId: "m1" });
    const ack = await c.next((f) => f.type === "message" && f.clientMsgId === "m1");
    expect(ack).toMatchObject({
      from: "client",
      text: "Hei, onko siellä ketään?",
      id: expect.any(String) as string,
      at: expect.any(String) as string,
    });
    // Durable once acknowledged: it is in the database.
    const [row] = await ctx.database
      .sql`select count(*)::int as n from chat_messages where id = ${String(ack.id)}`;
    expect(row?.n).toBe(1);
    // A resend with the same clientMsgId is stored once and acked with the same id.
    c.send({ type: "message", text: "Hei, onko siellä ketään?", clientMsgId: "m1" });
    await new Promise((r) => setTimeout(r, 100));
    const [count] = await ctx.database
      .sql`select count(*)::int as n from chat_messages where session_id = ${String(json.sessionId)}`;
    expect(count?.n).toBe(1);

    const w = await workerSocket(worker.cookie);
    w.send({ type: "accept", sessionId: String(json.sessionId) });
    await w.next((f) => f.type === "accepted");
    const joined = await c.next((f) => f.type === "joined");
    expect(joined).toEqual({ type: "joined", worker: { alias: "w1@example.fi" } });
    c.send({ type: "typing" });
    await w.next((f) => f.type === "typing");
    c.send({ type: "message", text: "Minua jännittää", clientMsgId: "m2" });
    const got = await w.next(isMessage("Minua jännittää"));
    expect(got.sessionId).toBe(json.sessionId);
    w.send({ type: "message", sessionId: String(json.sessionId), text: "Kerro lisää", clientMsgId: "w1" });
    const fromWorker = await c.next(isMessage("Kerro lisää"));
    expect(fromWorker.from).toBe("worker");
    expect(fromWorker.clientMsgId).toBeUndefined();

    // A second worker accepting the taken session is refused and nothing changes.
    const w2 = await workerSocket(worker2.cookie);
    w2.send({ type: "accept", sessionId: String(json.sessionId) });
    expect(await w2.next((f) => f.type === "error")).toMatchObject({ code: "taken" });
    const [s] = await ctx.database.sql<
      { assigned_user_id: string }[]
    >`select assigned_user_id from chat_sessions where id = ${String(json.sessionId)}`;
    expect(s?.assigned_user_id).not.toBe(worker2.id);

    c.send({ type: "end" });
    expect(await c.next((f) => f.type === "ended")).toEqual({ type: "ended", reason: "client-ended" });
    c.send({ type: "message", text: "vielä yksi", clientMsgId: "m3" });
    expect(await c.next((f) => f.type === "error")).toMatchObject({ code: "ended", clientMsgId: "m3" });
    const [after] = await ctx.database
      .sql`select count(*)::int as n from chat_messages where session_id = ${String(json.sessionId)} and client_msg_id = 'm3'`;
    expect(after?.n).toBe(0);
    for (const x of [c, w, w2]) x.close();
  });

  it("refuses forged and expired tokens with an error frame and a close", async () => {
    const forged = await client("x".repeat(43));
    expect(await forged.next((f) => f.type === "error")).toMatchObject({ code: "bad-token" });
    expect(await forged.closed()).toBe(4401);

    const { json } = await startSession({ lang: "en" });
    await ctx.database
      .sql`update chat_sessions set status = 'ended', ended_at = now() - interval '2 hours' where id = ${String(json.sessionId)}`;
    const expired = await client(String(json.token));
    expect(await expired.next((f) => f.type === "error")).toMatchObject({
      code: "expired",
      message: "Keskustelua ei löytynyt tai se on vanhentunut.",
    });
    expect(await expired.closed()).toBe(4401);

    const noAuth = FrameClient.wrap(await ctx.app.injectWS("/api/v1/chat/ws"));
    noAuth.send({ type: "message", text: "hi", clientMsgId: "a" });
    expect(await noAuth.next((f) => f.type === "error")).toMatchObject({ code: "bad-frame" });
    expect(await noAuth.closed()).toBe(4400);
  });

  it("answers malformed and oversized frames with an error frame and stores nothing", async () => {
    const { json } = await startSession({ lang: "en" });
    const c = await client(String(json.token));
    await c.next((f) => f.type === "queue");
    c.send("{not json");
    expect(await c.nextNew((f) => f.type === "error")).toMatchObject({ code: "bad-frame" });
    c.send({ type: "message", text: "a".repeat(5000), clientMsgId: "big" });
    expect(await c.nextNew((f) => f.type === "error")).toMatchObject({ code: "too-long" });
    c.send({ type: "message", text: "b".repeat(20_000), clientMsgId: "huge" });
    expect(await c.nextNew((f) => f.type === "error")).toMatchObject({ code: "too-large" });
    c.send({ type: "nonsense" });
    expect(await c.nextNew((f) => f.type === "error")).toMatchObject({ code: "bad-frame" });
    const [row] = await ctx.database
      .sql`select count(*)::int as n from chat_messages where session_id = ${String(json.sessionId)}`;
    expect(row?.n).toBe(0);
    c.close();
  });

  it("refuses a foreign Origin before the upgrade (client and worker sockets)", async () => {
    await expect(
      ctx.app.injectWS("/api/v1/chat/ws", { headers: { origin: "https://evil.example" } }),
    ).rejects.toThrow(/403/);
    await expect(
      ctx.app.injectWS("/staff/chat/ws", {
        headers: { cookie: worker.cookie, origin: "https://evil.example" },
      }),
    ).rejects.toThrow(/403/);
    await expect(ctx.app.injectWS("/staff/chat/ws", { headers: { cookie: worker.cookie } })).rejects.toThrow(
      /403/,
    );
    await expect(ctx.app.injectWS("/staff/chat/ws", { headers: { origin } })).rejects.toThrow(/401/);
  });
});

describe("crisis", () => {
  it("flags the session, moves it to the top, tells workers and shows the client crisis contacts at once", async () => {
    const first = await startSession({ lang: "fi" });
    const second = await startSession({ lang: "fi" });
    const w = await workerSocket(worker2.cookie);
    const c = await client(String(second.json.token));
    await c.next((f) => f.type === "queue");
    c.send({ type: "message", text: "En jaksa enää, aion tappaa itseni tänä yönä", clientMsgId: "k1" });
    const system = await c.next((f) => f.type === "message" && f.from === "system");
    expect(String(system.text)).toContain("112");
    expect(await c.next((f) => f.type === "queue" && f.position === 1)).toBeTruthy();
    expect(await w.next((f) => f.type === "queue" && Number(f.crisis) >= 1)).toBeTruthy();
    const [row] = await ctx.database.sql<
      { crisis: boolean }[]
    >`select crisis from chat_sessions where id = ${String(second.json.sessionId)}`;
    expect(row?.crisis).toBe(true);
    // Accept next takes the crisis session before the one that waited longer.
    const res = await ctx.app.inject({
      method: "POST",
      url: "/staff/chat/accept-next",
      headers: { cookie: worker2.cookie },
      payload: { _csrf: worker2.csrf },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/staff/chat/sessions/${String(second.json.sessionId)}`);
    const page = await ctx.app.inject({
      method: "GET",
      url: String(res.headers.location),
      headers: { cookie: worker2.cookie },
    });
    expect(page.body).toContain("suicide");
    const audits = await ctx.database
      .sql`select count(*)::int as n from audit_log where action = 'chat.transcript.view' and target_id = ${String(second.json.sessionId)}`;
    expect(audits[0]?.n).toBe(1);
    expect(first.status).toBe(201);
    c.close();
    w.close();
  });
});

describe("organisations are kept apart", () => {
  it("a worker of another organisation cannot read, accept or write to a session (HTTP and WebSocket)", async () => {
    const { json } = await startSession({ lang: "fi" });
    const id = String(json.sessionId);
    const page = await ctx.app.inject({
      method: "GET",
      url: `/staff/chat/sessions/${id}`,
      headers: { cookie: foreign.cookie },
    });
    expect(page.statusCode).toBe(404);
    const accept = await ctx.app.inject({
      method: "POST",
      url: `/staff/chat/sessions/${id}/accept`,
      headers: { cookie: foreign.cookie },
      payload: { _csrf: foreign.csrf },
    });
    expect(accept.statusCode).toBe(404);
    const next = await ctx.app.inject({
      method: "POST",
      url: "/staff/chat/accept-next",
      headers: { cookie: foreign.cookie },
      payload: { _csrf: foreign.csrf },
    });
    expect(next.statusCode).toBe(409);
    const fw = await workerSocket(foreign.cookie);
    fw.send({ type: "accept", sessionId: id });
    expect(await fw.next((f) => f.type === "error")).toMatchObject({ code: "not-found" });
    fw.send({ type: "message", sessionId: id, text: "hello", clientMsgId: "x1" });
    expect(await fw.nextNew((f) => f.type === "error")).toMatchObject({ code: "not-found" });
    // The foreign worker never hears of the other organisation's messages.
    const c = await client(String(json.token));
    c.send({ type: "message", text: "salaisuus", clientMsgId: "s1" });
    await c.next(isMessage("salaisuus"));
    await new Promise((r) => setTimeout(r, 200));
    expect(fw.frames.some((f) => f.type === "message")).toBe(false);
    const audits = await ctx.database
      .sql`select count(*)::int as n from audit_log where action = 'chat.transcript.view' and target_id = ${id}`;
    expect(audits[0]?.n).toBe(0);
    c.close();
    fw.close();
  });
});

describe("workspace over HTTP", () => {
  it("transfers a session with a note, and the client sees the new alias", async () => {
    const { json } = await startSession({ lang: "en" });
    const id = String(json.sessionId);
    const c = await client(String(json.token));
    await c.next((f) => f.type === "queue");
    const accept = await ctx.app.inject({
      method: "POST",
      url: `/staff/chat/sessions/${id}/accept`,
      headers: { cookie: worker.cookie },
      payload: { _csrf: worker.csrf },
    });
    expect(accept.statusCode).toBe(303);
    const again = await ctx.app.inject({
      method: "POST",
      url: `/staff/chat/sessions/${id}/accept`,
      headers: { cookie: worker2.cookie },
      payload: { _csrf: worker2.csrf },
    });
    expect(again.statusCode).toBe(409);
    const transfer = await ctx.app.inject({
      method: "POST",
      url: `/staff/chat/sessions/${id}/transfer`,
      headers: { cookie: worker.cookie },
      payload: { _csrf: worker.csrf, toUserId: worker2.id, note: "Needs housing advice" },
    });
    expect(transfer.statusCode).toBe(303);
    expect(
      await c.next((f) => f.type === "joined" && (f.worker as { alias: string }).alias === "w2@example.fi"),
    ).toBeTruthy();
    const page = await ctx.app.inject({
      method: "GET",
      url: `/staff/chat/sessions/${id}`,
      headers: { cookie: worker2.cookie },
    });
    expect(page.body).toContain("Needs housing advice");
    const send = await ctx.app.inject({
      method: "POST",
      url: `/staff/chat/sessions/${id}/messages`,
      headers: { cookie: worker2.cookie },
      payload: { _csrf: worker2.csrf, text: "Hello from w2" },
    });
    expect(send.statusCode).toBe(303);
    expect(await c.next(isMessage("Hello from w2"))).toBeTruthy();
    const noCsrf = await ctx.app.inject({
      method: "POST",
      url: `/staff/chat/sessions/${id}/messages`,
      headers: { cookie: worker2.cookie },
      payload: { text: "x" },
    });
    expect(noCsrf.statusCode).toBe(403);
    c.close();
  });
});

describe("privacy and retention", () => {
  it("keeps a canary message out of a database dump", async () => {
    const { json } = await startSession({ lang: "fi" });
    const c = await client(String(json.token));
    c.send({ type: "message", text: "CANARY-chat-7f3a91 kanarialintu", clientMsgId: "canary" });
    await c.next((f) => f.clientMsgId === "canary");
    c.close();
    const dump = await dumpDatabase(ctx.database, ctx.dbUrl);
    expect(dump).not.toContain("CANARY-chat-7f3a91");
    expect(dump).not.toContain(String(json.token));
  });

  it("deletes transcripts after the retention days and keeps the counts", async () => {
    const { json } = await startSession({ lang: "sv", topic: "money" });
    const id = String(json.sessionId);
    const c = await client(String(json.token));
    c.send({ type: "message", text: "gammalt", clientMsgId: "old" });
    await c.next((f) => f.clientMsgId === "old");
    c.close();
    await ctx.database.sql`update chat_sessions set status = 'ended', created_at = now() - interval '40 days',
      accepted_at = now() - interval '40 days' + interval '120 seconds', ended_at = now() - interval '40 days' + interval '720 seconds' where id = ${id}`;
    const purged = await purgeExpiredChats({ database: ctx.database });
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = await ctx.database
      .sql`select count(*)::int as n from chat_messages where session_id = ${id}`;
    expect(left[0]?.n).toBe(0);
    const [stats] = await ctx.database.sql<
      { sessions: number; answered: number; wait_seconds_total: number; duration_seconds_total: number }[]
    >`
      select sessions, answered, wait_seconds_total::int, duration_seconds_total::int from chat_daily_stats where topic = 'money' and lang = 'sv'`;
    expect(stats).toMatchObject({
      sessions: 1,
      answered: 1,
      wait_seconds_total: 120,
      duration_seconds_total: 600,
    });
  });
});

describe("pages", () => {
  it("serves the chat page in three languages, cacheable and without cookies", async () => {
    for (const url of ["/fi/chat", "/sv/chatt", "/en/chat"]) {
      const res = await ctx.app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["set-cookie"]).toBeUndefined();
      expect(res.body).toContain('id="chat-start"');
    }
  });

  it("runs a whole conversation without JavaScript", async () => {
    const start = await ctx.app.inject({
      method: "POST",
      url: "/chat/nojs/start",
      payload: { lang: "en", topic: "mood", ui: "en" },
    });
    expect(start.statusCode).toBe(303);
    const setCookie = String(start.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/chat\/nojs/);
    const cookie = setCookie.split(";")[0] ?? "";
    const conv = await ctx.app.inject({ method: "GET", url: "/chat/nojs/conversation", headers: { cookie } });
    // No timed refresh (WCAG 2.2.1): a refresh link instead.
    expect(conv.body).not.toContain('http-equiv="refresh"');
    expect(conv.body).toContain('href="/chat/nojs/conversation"');
    expect(conv.body).toContain("Your place in the queue");
    const write = await ctx.app.inject({ method: "GET", url: "/chat/nojs/write", headers: { cookie } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(write.body)?.[1] ?? "";
    const clientMsgId = /name="clientMsgId" value="([^"]+)"/.exec(write.body)?.[1] ?? "";
    const forged = await ctx.app.inject({
      method: "POST",
      url: "/chat/nojs/send",
      headers: { cookie },
      payload: { text: "hi", clientMsgId, _csrf: "nope" },
    });
    expect(forged.statusCode).toBe(403);
    for (let i = 0; i < 2; i++) {
      const sent = await ctx.app.inject({
        method: "POST",
        url: "/chat/nojs/send",
        headers: { cookie },
        payload: { text: "Hello without scripts", clientMsgId, _csrf: csrf },
      });
      expect(sent.statusCode).toBe(303);
    }
    const after = await ctx.app.inject({
      method: "GET",
      url: "/chat/nojs/conversation",
      headers: { cookie },
    });
    expect(after.body.split("Hello without scripts").length - 1).toBe(1);
    const end = await ctx.app.inject({
      method: "POST",
      url: "/chat/nojs/end",
      headers: { cookie },
      payload: { _csrf: csrf },
    });
    expect(end.statusCode).toBe(303);
    const ended = await ctx.app.inject({
      method: "GET",
      url: "/chat/nojs/conversation",
      headers: { cookie },
    });
    expect(ended.body).toContain("The chat has ended.");
    expect(ended.body).not.toContain('http-equiv="refresh"');
    const transcript = await ctx.app.inject({
      method: "GET",
      url: "/chat/nojs/transcript",
      headers: { cookie },
    });
    expect(transcript.body).toContain("You: Hello without scripts");
    const fb = await ctx.app.inject({
      method: "POST",
      url: "/chat/nojs/feedback",
      headers: { cookie },
      payload: { _csrf: csrf, rating: "4", text: "ok" },
    });
    expect(fb.statusCode).toBe(303);
    const none = await ctx.app.inject({ method: "GET", url: "/chat/nojs/conversation" });
    expect(none.statusCode).toBe(404);
  });
});

describe("review fixes: no-JS sending keeps what was typed", () => {
  it("refuses empty and too long with 400, an ended chat with 409, and no session with 404, text given back, nothing stored", async () => {
    const { cookie, sessionId, csrf } = await noJsConversation("fi");
    const send = (payload: Record<string, unknown>, withCookie = true) =>
      ctx.app.inject({
        method: "POST",
        url: "/chat/nojs/send",
        headers: withCookie ? { cookie } : {},
        payload: { _csrf: csrf, ...payload },
      });
    const empty = await send({ text: "   ", clientMsgId: "e1" });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Kirjoita viesti ensin.");
    const long = `PIDETTY-${"x".repeat(4100)}`;
    const tooLong = await send({ text: long, clientMsgId: "e2" });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("Viesti on liian pitkä.");
    expect(tooLong.body).toContain(long);
    const badId = await send({ text: "Säilyvä teksti", clientMsgId: "ei kelpaa!" });
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toContain("Säilyvä teksti");

    const end = await ctx.app.inject({
      method: "POST",
      url: "/chat/nojs/end",
      headers: { cookie },
      payload: { _csrf: csrf },
    });
    expect(end.statusCode).toBe(303);
    const late = await send({ text: "Tämä jäi vielä sanomatta", clientMsgId: "e3" });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain("keskustelu on jo päättynyt");
    expect(late.body).toContain("Tämä jäi vielä sanomatta");
    const [stored] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from chat_messages where session_id = ${sessionId} and sender = 'client'`;
    expect(stored?.n).toBe(0);

    const gone = await send({ text: "Ilman evästettä", clientMsgId: "e4" }, false);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain("Ilman evästettä");
  });
});

describe("review fixes: every worker message keeps its writer's alias", () => {
  it("after a transfer the no-JS list, the transcript, the socket history and the workspace name each writer", async () => {
    const aino = await newWorker("aino@example.fi", { alias: "Aino" });
    const bea = await newWorker("bea@example.fi", { alias: "Bea" });
    const { cookie, token, sessionId } = await noJsConversation("en");
    expect((await staffPost(aino, `/staff/chat/sessions/${sessionId}/accept`)).statusCode).toBe(303);
    await staffPost(aino, `/staff/chat/sessions/${sessionId}/messages`, { text: "From the first worker" });
    expect(
      (await staffPost(aino, `/staff/chat/sessions/${sessionId}/transfer`, { toUserId: bea.id, note: "" }))
        .statusCode,
    ).toBe(303);
    await staffPost(bea, `/staff/chat/sessions/${sessionId}/messages`, { text: "From the second worker" });
    // Renaming later does not rewrite what was said under the old name.
    await ctx.database.sql`update staff_users set alias = 'Aino Renamed' where id = ${aino.id}`;

    const conv = await ctx.app.inject({ method: "GET", url: "/chat/nojs/conversation", headers: { cookie } });
    expect(itemWith(conv.body, "From the first worker")).toContain('<span class="chat-who">Aino</span>');
    expect(itemWith(conv.body, "From the second worker")).toContain('<span class="chat-who">Bea</span>');
    const transcript = await ctx.app.inject({
      method: "GET",
      url: "/chat/nojs/transcript",
      headers: { cookie },
    });
    expect(transcript.body).toContain("Aino: From the first worker");
    expect(transcript.body).toContain("Bea: From the second worker");

    const c = await client(token);
    expect(await c.next(isMessage("From the first worker"))).toMatchObject({ worker: { alias: "Aino" } });
    expect(await c.next(isMessage("From the second worker"))).toMatchObject({ worker: { alias: "Bea" } });
    c.close();
    const page = await ctx.app.inject({
      method: "GET",
      url: `/staff/chat/sessions/${sessionId}`,
      headers: { cookie: bea.cookie },
    });
    expect(itemWith(page.body, "From the first worker")).toContain("Aino");
    const [row] = await ctx.database.sql<{ sender_alias: string | null }[]>`
      select sender_alias from chat_messages where session_id = ${sessionId} and sender = 'worker' order by seq limit 1`;
    expect(row?.sender_alias).toBe("Aino");
  });
});

describe("review fixes: accept and transfer respect availability and limits", () => {
  it("an unavailable worker cannot accept (HTTP 409 page, error frame); a full one neither; nothing changes", async () => {
    const away = await newWorker("away@example.fi", { available: false, maxConcurrent: 1 });
    const { json } = await startSession({ lang: "en" });
    const id = String(json.sessionId);
    const refused = await staffPost(away, `/staff/chat/sessions/${id}/accept`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain("Merkitse itsesi ensin vapaaksi ottamaan keskusteluja.");
    const next = await staffPost(away, "/staff/chat/accept-next");
    expect(next.statusCode).toBe(409);
    const ws = await workerSocket(away.cookie);
    ws.send({ type: "accept", sessionId: id });
    expect(await ws.next((f) => f.type === "error")).toMatchObject({ code: "unavailable", sessionId: id });
    expect(await assignedOf(id)).toEqual({ status: "queued", assigned_user_id: null });

    const on = await staffPost(away, "/staff/chat/availability", { available: "on", maxConcurrent: "1" });
    expect(on.statusCode).toBe(303);
    expect((await staffPost(away, `/staff/chat/sessions/${id}/accept`)).statusCode).toBe(303);
    const second = String((await startSession({ lang: "en" })).json.sessionId);
    ws.send({ type: "accept", sessionId: second });
    expect(await ws.nextNew((f) => f.type === "error")).toMatchObject({ code: "full" });
    expect(await assignedOf(second)).toEqual({ status: "queued", assigned_user_id: null });
    ws.close();
  });

  it("a transfer goes only to an available colleague with room, and only from the worker who holds the chat", async () => {
    const holder = await newWorker("holder@example.fi");
    const off = await newWorker("off@example.fi", { available: false });
    const busy = await newWorker("busy@example.fi", { maxConcurrent: 1 });
    const id = String((await startSession({ lang: "en" })).json.sessionId);
    const other = String((await startSession({ lang: "en" })).json.sessionId);
    expect((await staffPost(holder, `/staff/chat/sessions/${id}/accept`)).statusCode).toBe(303);
    expect((await staffPost(busy, `/staff/chat/sessions/${other}/accept`)).statusCode).toBe(303);
    const transfer = (who: Staff, toUserId: string) =>
      staffPost(who, `/staff/chat/sessions/${id}/transfer`, { toUserId, note: "Kept only on success" });

    const toOff = await transfer(holder, off.id);
    expect(toOff.statusCode).toBe(409);
    expect(toOff.body).toContain("Työkaveri ei ole nyt vapaana ottamaan keskusteluja.");
    const toBusy = await transfer(holder, busy.id);
    expect(toBusy.statusCode).toBe(409);
    expect(toBusy.body).toContain("Työkaverilla on jo niin monta keskustelua kuin hän ottaa kerralla.");
    expect((await transfer(holder, holder.id)).statusCode).toBe(400);
    expect(await assignedOf(id)).toEqual({ status: "active", assigned_user_id: holder.id });
    const notes = await ctx.database.sql`select 1 from chat_notes where session_id = ${id}`;
    expect(notes).toHaveLength(0);
    // The transfer form says who has no room now.
    const page = await ctx.app.inject({
      method: "GET",
      url: `/staff/chat/sessions/${id}`,
      headers: { cookie: holder.cookie, "accept-language": "en" },
    });
    expect(page.body).toMatch(/off@example\.fi \(off@example\.fi\) · not free now/);

    expect((await staffPost(busy, `/staff/chat/sessions/${other}/end`)).statusCode).toBe(303);
    expect((await transfer(holder, busy.id)).statusCode).toBe(303);
    expect(await assignedOf(id)).toEqual({ status: "active", assigned_user_id: busy.id });
    // The one who passed it on no longer holds it: a second transfer is refused and changes nothing.
    const again = await transfer(holder, off.id);
    expect(again.statusCode).toBe(409);
    expect(await assignedOf(id)).toEqual({ status: "active", assigned_user_id: busy.id });
  });
});

describe("review fixes: crisis in an own conversation reaches its worker", () => {
  it("an active conversation flagged as crisis sends its worker a session frame marked crisis and mine", async () => {
    const holder = await newWorker("crisis-holder@example.fi");
    const { json } = await startSession({ lang: "fi" });
    const id = String(json.sessionId);
    const c = await client(String(json.token));
    await c.next((f) => f.type === "queue");
    const w = await workerSocket(holder.cookie);
    w.send({ type: "accept", sessionId: id });
    await w.next((f) => f.type === "accepted");
    c.send({
      type: "message",
      text: "En jaksa enää, aion tappaa itseni tänä yönä",
      clientMsgId: "own-crisis",
    });
    expect(
      await w.nextNew((f) => f.type === "session" && f.sessionId === id && f.crisis === true),
    ).toMatchObject({ status: "active", mine: true });
    c.close();
    w.close();
  });
});

describe("review fixes: the staff workspace names topics", () => {
  it("shows the service's topic name in the worker's language in the queue, my chats and the session", async () => {
    const reader = await newWorker("topics@example.fi");
    const id = String((await startSession({ lang: "fi", topic: "anxiety" })).json.sessionId);
    const view = (url: string) =>
      ctx.app.inject({ method: "GET", url, headers: { cookie: reader.cookie, "accept-language": "sv" } });
    const queue = await view("/staff/chat");
    expect(queue.body).toContain("<td>Ångest och oro</td>");
    expect(queue.body).not.toContain("<td>anxiety</td>");
    expect((await staffPost(reader, `/staff/chat/sessions/${id}/accept`)).statusCode).toBe(303);
    const mine = await view("/staff/chat");
    expect(itemWith(mine.body, `/staff/chat/sessions/${id}`)).toContain("Ångest och oro");
    const session = await view(`/staff/chat/sessions/${id}`);
    expect(session.body).toContain("<dd>Ångest och oro</dd>");
  });
});

describe("review fixes: a chat starts only in a language its service offers", () => {
  it("refuses another language with 400 in that language (API and no-JS) and starts nothing", async () => {
    const [org] = await ctx.database.sql<
      { id: string }[]
    >`select id from organisations where slug = 'demo-pirkanmaa'`;
    const [svc] = await ctx.database.sql<{ id: string }[]>`
      insert into chat_services (org_id, slug, names, languages, topics, opening_hours)
      values (${org?.id ?? ""}, 'finnish-only', ${JSON.stringify({ fi: "Suomeksi" })}::jsonb,
        ${JSON.stringify(["fi"])}::jsonb, ${JSON.stringify([])}::jsonb,
        ${JSON.stringify({ weekly: "24/7", holidays: { rule: "open" }, exceptions: [] })}::jsonb)
      returning id`;
    const serviceId = svc?.id ?? "";
    try {
      const api = await startSession({ lang: "en", serviceId });
      expect(api.status).toBe(400);
      expect(api.json).toEqual({
        error: {
          code: "unsupported-lang",
          message:
            "Sorry, this chat is not offered in the language you chose. Please pick one of the languages on offer.",
        },
      });
      const form = await ctx.app.inject({
        method: "POST",
        url: "/chat/nojs/start",
        payload: { lang: "sv", ui: "sv", serviceId },
      });
      expect(form.statusCode).toBe(400);
      expect(form.body).toContain("Den här chatten finns tyvärr inte på språket du valde.");
      expect(form.headers["set-cookie"]).toBeUndefined();
      const started = await ctx.database.sql`select 1 from chat_sessions where service_id = ${serviceId}`;
      expect(started).toHaveLength(0);
      expect((await startSession({ lang: "fi", serviceId })).status).toBe(201);
    } finally {
      await ctx.database.sql`delete from chat_sessions where service_id = ${serviceId}`;
      await ctx.database.sql`delete from chat_services where id = ${serviceId}`;
    }
  });
});

describe("review fixes: retention keeps the ratings", () => {
  it("deletes the conversations and their feedback text, and keeps how many rated, the sum and each value", async () => {
    const ids: string[] = [];
    for (const rating of [2, 5, undefined]) {
      const { json } = await startSession({ lang: "en", topic: "relationships" });
      const id = String(json.sessionId);
      ids.push(id);
      await ctx.database.sql`update chat_sessions set status = 'ended', ended_at = now() where id = ${id}`;
      if (rating !== undefined) {
        const fb = await ctx.app.inject({
          method: "POST",
          url: "/chat/feedback",
          payload: { token: String(json.token), rating, text: "RATING-TEXT-e41 kiitos" },
        });
        expect(fb.statusCode).toBe(204);
      }
    }
    await ctx.database.sql`update chat_sessions set created_at = now() - interval '40 days',
      ended_at = now() - interval '40 days' + interval '60 seconds' where id in ${ctx.database.sql(ids)}`;
    await purgeExpiredChats({ database: ctx.database });
    const left = await ctx.database.sql`select 1 from chat_sessions where id in ${ctx.database.sql(ids)}`;
    expect(left).toHaveLength(0);
    const [stats] = await ctx.database.sql`
      select sessions, feedback, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5
      from chat_daily_stats where topic = 'relationships' and lang = 'en'`;
    expect(stats).toEqual({
      sessions: 3,
      feedback: 2,
      rating_sum: 7,
      rating_1: 0,
      rating_2: 1,
      rating_3: 0,
      rating_4: 0,
      rating_5: 1,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { dumpDatabase } from "../../../test/support/dump-database";
import { FrameClient, type Frame } from "./chat-test-client";
import { ensureDemoChatService, purgeExpiredChats } from "./service";

let ctx: TestContext;
let origin: string;
let worker: { cookie: string; csrf: string };
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
  worker = await loginAs(ctx.app, "w1@example.fi", w.secret);
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
      values (${org?.id ?? ""}, 'closed-chat', ${JSON.stringify({ fi: "Suljettu" })}::jsonb, ${JSON.stringify(["fi"])}::jsonb, ${JSON.stringify([])}::jsonb,
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

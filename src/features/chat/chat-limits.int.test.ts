import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, loginAs } from "../../../test/support/staff-fixtures";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { hashToken } from "../../platform/crypto/index";
import { FrameClient } from "./chat-test-client";
import { markAvailable } from "./chat-test-fixtures";
import { FLOOD_LIMIT } from "./flood-guard";
import { ensureDemoChatService } from "./service";

// Rate limits on, as in production: the limits themselves are what is tested here.
let ctx: TestContext;
let origin: string;
let worker: { cookie: string; csrf: string; id: string };

beforeAll(async () => {
  ctx = await createTestApp({ RATE_LIMIT: "on" });
  origin = ctx.config.publicUrl;
  await ensureDemoChatService({ database: ctx.database });
  const w = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "limits@example.fi",
    roles: ["chat_worker"],
  });
  await markAvailable({ database: ctx.database, userId: w.id, maxConcurrent: 10 });
  worker = { ...(await loginAs(ctx.app, "limits@example.fi", w.secret)), id: w.id };
}, 60_000);

afterAll(async () => {
  await ctx.close();
});

async function startSession(): Promise<{ sessionId: string; token: string }> {
  const res = await ctx.app.inject({ method: "POST", url: "/api/v1/chat/sessions", payload: { lang: "en" } });
  return res.json<{ sessionId: string; token: string }>();
}

async function clientSocket(token: string): Promise<FrameClient> {
  const c = FrameClient.wrap(await ctx.app.injectWS("/api/v1/chat/ws"));
  c.send({ type: "auth", token });
  await c.next((f) => f.type === "queue" || f.type === "joined");
  return c;
}

async function workerSocket(): Promise<FrameClient> {
  const c = FrameClient.wrap(
    await ctx.app.injectWS("/staff/chat/ws", { headers: { cookie: worker.cookie, origin } }),
  );
  await c.next((f) => f.type === "queue");
  return c;
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe("no-JS sending has the WebSocket's flood limit", () => {
  it("takes the limit's worth of messages, answers the next with 429 and the text kept, and stores nothing more", async () => {
    const start = await ctx.app.inject({
      method: "POST",
      url: "/chat/nojs/start",
      payload: { lang: "sv", ui: "sv" },
    });
    const cookie = String(start.headers["set-cookie"]).split(";")[0] ?? "";
    const token = cookie.slice(cookie.indexOf("=") + 1);
    const [session] = await ctx.database.sql<{ id: string }[]>`
      select id from chat_sessions where token_hash = ${hashToken(token)}`;
    const write = await ctx.app.inject({ method: "GET", url: "/chat/nojs/write", headers: { cookie } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(write.body)?.[1] ?? "";
    const send = (text: string, clientMsgId: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/chat/nojs/send",
        headers: { cookie },
        payload: { _csrf: csrf, text, clientMsgId },
      });
    for (let i = 0; i < FLOOD_LIMIT.max; i++) {
      expect((await send(`meddelande ${String(i)}`, `n${String(i)}`)).statusCode).toBe(303);
    }
    const flooded = await send("Ett för mycket", "n-over");
    expect(flooded.statusCode).toBe(429);
    expect(flooded.body).toContain("Du skickade många meddelanden på en gång. Vänta en stund.");
    expect(flooded.body).toContain("Ett för mycket");
    // A resend of a stored message is still answered as sent (the form was submitted twice).
    expect((await send("meddelande 0", "n0")).statusCode).toBe(303);
    const [count] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from chat_messages where session_id = ${session?.id ?? ""} and sender = 'client'`;
    expect(count?.n).toBe(FLOOD_LIMIT.max);
  });
});

describe("typing signals are limited like messages", () => {
  it("a client's flood of typing frames gets an error frame and reaches the worker at most the limit's worth", async () => {
    const { sessionId, token } = await startSession();
    const w = await workerSocket();
    w.send({ type: "accept", sessionId });
    await w.next((f) => f.type === "accepted");
    const c = await clientSocket(token);
    for (let i = 0; i < FLOOD_LIMIT.max + 10; i++) c.send({ type: "typing" });
    expect(await c.next((f) => f.type === "error")).toMatchObject({ code: "rate-limited" });
    await settle();
    const typed = w.frames.filter((f) => f.type === "typing" && f.sessionId === sessionId);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.length).toBeLessThanOrEqual(FLOOD_LIMIT.max);

    for (let i = 0; i < FLOOD_LIMIT.max + 10; i++) w.send({ type: "typing", sessionId });
    expect(await w.next((f) => f.type === "error")).toMatchObject({ code: "rate-limited", sessionId });
    await settle();
    expect(c.frames.filter((f) => f.type === "typing").length).toBeLessThanOrEqual(FLOOD_LIMIT.max);
    c.close();
    w.close();
  });
});

describe("a frame over the socket's 64 KiB limit", () => {
  it("is answered with a readable error frame before the socket closes with 1009, for client and worker", async () => {
    const { sessionId, token } = await startSession();
    const c = await clientSocket(token);
    c.send({ type: "message", text: "x".repeat(70 * 1024), clientMsgId: "huge" });
    expect(await c.nextNew((f) => f.type === "error")).toEqual({
      type: "error",
      code: "too-large",
      message: "The message is too long. Please split it into parts.",
    });
    expect(await c.closed()).toBe(1009);
    const w = await workerSocket();
    w.send({ type: "message", sessionId, text: "y".repeat(70 * 1024), clientMsgId: "huge" });
    expect(await w.nextNew((f) => f.type === "error")).toMatchObject({ code: "too-large" });
    expect(await w.closed()).toBe(1009);
    const stored = await ctx.database.sql`select 1 from chat_messages where session_id = ${sessionId}`;
    expect(stored).toHaveLength(0);
  });

  it("does the same over a real TCP connection, where the socket is torn down right after", async () => {
    const address = await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    const { token } = await startSession();
    const c = await FrameClient.connect(`${address.replace("http", "ws")}/api/v1/chat/ws`);
    c.send({ type: "auth", token });
    await c.next((f) => f.type === "queue");
    c.send({ type: "message", text: "z".repeat(100 * 1024), clientMsgId: "tcp-huge" });
    expect(await c.nextNew((f) => f.type === "error")).toMatchObject({ code: "too-large" });
    expect(await c.closed()).toBe(1009);
  });
});

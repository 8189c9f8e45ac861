import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app";
import { loadConfig } from "../../platform/config/index";
import { createEnrolledUser, loginAs } from "../../../test/support/staff-fixtures";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { markAvailable } from "./chat-test-fixtures";
import { FrameClient } from "./chat-test-client";
import { ensureDemoChatService } from "./service";

// Two app instances on one database, as two processes behind a load balancer: events go over LISTEN/NOTIFY.
let a: TestContext;
let b: FastifyInstance;
let originA: string;
let originB: string;

beforeAll(async () => {
  a = await createTestApp();
  await a.app.listen({ port: 0, host: "127.0.0.1" });
  const portA = (a.app.server.address() as { port: number }).port;
  originA = `http://127.0.0.1:${String(portA)}`;
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: a.dataDir, LOG_LEVEL: "warn", RATE_LIMIT: "off" });
  b = await buildApp({
    config: { ...config, publicUrl: "http://127.0.0.1" },
    database: a.database,
    cipher: a.cipher,
  });
  await b.listen({ port: 0, host: "127.0.0.1" });
  originB = `http://127.0.0.1:${String((b.server.address() as { port: number }).port)}`;
  await ensureDemoChatService({ database: a.database });
}, 60_000);

afterAll(async () => {
  await b.close();
  await a.close();
});

describe("two processes on one database", () => {
  it("a client on A and a worker on B talk; after A goes away the client reconnects to B and nothing acknowledged is lost", async () => {
    const w = await createEnrolledUser({
      database: a.database,
      cipher: a.cipher,
      orgSlug: "demo-pirkanmaa",
      email: "tp@example.fi",
      roles: ["chat_worker"],
    });
    await markAvailable({ database: a.database, userId: w.id });
    const { cookie, csrf } = await loginAs(b, "tp@example.fi", w.secret);
    const start = await fetch(`${originA}/api/v1/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lang: "fi" }),
    });
    expect(start.status).toBe(201);
    const { token, sessionId } = (await start.json()) as { token: string; sessionId: string };
    const client = await FrameClient.connect(`${originA.replace("http", "ws")}/api/v1/chat/ws`);
    client.send({ type: "auth", token });
    await client.next((f) => f.type === "queue");

    const worker = await FrameClient.connect(`${originB.replace("http", "ws")}/staff/chat/ws`, {
      cookie,
      origin: "http://127.0.0.1",
    });
    await worker.next((f) => f.type === "queue");
    const accepted = await b.inject({
      method: "POST",
      url: `/staff/chat/sessions/${sessionId}/accept`,
      headers: { cookie },
      payload: { _csrf: csrf },
    });
    expect(accepted.statusCode).toBe(303);
    await client.next((f) => f.type === "joined");

    const acked: string[] = [];
    for (let i = 0; i < 5; i++) {
      client.send({ type: "message", text: `viesti ${String(i)}`, clientMsgId: `c${String(i)}` });
      const ack = await client.next((f) => f.clientMsgId === `c${String(i)}`);
      acked.push(String(ack.id));
      await worker.next((f) => f.type === "message" && f.id === ack.id);
    }
    worker.send({ type: "message", sessionId, text: "Olen täällä", clientMsgId: "w0" });
    await client.next((f) => f.type === "message" && f.text === "Olen täällä");

    // Process A stops: its sockets close; the client reconnects to B with the same token.
    await a.app.close();
    await client.closed();
    const again = await FrameClient.connect(`${originB.replace("http", "ws")}/api/v1/chat/ws`);
    again.send({ type: "auth", token });
    await again.next((f) => f.type === "joined");
    for (const id of acked) expect(await again.next((f) => f.type === "message" && f.id === id)).toBeTruthy();
    again.send({ type: "message", text: "takaisin", clientMsgId: "c9" });
    await again.next((f) => f.clientMsgId === "c9");
    await worker.next((f) => f.type === "message" && f.text === "takaisin");
    again.close();
    worker.close();
  });
});

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { authenticator } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFieldCipher } from "../../platform/crypto/index";
import { createEnrolledUser, TEST_PASSWORD } from "../../../test/support/staff-fixtures";
import { createTestDatabase } from "../../../test/support/test-app";
import { markAvailable } from "./chat-test-fixtures";
import { FrameClient } from "./chat-test-client";
import { ensureDemoChatService } from "./service";

// Two real server processes (src/server.ts) on one PostgreSQL database; process A is killed with SIGKILL.
const root = path.resolve(import.meta.dirname, "../../..");
const masterKey = randomBytes(32).toString("base64");
const dirs: string[] = [];
const children: ChildProcess[] = [];
let db: Awaited<ReturnType<typeof createTestDatabase>>;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === "object" && address ? address.port : 0);
      });
    });
  });
}

async function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-kill-"));
  dirs.push(dataDir);
  const origin = `http://127.0.0.1:${String(port)}`;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: origin,
      LUUKKU_MASTER_KEY: masterKey,
      RATE_LIMIT: "off",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const until = Date.now() + 150_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return { child, origin };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become ready:\n${output}`);
}

/** Logs in over real HTTP (password, then TOTP); returns the session cookie. */
async function login(origin: string, email: string, secret: string): Promise<string> {
  const first = await fetch(`${origin}/staff/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const page = await (await fetch(`${origin}/staff/login/verify`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  const verify = await fetch(`${origin}/staff/login/verify`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ code: authenticator.generate(secret), _csrf: csrf }),
  });
  if (verify.status !== 303) throw new Error(`login failed: ${String(verify.status)}`);
  return cookie;
}

const ws = (origin: string) => origin.replace("http", "ws");

beforeAll(async () => {
  db = await createTestDatabase();
  await db.database.sql`insert into app_meta (key, value) values ('demo-organisation', '{}'::jsonb)`;
  await ensureDemoChatService({ database: db.database });
}, 30_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await new Promise((r) => setTimeout(r, 300));
  await db.drop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("two server processes, one killed with SIGKILL mid-conversation", () => {
  it(
    "the client reconnects to the other process with its token and no acknowledged message is lost",
    {
      timeout: 300_000,
    },
    async () => {
      // Both start at once; the demo staff seeding (first start only) is marked done so they do not race.
      const [a, b] = await Promise.all([startServer(), startServer()]);
      const { cipher } = loadFieldCipher({
        masterKey,
        keyFile: undefined,
        dataDir: os.tmpdir(),
        production: false,
        warn: () => undefined,
      });
      const w = await createEnrolledUser({
        database: db.database,
        cipher,
        orgSlug: "demo-pirkanmaa",
        email: "kill@example.fi",
        roles: ["chat_worker"],
      });
      await markAvailable({ database: db.database, userId: w.id });
      const cookie = await login(b.origin, "kill@example.fi", w.secret);

      const start = await fetch(`${a.origin}/api/v1/chat/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lang: "fi" }),
      });
      expect(start.status).toBe(201);
      const { token, sessionId } = (await start.json()) as { token: string; sessionId: string };
      const client = await FrameClient.connect(`${ws(a.origin)}/api/v1/chat/ws`);
      client.send({ type: "auth", token });
      await client.next((f) => f.type === "queue", 10_000);

      const worker = await FrameClient.connect(`${ws(b.origin)}/staff/chat/ws`, { cookie, origin: b.origin });
      await worker.next((f) => f.type === "queue", 10_000);
      worker.send({ type: "accept", sessionId });
      await worker.next((f) => f.type === "accepted", 10_000);
      await client.next((f) => f.type === "joined", 10_000);

      for (let i = 0; i < 5; i++) {
        client.send({ type: "message", text: `ennen ${String(i)}`, clientMsgId: `a${String(i)}` });
        const ack = await client.next((f) => f.clientMsgId === `a${String(i)}`, 10_000);
        await worker.next((f) => f.type === "message" && f.id === ack.id, 10_000);
      }
      worker.send({ type: "message", sessionId, text: "Kuulen sinua", clientMsgId: "w0" });
      await client.next((f) => f.type === "message" && f.text === "Kuulen sinua", 10_000);

      // A burst in flight when the process dies: some are acknowledged, some may not be.
      for (let i = 0; i < 20; i++) {
        client.send({ type: "message", text: `kesken ${String(i)}`, clientMsgId: `b${String(i)}` });
      }
      await client.next((f) => f.clientMsgId === "b0", 10_000);
      const gone = client.closed(10_000);
      a.child.kill("SIGKILL");
      await gone;
      const acked = client.frames
        .filter((f) => f.type === "message" && f.from === "client")
        .map((f) => String(f.id));
      expect(acked.length).toBeGreaterThanOrEqual(6);

      const again = await FrameClient.connect(`${ws(b.origin)}/api/v1/chat/ws`);
      again.send({ type: "auth", token });
      await again.next((f) => f.type === "joined", 10_000);
      const transcript = new Set(again.frames.filter((f) => f.type === "message").map((f) => String(f.id)));
      for (const id of acked) expect(transcript.has(id), `acknowledged ${id} kept`).toBe(true);
      // Unacknowledged messages are resent with the same ids: stored once.
      for (let i = 0; i < 20; i++) {
        again.send({ type: "message", text: `kesken ${String(i)}`, clientMsgId: `b${String(i)}` });
      }
      await again.next((f) => f.clientMsgId === "b19", 10_000);
      const [stored] = await db.database.sql<{ n: number }[]>`
      select count(*)::int as n from chat_messages where session_id = ${sessionId} and client_msg_id like 'b%'`;
      expect(stored?.n).toBe(20);

      again.send({ type: "message", text: "jatketaan", clientMsgId: "c1" });
      await worker.next((f) => f.type === "message" && f.text === "jatketaan", 10_000);
      worker.send({ type: "message", sessionId, text: "Olen yhä täällä", clientMsgId: "w1" });
      await again.next((f) => f.type === "message" && f.text === "Olen yhä täällä", 10_000);
      const [session] = await db.database.sql<{ status: string }[]>`
      select status from chat_sessions where id = ${sessionId}`;
      expect(session?.status).toBe("active");
      again.close();
      worker.close();
      b.child.kill("SIGTERM");
    },
  );
});

// Chat benchmark helper: real server processes (`npm start`'s command) on one embedded PostgreSQL, so the
// load generator (this process) never shares an event loop with the servers it measures.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { authenticator } from "otplib";
import { sql as drizzleSql } from "drizzle-orm";
import { createStaffUser, totpAad } from "../src/platform/auth/index";
import { loadFieldCipher } from "../src/platform/crypto/index";
import { connectDatabase, runMigrations, startEmbeddedDatabase } from "../src/platform/db/index";
import { ensureDemoChatService } from "../src/features/chat/index";
import { seedReferenceData } from "../src/features/services/seed-reference-data";

const root = path.resolve(import.meta.dirname, "..");

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

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
}

export interface ChatServers {
  servers: ServerProcess[];
  cookie: string;
  start: () => Promise<ServerProcess>;
  stop: () => Promise<void>;
}

/** Two server processes on one database, and a chat worker (logged in over HTTP) who can take 1000 chats. */
export async function startChatServers(count = 2): Promise<ChatServers> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-chat-bench-"));
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-chat-bench-db-"));
  const embedded = await startEmbeddedDatabase({
    dataDir: dbDir,
    log: { info: () => undefined, warn: () => undefined },
  });
  const database = connectDatabase({ url: embedded.url, max: 2 });
  await runMigrations(database);
  // Seeded here so the servers can start at once without racing over first-start work.
  await seedReferenceData({ database });
  await ensureDemoChatService({ database });
  await database.sql`insert into app_meta (key, value) values ('demo-organisation', '{}'::jsonb)
    on conflict do nothing`;
  const masterKey = randomBytes(32).toString("base64");
  const servers: ServerProcess[] = [];
  const start = async (): Promise<ServerProcess> => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${String(port)}`;
    const dir = fs.mkdtempSync(path.join(dataDir, "app-"));
    // BENCH_CPU_PROF=<dir> writes each server's CPU profile there when it stops, to see where the time goes.
    const profile = process.env.BENCH_CPU_PROF
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : [];
    const args = [...profile, "--max-semi-space-size=4", "--import", "tsx", "src/server.ts"];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATABASE_URL: embedded.url,
        DATA_DIR: dir,
        PORT: String(port),
        PUBLIC_URL: origin,
        LUUKKU_MASTER_KEY: masterKey,
        RATE_LIMIT: "off",
        LOG_LEVEL: "error",
      },
      stdio: "ignore",
    });
    for (;;) {
      if (child.exitCode !== null) throw new Error("chat bench server exited during start");
      try {
        if ((await fetch(`${origin}/readyz`)).ok) break;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const server = { child, origin };
    servers.push(server);
    return server;
  };
  await Promise.all(Array.from({ length: count }, () => start()));

  const { cipher } = loadFieldCipher({
    masterKey,
    keyFile: undefined,
    dataDir,
    production: false,
    warn: () => undefined,
  });
  const password = randomBytes(18).toString("base64url");
  const email = "bench-worker@example.fi";
  const { id } = await createStaffUser({
    database,
    input: { orgSlug: "demo-pirkanmaa", email, displayName: "Bench", roles: ["chat_worker"], password },
  });
  const secret = authenticator.generateSecret(20);
  await database.db.execute(
    drizzleSql`update staff_users set totp_secret_enc = ${cipher.encrypt(secret, totpAad(id))} where id = ${id}`,
  );
  await database.sql`insert into chat_worker_status (user_id, org_id, available, max_concurrent)
    select ${id}, org_id, true, 1000 from staff_users where id = ${id}`;
  const origin = servers[0]?.origin ?? "";
  const first = await fetch(`${origin}/staff/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const page = await (await fetch(`${origin}/staff/login/verify`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  await fetch(`${origin}/staff/login/verify`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ code: authenticator.generate(secret), _csrf: csrf }),
  });
  await database.close();
  return {
    servers,
    cookie,
    start,
    stop: async () => {
      for (const s of servers) {
        if (s.child.exitCode !== null || s.child.signalCode !== null) continue;
        const exited = new Promise((r) => s.child.once("exit", r));
        s.child.kill("SIGTERM");
        await exited;
      }
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(dbDir, { recursive: true, force: true });
    },
  };
}

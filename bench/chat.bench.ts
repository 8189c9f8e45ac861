import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app";
import { FrameClient } from "../src/features/chat/chat-test-client";
import { ensureDemoChatService } from "../src/features/chat/index";
import { loadConfig } from "../src/platform/config/index";
import { connectDatabase, runMigrations, startEmbeddedDatabase } from "../src/platform/db/index";
import { seedReferenceData } from "../src/features/services/seed-reference-data";
import { createEnrolledUser, loginAs } from "../test/support/staff-fixtures";
import { testCipherForBench } from "./chat-bench-cipher";
import type { Bench, BenchMetrics } from "./harness";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pid listening on a loopback port, from /proc (Linux), to read the server's own RSS. */
function pidOfPort(port: number): number | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const line = fs
    .readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .find((l) => l.includes(`:${hex} 00000000:0000 0A`));
  const inode = line?.trim().split(/\s+/)[9];
  if (!inode) return undefined;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
      }
    } catch {
      // not ours to read
    }
  }
  return undefined;
}

function rssMb(pid: number | undefined): number | string {
  if (!pid) return "n/a";
  const status = fs.readFileSync(`/proc/${String(pid)}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function openClient(
  origin: string,
): Promise<{ client: FrameClient; token: string; sessionId: string }> {
  const res = await fetch(`${origin}/api/v1/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lang: "fi" }),
  });
  if (res.status !== 201) throw new Error(`start ${String(res.status)}: ${await res.text()}`);
  const { token, sessionId } = (await res.json()) as { token: string; sessionId: string };
  const client = await FrameClient.connect(`${origin.replace("http", "ws")}/api/v1/chat/ws`);
  client.send({ type: "auth", token });
  await client.next((f) => f.type === "queue" || f.type === "joined", 30_000);
  return { client, token, sessionId };
}

/** Idle client connections held by the real server process, in steps, with its RSS at each step. */
async function idleConnections(origin: string): Promise<BenchMetrics> {
  const pid = pidOfPort(Number(new URL(origin).port));
  const out: BenchMetrics = { idle_rss_before_mb: rssMb(pid) };
  const clients: FrameClient[] = [];
  const started = performance.now();
  try {
    for (const target of [2000, 10_000]) {
      // Bounded: a step that takes longer than this reports how far it got.
      while (clients.length < target && performance.now() - started < 150_000) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(100, target - clients.length) }, () => openClient(origin)),
        );
        clients.push(...batch.map((b) => b.client));
      }
      await sleep(1000);
      if (clients.length < target) out.idle_clients_time_bound_reached_at = clients.length;
      out[`idle_clients_${String(target)}_held`] = clients.filter((c) => c.closeCode === undefined).length;
      out[`idle_clients_${String(target)}_rss_mb`] = rssMb(pid);
      out[`idle_clients_${String(target)}_connect_seconds`] =
        Math.round((performance.now() - started) / 100) / 10;
    }
  } catch (error) {
    out.idle_clients_reached = clients.length;
    out.idle_clients_error = String(error).slice(0, 120);
  } finally {
    for (const c of clients) c.close();
  }
  return out;
}

interface Pair {
  apps: FastifyInstance[];
  origins: string[];
  cookie: string;
  stop: () => Promise<void>;
}

/** Two app instances on one embedded PostgreSQL in this process, with an enrolled chat worker. */
async function startPair(): Promise<Pair> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-chat-bench-"));
  const embedded = await startEmbeddedDatabase({
    dataDir,
    log: { info: () => undefined, warn: () => undefined },
  });
  const database = connectDatabase({ url: embedded.url, max: 20 });
  await runMigrations(database);
  await seedReferenceData({ database });
  await ensureDemoChatService({ database });
  const cipher = testCipherForBench();
  const apps: FastifyInstance[] = [];
  const origins: string[] = [];
  for (let i = 0; i < 2; i++) {
    const config = loadConfig({
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.CHAT_BENCH_LOG ?? "error",
      RATE_LIMIT: "off",
    });
    const app = await buildApp({ config: { ...config, publicUrl: "http://127.0.0.1" }, database, cipher });
    await app.listen({ port: 0, host: "127.0.0.1" });
    apps.push(app);
    origins.push(`http://127.0.0.1:${String((app.server.address() as { port: number }).port)}`);
  }
  const w = await createEnrolledUser({
    database,
    cipher,
    orgSlug: "demo-pirkanmaa",
    email: "bench@example.fi",
    roles: ["chat_worker"],
  });
  await database.sql`insert into chat_worker_status (user_id, org_id, available, max_concurrent)
    select ${w.id}, org_id, true, 1000 from staff_users where id = ${w.id}`;
  const first = apps[0];
  if (!first) throw new Error("no app");
  const { cookie } = await loginAs(first, "bench@example.fi", w.secret);
  return {
    apps,
    origins,
    cookie,
    stop: async () => {
      for (const app of apps) await app.close().catch(() => undefined);
      await database.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10
  );
}

/** Messages per second client → worker: `clients` conversations each sending at `perClientRate` for `seconds`. */
async function deliveryLatency(options: {
  pair: Pair;
  clientOrigin: string;
  workerOrigin: string;
  clients: number;
  perClientRate: number;
  seconds: number;
}): Promise<{ sent: number; delivered: number; rate: number; p50: number; p99: number }> {
  const { pair } = options;
  const worker = await FrameClient.connect(`${options.workerOrigin.replace("http", "ws")}/staff/chat/ws`, {
    cookie: pair.cookie,
    origin: "http://127.0.0.1",
  });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  worker.socket.on("message", (data) => {
    const frame = JSON.parse(data.toString()) as { type: string; clientMsgId?: string };
    if (frame.type !== "message" || !frame.clientMsgId) return;
    const t = sentAt.get(frame.clientMsgId);
    if (t !== undefined) {
      latencies.push(performance.now() - t);
      sentAt.delete(frame.clientMsgId);
    }
  });
  const sessions = [];
  for (let i = 0; i < options.clients; i++) sessions.push(await openClient(options.clientOrigin));
  for (const s of sessions) {
    worker.send({ type: "accept", sessionId: s.sessionId });
    await worker
      .next((f) => f.type === "accepted" && f.sessionId === s.sessionId, 10_000)
      .catch((e: unknown) => {
        throw new Error(`accept ${JSON.stringify(s.sessionId)}: ${String(e)}`);
      });
  }
  let sent = 0;
  const started = performance.now();
  const timers = sessions.map((s, i) =>
    setInterval(() => {
      const id = `b${String(i)}-${String(sent)}`;
      sent += 1;
      sentAt.set(id, performance.now());
      s.client.send({ type: "message", text: `viesti ${id}`, clientMsgId: id });
    }, 1000 / options.perClientRate),
  );
  await sleep(options.seconds * 1000);
  for (const t of timers) clearInterval(t);
  await sleep(2000);
  const elapsed = (performance.now() - started) / 1000 - 2;
  for (const s of sessions) s.client.close();
  worker.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    sent,
    delivered: latencies.length,
    rate: Math.round(latencies.length / elapsed),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

/** Time from a process going away to its client being back in the conversation on the other one. */
async function reconnectAfterKill(pair: Pair): Promise<number> {
  const { token, client } = await openClient(pair.origins[1] ?? "");
  const gone = client.closed(10_000);
  const t0 = performance.now();
  await pair.apps[1]?.close();
  await gone;
  const again = await FrameClient.connect(`${(pair.origins[0] ?? "").replace("http", "ws")}/api/v1/chat/ws`);
  again.send({ type: "auth", token });
  await again.next((f) => f.type === "queue" || f.type === "joined", 10_000);
  const ms = Math.round(performance.now() - t0);
  again.close();
  return ms;
}

export const chatBench: Bench = {
  name: "chat",
  async run(ctx) {
    const results: BenchMetrics = process.env.CHAT_BENCH_SKIP_IDLE ? {} : await idleConnections(ctx.origin);
    const pair = await startPair();
    try {
      const origin = pair.origins[0] ?? "";
      const one = await deliveryLatency({
        pair,
        clientOrigin: origin,
        workerOrigin: origin,
        clients: 50,
        perClientRate: 20,
        seconds: 5,
      });
      Object.assign(results, {
        one_process_target_msgs_per_s: 1000,
        one_process_delivered_msgs_per_s: one.rate,
        one_process_sent: one.sent,
        one_process_delivered: one.delivered,
        one_process_p50_ms: one.p50,
        one_process_p99_ms: one.p99,
      });
      const two = await deliveryLatency({
        pair,
        clientOrigin: origin,
        workerOrigin: pair.origins[1] ?? "",
        clients: 50,
        perClientRate: 20,
        seconds: 5,
      });
      Object.assign(results, {
        two_process_delivered_msgs_per_s: two.rate,
        two_process_sent: two.sent,
        two_process_delivered: two.delivered,
        two_process_p50_ms: two.p50,
        two_process_p99_ms: two.p99,
      });
      results.reconnect_after_process_close_ms = await reconnectAfterKill(pair);
      results.note =
        "latency runs: load generator and both app instances share this one process and its event loop";
    } finally {
      await pair.stop();
    }
    return results;
  },
};

import fs from "node:fs";
import { FrameClient } from "../src/features/chat/chat-test-client";
import { startChatServers, type ChatServers } from "./chat-servers";
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
    const only = Number(process.env.CHAT_BENCH_IDLE_TARGET ?? 0);
    for (const target of only > 0 ? [only] : [2000, 10_000]) {
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

function percentile(sorted: number[], p: number): number {
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10
  );
}

/** Messages per second client → worker: `clients` conversations each sending at `perClientRate` for `seconds`. */
async function deliveryLatency(options: {
  cookie: string;
  clientOrigin: string;
  workerOrigin: string;
  clients: number;
  perClientRate: number;
  seconds: number;
}): Promise<{ sent: number; delivered: number; rate: number; p50: number; p99: number }> {
  const worker = await FrameClient.connect(`${options.workerOrigin.replace("http", "ws")}/staff/chat/ws`, {
    cookie: options.cookie,
    origin: options.workerOrigin,
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
  let measuring = false;
  const period = 1000 / options.perClientRate;
  // Each client starts at its own offset within the period, so the load is an even rate: timers started at
  // once would fire together and send all clients' messages in one burst every period.
  const timers: NodeJS.Timeout[] = [];
  const starts = sessions.map(
    (s, i) =>
      new Promise<void>((resolve) => {
        setTimeout(
          () => {
            timers.push(
              setInterval(() => {
                const id = `b${String(i)}-${String(sent)}`;
                sent += 1;
                // Messages of the warm-up are delivered but not counted.
                if (measuring) sentAt.set(id, performance.now());
                s.client.send({ type: "message", text: `viesti ${id}`, clientMsgId: id });
              }, period),
            );
            resolve();
          },
          (i * period) / sessions.length,
        );
      }),
  );
  await Promise.all(starts);
  // A second of warm-up first, as in the other benchmarks, so the figure is the steady state and not JIT.
  await sleep(1000);
  measuring = true;
  const sentBefore = sent;
  const started = performance.now();
  await sleep(options.seconds * 1000);
  for (const t of timers) clearInterval(t);
  await sleep(2000);
  sent -= sentBefore;
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

/** Time from SIGKILL of the process a client is on to that client being back in its conversation on the other. */
async function reconnectAfterKill(servers: ChatServers): Promise<number> {
  const [survivor, victim] = servers.servers;
  if (!survivor || !victim) throw new Error("two servers needed");
  const { token, client } = await openClient(victim.origin);
  const gone = client.closed(10_000);
  const t0 = performance.now();
  victim.child.kill("SIGKILL");
  await gone;
  const again = await FrameClient.connect(`${survivor.origin.replace("http", "ws")}/api/v1/chat/ws`);
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
    if (process.env.CHAT_BENCH_ONLY_IDLE) return results;
    // Latency: two real server processes; this process is only the load generator and the measuring worker.
    const servers = await startChatServers(2);
    try {
      const [a, b] = servers.servers.map((s) => s.origin);
      const one = await deliveryLatency({
        cookie: servers.cookie,
        clientOrigin: a ?? "",
        workerOrigin: a ?? "",
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
      // The same path at a fifth of the load, to tell per-message cost from saturation of this machine.
      const light = await deliveryLatency({
        cookie: servers.cookie,
        clientOrigin: a ?? "",
        workerOrigin: a ?? "",
        clients: 10,
        perClientRate: 20,
        seconds: 5,
      });
      Object.assign(results, {
        one_process_200_msgs_per_s_delivered: light.delivered,
        one_process_200_msgs_per_s_p50_ms: light.p50,
        one_process_200_msgs_per_s_p99_ms: light.p99,
      });
      const two = await deliveryLatency({
        cookie: servers.cookie,
        clientOrigin: a ?? "",
        workerOrigin: b ?? "",
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
      results.reconnect_after_sigkill_ms = await reconnectAfterKill(servers);
      results.note =
        "latency: two server processes (src/server.ts) on one PostgreSQL; the load generator runs in the bench process";
    } finally {
      await servers.stop();
    }
    return results;
  },
};

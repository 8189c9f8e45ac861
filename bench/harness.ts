import { spawn } from "node:child_process";
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** A bounded load on loopback: `connections` clients for `seconds`, or `amount` requests in all. */
export async function measure(options: {
  url: string;
  connections?: number;
  seconds?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Different request bodies in turn, e.g. varied search queries. */
  requests?: { method?: "GET" | "POST"; path?: string; body?: string; headers?: Record<string, string> }[];
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 10,
    // autocannon refuses an explicit `duration: undefined`, so a bounded run names only its amount.
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 5 }),
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    requests: options.requests,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * The control: a plain Node HTTP server in its own process answering fixed bytes to any request (it reads and
 * drops a request body), so ratios mean something on any machine. Its own process, like the app's: in the load
 * generator's process it would share one event loop with autocannon and look slower than it is.
 */
export async function startStaticControl(
  body: string,
  headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" },
): Promise<{ origin: string; close: () => Promise<void> }> {
  const script = `
    const http = require("node:http");
    const body = Buffer.from(process.env.CONTROL_BODY, "base64");
    const headers = { ...JSON.parse(process.env.CONTROL_HEADERS), "content-length": body.length };
    const server = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => { res.writeHead(200, headers); res.end(body); });
    });
    server.listen(0, "127.0.0.1", () => process.send(server.address().port));
  `;
  const child = spawn(process.execPath, ["-e", script], {
    env: {
      ...process.env,
      CONTROL_BODY: Buffer.from(body).toString("base64"),
      CONTROL_HEADERS: JSON.stringify(headers),
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => {
      resolve(Number(message));
    });
    child.once("exit", (code) => {
      reject(new Error(`control server exited (${String(code)})`));
    });
  });
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A response's headers as a control should repeat them: without those Node adds itself. */
export function headersToRepeat(response: Response): Record<string, string> {
  const own = new Set([
    "date",
    "connection",
    "keep-alive",
    "content-length",
    "transfer-encoding",
    "content-encoding",
  ]);
  return Object.fromEntries([...response.headers].filter(([name]) => !own.has(name)));
}

export type BenchMetrics = Record<string, number | string>;

export interface BenchContext {
  /** The real app, listening on loopback with rate limits off, on an embedded PostgreSQL with demo content. */
  origin: string;
  measure: typeof measure;
  /** Ratio of the app's requests/s on `path` to the static control serving the same bytes, in one run. */
  startStaticControl: typeof startStaticControl;
  ratioToControl: (
    path: string,
    options?: { connections?: number; seconds?: number },
  ) => Promise<BenchMetrics>;
}

export interface Bench {
  name: string;
  run: (ctx: BenchContext) => Promise<BenchMetrics>;
}

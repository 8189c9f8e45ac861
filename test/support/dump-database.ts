import { execFileSync } from "node:child_process";
import type { Database } from "../../src/platform/db/index";

function pgDumpMajor(): number | undefined {
  try {
    const out = execFileSync("pg_dump", ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return Number(/(\d+)\./.exec(out)?.[1]);
  } catch {
    return undefined;
  }
}

/**
 * Everything the database holds, as an attacker with a dump would see it: real `pg_dump` when one that
 * can read this server is installed, otherwise every row of every table as text.
 */
export async function dumpDatabase(database: Database, url: string): Promise<string> {
  const [server] = await database.sql<{ v: string }[]>`select current_setting('server_version_num') as v`;
  const serverMajor = Math.floor(Number(server?.v ?? 0) / 10_000);
  const dumpMajor = pgDumpMajor();
  if (dumpMajor !== undefined && dumpMajor >= serverMajor) {
    return execFileSync("pg_dump", ["--no-owner", url], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  }
  const tables = await database.sql<{ name: string }[]>`
    select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
    from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await database.sql.unsafe<{ row: string }[]>(
      `select row_to_json(t)::text as row from ${name} t`,
    );
    parts.push(`-- ${name}`, ...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

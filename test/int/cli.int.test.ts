import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-app";

const root = path.resolve(import.meta.dirname, "../..");
let db: Awaited<ReturnType<typeof createTestDatabase>>;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-cli-"));

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function cli(args: string[], input = ""): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("admin command line", () => {
  it(
    "creates an organisation and a user, verifies the audit chain, and fails it after an edit",
    { timeout: 400_000 },
    async () => {
      const org = cli(["org:create", "--slug", "city-test", "--name", "City Test", "--county", "VS"]);
      expect(org.out).toContain("Created organisation");
      expect(org.code).toBe(0);
      expect(cli(["org:create", "--slug", "x", "--name", "Bad", "--county", "ZZ"]).code).toBe(2);

      const created = cli(
        ["user:create", "--org", "city-test", "--email", "cw@city.test", "--role", "chat_worker"],
        "a long enough password\n",
      );
      expect(created.code).toBe(0);
      expect(
        cli(
          ["user:create", "--org", "city-test", "--email", "x@city.test", "--role", "chat_worker"],
          "short\n",
        ).code,
      ).toBe(2);
      expect(
        cli(
          ["user:create", "--org", "city-test", "--email", "y@city.test", "--role", "wizard"],
          "a long enough password\n",
        ).code,
      ).toBe(2);

      const verified = cli(["audit:verify"]);
      expect(verified.code).toBe(0);
      expect(verified.out).toMatch(/intact: \d+ rows/);

      await db.database.sql.unsafe("alter table audit_log disable trigger audit_log_no_update");
      await db.database
        .sql`update audit_log set action = 'staff.user.deleted' where action = 'staff.user.created'`;
      const tampered = cli(["audit:verify"]);
      expect(tampered.code).toBe(1);
      expect(tampered.out).toMatch(/FAILED/);
    },
  );

  it("rotates the key and keeps encrypted values readable", { timeout: 60_000 }, () => {
    const keyFile = path.join(dataDir, "keys.json");
    const before = fs.existsSync(keyFile)
      ? (JSON.parse(fs.readFileSync(keyFile, "utf8")) as { current: string })
      : undefined;
    const rotated = cli(["key:rotate"]);
    expect(rotated.code).toBe(0);
    const after = JSON.parse(fs.readFileSync(keyFile, "utf8")) as {
      current: string;
      keys: Record<string, string>;
    };
    expect(after.current).not.toBe(before?.current);
    expect(Object.keys(after.keys).length).toBeGreaterThanOrEqual(2);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  });
});

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { inject } from "vitest";
import { buildApp } from "../../src/app";
import { loadConfig, type Config } from "../../src/platform/config/index";
import { FieldCipher, keyIdFor } from "../../src/platform/crypto/index";
import { connectDatabase, type Database } from "../../src/platform/db/index";
import { TEMPLATE_DB, withDatabase } from "./global-db";

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  cipher: FieldCipher;
  config: Config;
  dbUrl: string;
  dbName: string;
  dataDir: string;
  close: () => Promise<void>;
}

/** A fresh database cloned from the migrated template, and the app built on it as in production. */
export async function createTestDatabase(): Promise<{
  database: Database;
  url: string;
  name: string;
  drop: () => Promise<void>;
}> {
  const templateUrl = inject("templateDbUrl");
  const name = `luukku_t_${randomBytes(6).toString("hex")}`;
  const admin = connectDatabase({ url: templateUrl.replace(`/${TEMPLATE_DB}`, "/postgres"), max: 1 });
  await admin.sql.unsafe(`create database ${name} template ${TEMPLATE_DB}`);
  const url = withDatabase(templateUrl, name);
  const database = connectDatabase({ url, max: 5 });
  return {
    database,
    url,
    name,
    drop: async () => {
      await database.close();
      await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

export function testCipher(): FieldCipher {
  const key = randomBytes(32);
  return new FieldCipher({ current: keyIdFor(key), keys: new Map([[keyIdFor(key), key]]) });
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    RATE_LIMIT: "off",
    ...env,
  });
  const cipher = testCipher();
  const app = await buildApp({ config, database: db.database, cipher });
  await app.ready();
  return {
    app,
    database: db.database,
    cipher,
    config,
    dbUrl: db.url,
    dbName: db.name,
    dataDir,
    close: async () => {
      await app.close();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

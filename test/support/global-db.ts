import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  connectDatabase,
  runMigrations,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from "../../src/platform/db/index";
import { seedReferenceData } from "../../src/features/services/seed-reference-data";

declare module "vitest" {
  export interface ProvidedContext {
    templateDbUrl: string;
  }
}

export const TEMPLATE_DB = "luukku_template";

/**
 * One real PostgreSQL for the whole run: DATABASE_URL when set (CI's PostgreSQL 15 server), else the
 * embedded one. Migrations run once into a template database that each test file clones in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-test-db-"));
    embedded = await startEmbeddedDatabase({
      dataDir,
      log: { info: () => undefined, warn: () => undefined },
    });
    baseUrl = embedded.url;
  }
  const admin = connectDatabase({ url: baseUrl, max: 1 });
  await admin.sql.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.sql.unsafe(`create database ${TEMPLATE_DB}`);
  await admin.close();
  const templateUrl = withDatabase(baseUrl, TEMPLATE_DB);
  const template = connectDatabase({ url: templateUrl, max: 2 });
  await runMigrations(template);
  await seedReferenceData({ database: template });
  await template.close();
  project.provide("templateDbUrl", templateUrl);
  return async () => {
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

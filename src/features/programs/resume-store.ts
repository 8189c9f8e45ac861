import { randomUUID } from "node:crypto";
import { eq, sql as dsql } from "drizzle-orm";
import type { Database } from "../../platform/db/index";
import {
  codeLookupHash,
  emptySavedData,
  MAX_RESUME_BYTES,
  newResumeCode,
  openSavedData,
  type SavedData,
  sealSavedData,
} from "./resume-vault";
import { programResumeRecords } from "./tables";

// A real record under a code nobody has, decrypted when a code is unknown so both paths cost the same.
const dummyCode = newResumeCode();
const dummyId = randomUUID();
const dummy = sealSavedData({ code: dummyCode, recordId: dummyId, data: emptySavedData() });

export type ResumeUpdate =
  { ok: true; data: SavedData } | { ok: false; reason: "not-found" | "too-large" | "rejected" };

/** Creates a record for a new code; the code is returned once and never stored. */
export async function createResumeRecord(options: {
  database: Database;
  data?: SavedData;
}): Promise<{ code: string } | { tooLarge: true }> {
  const code = newResumeCode();
  const id = randomUUID();
  const sealed = sealSavedData({ code, recordId: id, data: options.data ?? emptySavedData() });
  if (sealed.bytes > MAX_RESUME_BYTES) return { tooLarge: true };
  await options.database.db.insert(programResumeRecords).values({
    id,
    lookupHash: codeLookupHash(code, "resume"),
    salt: sealed.salt,
    ciphertext: sealed.ciphertext,
  });
  return { code };
}

/** Opens the answers behind a code, or undefined; an unknown code takes the same work as a known one. */
export async function openResumeRecord(options: {
  database: Database;
  code: string;
  touch?: boolean;
}): Promise<{ id: string; data: SavedData } | undefined> {
  const { db } = options.database;
  const [row] = await db
    .select()
    .from(programResumeRecords)
    .where(eq(programResumeRecords.lookupHash, codeLookupHash(options.code, "resume")));
  if (!row) {
    openSavedData({ code: options.code, recordId: dummyId, salt: dummy.salt, ciphertext: dummy.ciphertext });
    return undefined;
  }
  const data = openSavedData({
    code: options.code,
    recordId: row.id,
    salt: row.salt,
    ciphertext: row.ciphertext,
  });
  if (!data) return undefined;
  if (options.touch !== false) {
    await db
      .update(programResumeRecords)
      .set({ lastUsedAt: new Date() })
      .where(eq(programResumeRecords.id, row.id));
  }
  return { id: row.id, data };
}

/**
 * Read, change and write one record in a transaction with a row lock, so two tabs saving at once never lose
 * each other's answers. `change` returning undefined leaves the record as it was.
 */
export async function updateResumeRecord(options: {
  database: Database;
  code: string;
  change: (data: SavedData) => SavedData | undefined;
}): Promise<ResumeUpdate> {
  const lookup = codeLookupHash(options.code, "resume");
  return options.database.db.transaction(async (tx) => {
    // A saved exercise is a draft the person can type again: not waiting for the WAL flush keeps saves fast
    // under load, at the price of possibly losing the last fraction of a second of saves if the database crashes.
    await tx.execute(dsql`set local synchronous_commit = off`);
    const [row] = await tx
      .select()
      .from(programResumeRecords)
      .where(eq(programResumeRecords.lookupHash, lookup))
      .for("update");
    if (!row) return { ok: false, reason: "not-found" } as const;
    const data = openSavedData({
      code: options.code,
      recordId: row.id,
      salt: row.salt,
      ciphertext: row.ciphertext,
    });
    if (!data) return { ok: false, reason: "not-found" } as const;
    const next = options.change(data);
    if (!next) return { ok: false, reason: "rejected" } as const;
    const sealed = sealSavedData({ code: options.code, recordId: row.id, data: next, salt: row.salt });
    if (sealed.bytes > MAX_RESUME_BYTES) return { ok: false, reason: "too-large" } as const;
    await tx
      .update(programResumeRecords)
      .set({ ciphertext: sealed.ciphertext, lastUsedAt: dsql`now()` })
      .where(eq(programResumeRecords.id, row.id));
    return { ok: true, data: next } as const;
  });
}

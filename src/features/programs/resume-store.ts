import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database, Sql } from "../../platform/db/index";
import {
  codeLookupHash,
  deriveResumeKey,
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

/** Optimistic tries before falling back to the row lock (only the same code saved at once gets there). */
const OPTIMISTIC_ATTEMPTS = 3;
/** Ciphertext this process remembers of rows it last read or wrote, at most (oldest forgotten first). */
const MAX_KNOWN_BYTES = 8 * 1024 * 1024;

interface StoredRow {
  id: string;
  salt: string;
  ciphertext: string;
  version: string;
}

type Step = ResumeUpdate | { ok: false; reason: "conflict" };

/**
 * The row version and ciphertext of each code this process last saved: the next save of the same code can go
 * straight to the compare-and-swap, one round trip instead of two. Only ciphertext is kept, as in the table; a
 * stale entry (another process or tab saved, the record was deleted) fails the swap and is read afresh.
 */
class KnownRows {
  private readonly rows = new Map<string, StoredRow>();
  private bytes = 0;

  get(lookup: string): StoredRow | undefined {
    return this.rows.get(lookup);
  }

  set(lookup: string, row: StoredRow): void {
    this.forget(lookup);
    if (row.ciphertext.length > MAX_KNOWN_BYTES / 8) return;
    this.rows.set(lookup, row);
    this.bytes += row.ciphertext.length;
    for (const [oldest, old] of this.rows) {
      if (this.bytes <= MAX_KNOWN_BYTES) break;
      this.rows.delete(oldest);
      this.bytes -= old.ciphertext.length;
    }
  }

  forget(lookup: string): void {
    const old = this.rows.get(lookup);
    if (!old) return;
    this.rows.delete(lookup);
    this.bytes -= old.ciphertext.length;
  }
}

const knownByDatabase = new WeakMap<Database, KnownRows>();
function knownRowsOf(database: Database): KnownRows {
  let known = knownByDatabase.get(database);
  if (!known) knownByDatabase.set(database, (known = new KnownRows()));
  return known;
}

/**
 * Read, change and write one record so that two tabs saving at once never lose each other's answers. First an
 * optimistic compare-and-swap on the row version (`xmin`): one or two round trips and no lock, instead of five
 * (begin, set, select for update, update, commit) with the row locked across all of them. When the same code
 * keeps clashing, the change is made under the row lock, which always gets through. `change` returning
 * undefined leaves the record as it was.
 */
export async function updateResumeRecord(options: {
  database: Database;
  code: string;
  change: (data: SavedData) => SavedData | undefined;
}): Promise<ResumeUpdate> {
  const lookup = codeLookupHash(options.code, "resume");
  const known = knownRowsOf(options.database);
  for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
    const remembered = attempt === 0 ? known.get(lookup) : undefined;
    const step = await saveStep({ ...options, sql: options.database.sql, lookup, known, remembered });
    if (step.ok || step.reason !== "conflict") return step;
  }
  return options.database.sql.begin(async (tx) => {
    const step = await saveStep({ ...options, sql: tx as unknown as Sql, lookup, known, lock: true });
    return step.ok || step.reason !== "conflict" ? step : { ok: false, reason: "not-found" };
  });
}

async function readRow(sql: Sql, lookup: string, lock: boolean): Promise<StoredRow | undefined> {
  const [row] = lock
    ? await sql<StoredRow[]>`
        select id, salt, ciphertext, xmin::text as version
        from program_resume_records where lookup_hash = ${lookup} for update`
    : await sql<StoredRow[]>`
        select id, salt, ciphertext, xmin::text as version
        from program_resume_records where lookup_hash = ${lookup}`;
  return row;
}

async function saveStep(options: {
  code: string;
  change: (data: SavedData) => SavedData | undefined;
  sql: Sql;
  lookup: string;
  known: KnownRows;
  /** The row as this process last wrote it; when stale, the swap below fails and the caller reads afresh. */
  remembered?: StoredRow;
  lock?: boolean;
}): Promise<Step> {
  const { sql, lookup, known } = options;
  const row = options.remembered ?? (await readRow(sql, lookup, options.lock === true));
  if (!row) {
    known.forget(lookup);
    return { ok: false, reason: "not-found" };
  }
  const key = deriveResumeKey(options.code, row.salt);
  const data = openSavedData({
    code: options.code,
    recordId: row.id,
    salt: row.salt,
    ciphertext: row.ciphertext,
    key,
  });
  if (!data) {
    known.forget(lookup);
    return { ok: false, reason: options.remembered ? "conflict" : "not-found" };
  }
  const next = options.change(data);
  if (!next) return { ok: false, reason: "rejected" };
  const sealed = sealSavedData({ code: options.code, recordId: row.id, data: next, salt: row.salt, key });
  if (sealed.bytes > MAX_RESUME_BYTES) return { ok: false, reason: "too-large" };
  // A saved exercise is a draft the person can type again: not waiting for the WAL flush (set_config local to
  // this transaction) keeps saves fast under load, at the price of possibly losing the last fraction of a
  // second of saves if the database crashes.
  const [written] = await sql<{ version: string }[]>`
    with relaxed as (select set_config('synchronous_commit', 'off', true) as value)
    update program_resume_records
    set ciphertext = ${sealed.ciphertext}, last_used_at = now()
    where id = ${row.id} and xmin = ${row.version}::xid and exists (select 1 from relaxed)
    returning xmin::text as version`;
  if (!written) {
    known.forget(lookup);
    return { ok: false, reason: "conflict" };
  }
  known.set(lookup, { id: row.id, salt: row.salt, ciphertext: sealed.ciphertext, version: written.version });
  return { ok: true, data: next };
}

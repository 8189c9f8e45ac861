import { createHash } from "node:crypto";
import type { Sql } from "../db/database";

export const GENESIS_HASH = "0".repeat(64);

/** What is recorded: who did what to which object. Never message text, tokens or codes. */
export interface AuditEvent {
  action: string;
  actorUserId?: string | null;
  orgId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  at: string;
  actorUserId: string | null;
  orgId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashAuditRow(row: Omit<AuditRow, "hash">): string {
  const content = canonical({
    id: row.id,
    at: row.at,
    actorUserId: row.actorUserId,
    orgId: row.orgId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    details: row.details,
    prevHash: row.prevHash,
  });
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Appends under a transaction-scoped advisory lock so that several processes still build one chain.
 * Pass the transaction of the action itself so the audit row commits (or rolls back) with it.
 */
export async function appendAudit(sql: Sql, event: AuditEvent): Promise<void> {
  const run = async (tx: Sql): Promise<void> => {
    await tx`select pg_advisory_xact_lock(727275)`;
    const [last] = await tx<{ hash: string }[]>`select hash from audit_log order by id desc limit 1`;
    const [next] = await tx<{ id: string; at: string }[]>`
      select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id,
             to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at`;
    if (!next) throw new Error("no sequence value");
    const row: Omit<AuditRow, "hash"> = {
      id: Number(next.id),
      at: next.at,
      actorUserId: event.actorUserId ?? null,
      orgId: event.orgId ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: event.details ?? {},
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = hashAuditRow(row);
    await tx`insert into audit_log (id, at, actor_user_id, org_id, action, target_type, target_id, details, prev_hash, hash)
      values (${row.id}, ${row.at}, ${row.actorUserId}, ${row.orgId}, ${row.action}, ${row.targetType},
              ${row.targetId}, ${JSON.stringify(row.details)}::jsonb, ${row.prevHash}, ${hash})`;
  };
  // A reserved/transaction handle has no `begin`; a pool does.
  if ("begin" in sql && typeof sql.begin === "function") {
    await sql.begin((tx) => run(tx as unknown as Sql));
  } else {
    await run(sql);
  }
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  problems: string[];
}

/** Walks the chain in id order; an edited row breaks its own hash, a deleted one breaks the link. */
export async function verifyAuditChain(sql: Sql): Promise<AuditVerification> {
  const problems: string[] = [];
  let prev = GENESIS_HASH;
  let count = 0;
  const cursor = sql<AuditRow[]>`
    select id::int as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
      actor_user_id as "actorUserId", org_id as "orgId", action, target_type as "targetType",
      target_id as "targetId", details, prev_hash as "prevHash", hash
    from audit_log order by id`.cursor(1000);
  for await (const rows of cursor) {
    for (const row of rows) {
      count++;
      if (row.prevHash !== prev)
        problems.push(`row ${row.id}: link to the previous row is broken (a row was removed or reordered)`);
      const { hash, ...rest } = row;
      if (hashAuditRow(rest) !== hash)
        problems.push(`row ${row.id}: content does not match its hash (edited)`);
      prev = hash;
    }
  }
  return { ok: problems.length === 0, rows: count, problems };
}

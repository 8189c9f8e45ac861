import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import { hasRole, type StaffContext } from "../../platform/auth/index";
import { organisations } from "../../platform/db/tables";
import type { Database, Sql } from "../../platform/db/index";
import { programOrgSettings } from "./tables";

export const DEFAULT_RETENTION_MONTHS = 12;
export const DEFAULT_REPLY_WORKING_DAYS = 2;

export interface ProgramSettings {
  retentionMonths: number;
  replyWorkingDays: number;
}

export const defaultProgramSettings: ProgramSettings = {
  retentionMonths: DEFAULT_RETENTION_MONTHS,
  replyWorkingDays: DEFAULT_REPLY_WORKING_DAYS,
};

export const programSettingsForm = z.object({
  orgId: z.uuid(),
  retentionMonths: z.coerce.number().int().min(1).max(12),
  replyWorkingDays: z.coerce.number().int().min(1).max(10),
});

export async function getProgramSettings(options: {
  database: Database;
  orgId: string;
}): Promise<ProgramSettings> {
  const [row] = await options.database.db
    .select()
    .from(programOrgSettings)
    .where(eq(programOrgSettings.orgId, options.orgId));
  return row
    ? { retentionMonths: row.retentionMonths, replyWorkingDays: row.replyWorkingDays }
    : { ...defaultProgramSettings };
}

/** Organisations whose guided-program settings this staff member may change: only their own as org_admin. */
export function settingsOrgIds(context: StaffContext): string[] {
  return [...new Set(context.grants.filter((g) => g.role === "org_admin").map((g) => g.orgId))];
}

export async function listEditableSettings(options: {
  database: Database;
  context: StaffContext;
}): Promise<{ orgId: string; name: string; settings: ProgramSettings }[]> {
  const orgIds = settingsOrgIds(options.context);
  if (orgIds.length === 0) return [];
  const { db } = options.database;
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, orgIds))
    .orderBy(organisations.name);
  const rows = await db.select().from(programOrgSettings).where(inArray(programOrgSettings.orgId, orgIds));
  const byOrg = new Map(rows.map((r) => [r.orgId, r]));
  return orgs.map((o) => {
    const row = byOrg.get(o.id);
    return {
      orgId: o.id,
      name: o.name,
      settings: row
        ? { retentionMonths: row.retentionMonths, replyWorkingDays: row.replyWorkingDays }
        : { ...defaultProgramSettings },
    };
  });
}

/** Saves one organisation's settings; false (answered as 404) when the staff member is not its org_admin. */
export async function saveProgramSettings(options: {
  database: Database;
  context: StaffContext;
  orgId: string;
  settings: ProgramSettings;
}): Promise<boolean> {
  if (!hasRole(options.context, "org_admin", options.orgId)) return false;
  const before = await getProgramSettings({ database: options.database, orgId: options.orgId });
  const { retentionMonths, replyWorkingDays } = options.settings;
  // The change and its audit row commit together.
  await options.database.sql.begin(async (tx) => {
    await tx`
      insert into program_org_settings (org_id, retention_months, reply_working_days)
      values (${options.orgId}, ${retentionMonths}, ${replyWorkingDays})
      on conflict (org_id) do update set retention_months = excluded.retention_months,
        reply_working_days = excluded.reply_working_days, updated_at = now()`;
    await appendAudit(tx as unknown as Sql, {
      action: "program_settings.update",
      actorUserId: options.context.userId,
      orgId: options.orgId,
      targetType: "program_org_settings",
      targetId: options.orgId,
      details: { before, after: { retentionMonths, replyWorkingDays } },
    });
  });
  return true;
}

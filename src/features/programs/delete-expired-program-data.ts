import { and, isNull, lt, sql as dsql } from "drizzle-orm";
import type { Database } from "../../platform/db/index";
import { programCourses, programInvitations, programResumeRecords } from "./tables";

/** Answers behind a resume code go after this long unused. */
export const RETENTION_DAYS = 365;
export const MAX_RETENTION_MONTHS = 12;

/**
 * Retention: guided courses end on their end date, and their content (messages, answers, WHO-5, feedback) is
 * deleted 12 months after ending, or sooner when the organisation's settings say so; answers behind a resume code go after 12 months unused; invitations when they expire.
 */
export async function deleteExpiredProgramData(options: { database: Database; now?: Date }): Promise<{
  courses: number;
  resumeRecords: number;
  invitations: number;
}> {
  const { db } = options.database;
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  await db
    .update(programCourses)
    .set({ endedAt: dsql`${programCourses.endsAt}`, awaitingReply: false, replyDueAt: null })
    .where(and(isNull(programCourses.endedAt), lt(programCourses.endsAt, now)));
  // Each organisation may keep ended courses for less than 12 months (program_org_settings), never for more.
  const courses = await options.database.sql<{ id: string }[]>`
    delete from program_courses c
    where c.ended_at is not null
      and c.ended_at < ${now.toISOString()}::timestamptz - make_interval(months => least(${MAX_RETENTION_MONTHS},
        coalesce((select s.retention_months from program_org_settings s where s.org_id = c.org_id), ${MAX_RETENTION_MONTHS})))
    returning c.id`;
  const resumeRecords = await db
    .delete(programResumeRecords)
    .where(lt(programResumeRecords.lastUsedAt, cutoff))
    .returning({ id: programResumeRecords.id });
  const invitations = await db
    .delete(programInvitations)
    .where(lt(programInvitations.expiresAt, now))
    .returning({ id: programInvitations.id });
  return { courses: courses.length, resumeRecords: resumeRecords.length, invitations: invitations.length };
}

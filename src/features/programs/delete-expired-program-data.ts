import { and, isNull, lt, sql as dsql } from "drizzle-orm";
import type { Database } from "../../platform/db/index";
import { programCourses, programInvitations, programResumeRecords } from "./tables";

export const RETENTION_DAYS = 365;

/**
 * Retention: guided courses end on their end date, and their content (messages, answers, WHO-5, feedback) is
 * deleted 12 months after ending; answers behind a resume code go after 12 months unused; invitations when they expire.
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
    .set({ endedAt: dsql`${programCourses.endsAt}`, awaitingReply: false })
    .where(and(isNull(programCourses.endedAt), lt(programCourses.endsAt, now)));
  const courses = await db
    .delete(programCourses)
    .where(lt(programCourses.endedAt, cutoff))
    .returning({ id: programCourses.id });
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

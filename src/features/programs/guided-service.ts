import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, sql as dsql } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import { hasRole, staffUsers, type StaffContext } from "../../platform/auth/index";
import type { FieldCipher } from "../../platform/crypto/index";
import { newReadableCode } from "../../platform/crypto/index";
import type { Database } from "../../platform/db/index";
import { notFound } from "../../platform/http/http-error";
import { addWorkingDays } from "../services/index";
import { getProgramSettings } from "./program-settings";
import { partKinds, type PartKind } from "./program-schema";
import { codeLookupHash, RESUME_CODE_BITS } from "./resume-vault";
import { programCourseAnswers, programCourseMessages, programCourses, programInvitations } from "./tables";
import type { ExerciseAnswer } from "./validate-exercise-answer";

export const DEFAULT_CONTACTS = 3;
export const INVITATION_DAYS = 30;
export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_FEEDBACK_LENGTH = 4000;

export const messageAad = (id: string): string => `program_course_messages.body_enc:${id}`;
export const answerAad = (id: string): string => `program_course_answers.answer_enc:${id}`;
export const who5StartAad = (id: string): string => `program_courses.who5_start_enc:${id}`;
export const who5EndAad = (id: string): string => `program_courses.who5_end_enc:${id}`;
export const feedbackAad = (id: string): string => `program_courses.feedback_enc:${id}`;

export type Course = typeof programCourses.$inferSelect;
export interface Who5Result {
  answers: number[];
  score: number;
  at: string;
}
const who5Schema = z.object({ answers: z.array(z.int()), score: z.int(), at: z.string() });

export interface CourseMessage {
  id: string;
  sender: "client" | "professional";
  text: string;
  crisis: boolean;
  at: Date;
}

/** A guided course runs as long as a program is written for: 4–8 weeks. */
export const MIN_COURSE_WEEKS = 4;
export const MAX_COURSE_WEEKS = 8;

export const invitationForm = z.object({
  programId: z.string().max(100),
  contacts: z.coerce.number().int().min(1).max(5).default(DEFAULT_CONTACTS),
  weeks: z.coerce.number().int().min(MIN_COURSE_WEEKS).max(MAX_COURSE_WEEKS).default(MAX_COURSE_WEEKS),
});

/** Organisations where this staff member works as a counsellor. */
export function counsellorOrgIds(context: StaffContext): string[] {
  return context.grants.filter((g) => g.role === "counsellor").map((g) => g.orgId);
}

/**
 * Only counsellors of the organisation that invited the client read a course: it holds what the client wrote.
 * A global admin role gives no way in; the admin would need the counsellor role in that organisation.
 */
function canSeeCourse(context: StaffContext, course: Pick<Course, "orgId">): boolean {
  return hasRole(context, "counsellor", course.orgId);
}

export async function createInvitation(options: {
  database: Database;
  context: StaffContext;
  programId: string;
  contacts: number;
  weeks: number;
}): Promise<string> {
  const code = newReadableCode(RESUME_CODE_BITS);
  const orgId = counsellorOrgIds(options.context)[0] ?? options.context.orgId;
  await options.database.db.insert(programInvitations).values({
    id: randomUUID(),
    orgId,
    counsellorUserId: options.context.userId,
    programId: options.programId,
    codeHash: codeLookupHash(code, "invitation"),
    contacts: options.contacts,
    weeks: options.weeks,
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  });
  return code;
}

export type JoinResult =
  { ok: true; courseCode: string; courseId: string } | { ok: false; reason: "not-found" | "wrong-program" };

/** Uses an invitation once: the course gets its own code for the client, stored only as a hash. */
export async function joinCourse(options: {
  database: Database;
  invitationCode: string;
  programId: string;
  lang: string;
}): Promise<JoinResult> {
  return options.database.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(programInvitations)
      .where(
        and(
          eq(programInvitations.codeHash, codeLookupHash(options.invitationCode, "invitation")),
          isNull(programInvitations.usedAt),
          gt(programInvitations.expiresAt, new Date()),
        ),
      )
      .for("update");
    if (!invitation) return { ok: false, reason: "not-found" } as const;
    if (invitation.programId !== options.programId) return { ok: false, reason: "wrong-program" } as const;
    const courseCode = newReadableCode(RESUME_CODE_BITS);
    const courseId = randomUUID();
    await tx.insert(programCourses).values({
      id: courseId,
      orgId: invitation.orgId,
      counsellorUserId: invitation.counsellorUserId,
      programId: invitation.programId,
      lang: options.lang,
      clientCodeHash: codeLookupHash(courseCode, "course"),
      contactsTotal: invitation.contacts,
      endsAt: new Date(Date.now() + invitation.weeks * 7 * 86_400_000),
    });
    await tx
      .update(programInvitations)
      .set({ usedAt: new Date() })
      .where(eq(programInvitations.id, invitation.id));
    return { ok: true, courseCode, courseId } as const;
  });
}

export async function findCourseByCode(options: {
  database: Database;
  code: string;
}): Promise<Course | undefined> {
  const [course] = await options.database.db
    .select()
    .from(programCourses)
    .where(eq(programCourses.clientCodeHash, codeLookupHash(options.code, "course")));
  return course;
}

export const isCourseOpen = (course: Course, now = new Date()): boolean =>
  course.endedAt === null && course.endsAt > now;

/** Whether the professional still has replies left; when not, the client can no longer send messages. */
export const hasContactsLeft = (course: Pick<Course, "contactsUsed" | "contactsTotal">): boolean =>
  course.contactsUsed < course.contactsTotal;

export const sharedPartsOf = (course: Pick<Course, "sharedParts">): PartKind[] =>
  partKinds.filter((k) => course.sharedParts.split(",").includes(k));

export const doneModulesOf = (course: Pick<Course, "doneModules">): string[] =>
  course.doneModules.split(",").filter((m) => m !== "");

export async function setSharedParts(options: { database: Database; courseId: string; parts: PartKind[] }) {
  await options.database.db
    .update(programCourses)
    .set({ sharedParts: options.parts.join(",") })
    .where(eq(programCourses.id, options.courseId));
}

export async function setModuleDone(options: {
  database: Database;
  courseId: string;
  moduleId: string;
  done: boolean;
}): Promise<void> {
  await options.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ doneModules: programCourses.doneModules })
      .from(programCourses)
      .where(eq(programCourses.id, options.courseId))
      .for("update");
    if (!row) return;
    const set = new Set(doneModulesOf(row));
    if (options.done) set.add(options.moduleId);
    else set.delete(options.moduleId);
    await tx
      .update(programCourses)
      .set({ doneModules: [...set].join(",") })
      .where(eq(programCourses.id, options.courseId));
  });
}

export async function loadCourseAnswers(options: {
  database: Database;
  cipher: FieldCipher;
  courseId: string;
}): Promise<Map<string, ExerciseAnswer>> {
  const rows = await options.database.db
    .select()
    .from(programCourseAnswers)
    .where(eq(programCourseAnswers.courseId, options.courseId));
  const answers = new Map<string, ExerciseAnswer>();
  for (const row of rows) {
    answers.set(
      row.exerciseId,
      JSON.parse(options.cipher.decrypt(row.answerEnc, answerAad(row.id))) as ExerciseAnswer,
    );
  }
  return answers;
}

export async function saveCourseAnswer(options: {
  database: Database;
  cipher: FieldCipher;
  courseId: string;
  exerciseId: string;
  answer: ExerciseAnswer;
}): Promise<void> {
  const { db } = options.database;
  const [existing] = await db
    .select({ id: programCourseAnswers.id })
    .from(programCourseAnswers)
    .where(
      and(
        eq(programCourseAnswers.courseId, options.courseId),
        eq(programCourseAnswers.exerciseId, options.exerciseId),
      ),
    );
  const id = existing?.id ?? randomUUID();
  const answerEnc = options.cipher.encrypt(JSON.stringify(options.answer), answerAad(id));
  await db
    .insert(programCourseAnswers)
    .values({ id, courseId: options.courseId, exerciseId: options.exerciseId, answerEnc })
    .onConflictDoUpdate({
      target: [programCourseAnswers.courseId, programCourseAnswers.exerciseId],
      set: { answerEnc, updatedAt: new Date() },
    });
}

export async function markCourseCrisis(options: { database: Database; courseId: string }): Promise<void> {
  await options.database.db
    .update(programCourses)
    .set({ crisisAt: new Date() })
    .where(eq(programCourses.id, options.courseId));
}

/** When an answer to a message sent at `from` is due: the promised working days, Finnish public holidays excluded. */
export function replyDueFrom(from: Date, replyWorkingDays: number): Date {
  return addWorkingDays({ from, days: replyWorkingDays });
}

export async function addCourseMessage(options: {
  database: Database;
  cipher: FieldCipher;
  course: Course;
  sender: "client" | "professional";
  text: string;
  crisis: boolean;
  now?: Date;
}): Promise<string> {
  const id = randomUUID();
  const now = options.now ?? new Date();
  const due =
    options.sender === "client"
      ? replyDueFrom(
          now,
          (await getProgramSettings({ database: options.database, orgId: options.course.orgId }))
            .replyWorkingDays,
        )
      : undefined;
  await options.database.db.transaction(async (tx) => {
    await tx.insert(programCourseMessages).values({
      id,
      courseId: options.course.id,
      sender: options.sender,
      bodyEnc: options.cipher.encrypt(options.text, messageAad(id)),
      crisis: options.crisis,
      createdAt: now,
    });
    await tx
      .update(programCourses)
      .set(
        due
          ? {
              awaitingReply: true,
              // The clock starts at the first unanswered message; more messages do not push the answer later.
              replyDueAt: dsql`coalesce(${programCourses.replyDueAt}, ${due.toISOString()}::timestamptz)`,
              ...(options.crisis ? { crisisAt: now } : {}),
            }
          : {
              awaitingReply: false,
              replyDueAt: null,
              contactsUsed: dsql`${programCourses.contactsUsed} + 1`,
            },
      )
      .where(eq(programCourses.id, options.course.id));
  });
  return id;
}

export async function listCourseMessages(options: {
  database: Database;
  cipher: FieldCipher;
  courseId: string;
}): Promise<CourseMessage[]> {
  const rows = await options.database.db
    .select()
    .from(programCourseMessages)
    .where(eq(programCourseMessages.courseId, options.courseId))
    .orderBy(asc(programCourseMessages.createdAt));
  return rows.map((r) => ({
    id: r.id,
    sender: r.sender === "professional" ? "professional" : "client",
    text: options.cipher.decrypt(r.bodyEnc, messageAad(r.id)),
    crisis: r.crisis,
    at: r.createdAt,
  }));
}

export function readWho5(cipher: FieldCipher, course: Course): { start?: Who5Result; end?: Who5Result } {
  const read = (enc: string | null, aad: string) =>
    enc ? who5Schema.parse(JSON.parse(cipher.decrypt(enc, aad))) : undefined;
  return {
    start: read(course.who5StartEnc, who5StartAad(course.id)),
    end: read(course.who5EndEnc, who5EndAad(course.id)),
  };
}

export async function saveWho5(options: {
  database: Database;
  cipher: FieldCipher;
  course: Course;
  phase: "start" | "end";
  result: Who5Result;
}): Promise<void> {
  const { course, cipher, phase } = options;
  const enc = cipher.encrypt(
    JSON.stringify(options.result),
    phase === "start" ? who5StartAad(course.id) : who5EndAad(course.id),
  );
  await options.database.db
    .update(programCourses)
    .set(phase === "start" ? { who5StartEnc: enc } : { who5EndEnc: enc })
    .where(eq(programCourses.id, course.id));
}

export async function saveFeedback(options: {
  database: Database;
  cipher: FieldCipher;
  course: Course;
  text: string;
}) {
  await options.database.db
    .update(programCourses)
    .set({ feedbackEnc: options.cipher.encrypt(options.text, feedbackAad(options.course.id)) })
    .where(eq(programCourses.id, options.course.id));
}

export const readFeedback = (cipher: FieldCipher, course: Course): string | undefined =>
  course.feedbackEnc ? cipher.decrypt(course.feedbackEnc, feedbackAad(course.id)) : undefined;

export interface CourseSummary {
  course: Course;
  /** Position among this counsellor's courses, so clients get a number instead of a name. */
  number: number;
}

/** The counsellor's own guided clients: crisis first, then what needs an answer by due date. */
export async function listCounsellorCourses(options: {
  database: Database;
  context: StaffContext;
  now?: Date;
}): Promise<CourseSummary[]> {
  const now = options.now ?? new Date();
  const orgIds = counsellorOrgIds(options.context);
  if (orgIds.length === 0) return [];
  const rows = await options.database.db
    .select()
    .from(programCourses)
    .where(
      and(inArray(programCourses.orgId, orgIds), eq(programCourses.counsellorUserId, options.context.userId)),
    )
    .orderBy(asc(programCourses.createdAt));
  const numbered = rows.map((course, i) => ({ course, number: i + 1 }));
  return numbered.sort((a, b) => compareForAttention(a.course, b.course, now));
}

/** Whether the client waits for an answer past the promised time. */
export const isReplyOverdue = (course: Course, now = new Date()): boolean =>
  needsAnswer(course, now) && course.replyDueAt !== null && course.replyDueAt < now;

/** A message waits for an answer only while the professional can still give one. */
export const needsAnswer = (course: Course, now = new Date()): boolean =>
  course.awaitingReply && isCourseOpen(course, now) && hasContactsLeft(course);

/** Crisis first, then what needs an answer by due date (earliest, so overdue, first), then the rest. */
export function compareForAttention(a: Course, b: Course, now = new Date()): number {
  const rank = (c: Course) => (c.crisisAt ? 0 : needsAnswer(c, now) ? 1 : isCourseOpen(c, now) ? 2 : 3);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const due = (c: Course) =>
    needsAnswer(c, now) && c.replyDueAt ? c.replyDueAt.getTime() : Number.POSITIVE_INFINITY;
  const da = due(a);
  const db = due(b);
  return da === db ? 0 : da < db ? -1 : 1;
}

/** Per-object check: a course of another organisation "does not exist". Every view is audited. */
export async function getCourseForStaff(options: {
  database: Database;
  context: StaffContext;
  courseId: string;
  audit?: string;
}): Promise<Course> {
  if (!z.uuid().safeParse(options.courseId).success) throw notFound();
  const [course] = await options.database.db
    .select()
    .from(programCourses)
    .where(eq(programCourses.id, options.courseId));
  if (!course || !canSeeCourse(options.context, course)) throw notFound();
  if (options.audit) {
    await appendAudit(options.database.sql, {
      action: options.audit,
      actorUserId: options.context.userId,
      orgId: course.orgId,
      targetType: "program_course",
      targetId: course.id,
    });
  }
  return course;
}

export async function endCourse(options: { database: Database; courseId: string }): Promise<void> {
  await options.database.db
    .update(programCourses)
    .set({ endedAt: new Date(), awaitingReply: false, replyDueAt: null })
    .where(and(eq(programCourses.id, options.courseId), isNull(programCourses.endedAt)));
}

export async function clearCrisis(options: { database: Database; courseId: string }): Promise<void> {
  await options.database.db
    .update(programCourses)
    .set({ crisisAt: null })
    .where(eq(programCourses.id, options.courseId));
}

export async function counsellorAlias(database: Database, userId: string | null): Promise<string> {
  if (!userId) return "—";
  const [row] = await database.db
    .select({ alias: staffUsers.alias })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  return row?.alias ?? "—";
}

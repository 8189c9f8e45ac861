import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { staffUsers } from "../../platform/auth/tables";
import { organisations } from "../../platform/db/tables";

/**
 * Answers saved behind a resume code. The service holds only ciphertext under a key derived from the code
 * (never stored), so it cannot read them; `lookupHash` is a separate hash of the code.
 */
export const programResumeRecords = pgTable("program_resume_records", {
  id: uuid("id").primaryKey(),
  lookupHash: text("lookup_hash").notNull().unique(),
  /** Random per record, base64url; the HKDF salt. */
  salt: text("salt").notNull(),
  /** AES-256-GCM under the code-derived key, base64url(iv ‖ body ‖ tag). */
  ciphertext: text("ciphertext").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A single-use code a counsellor gives a client to start a guided course. */
export const programInvitations = pgTable(
  "program_invitations",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    counsellorUserId: uuid("counsellor_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    programId: text("program_id").notNull(),
    codeHash: text("code_hash").notNull().unique(),
    contacts: integer("contacts").notNull(),
    weeks: integer("weeks").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("program_invitations_org_idx").on(t.orgId)],
);

/** A guided course: one client, one counsellor, one program, a set number of contacts and an end. */
export const programCourses = pgTable(
  "program_courses",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    counsellorUserId: uuid("counsellor_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    programId: text("program_id").notNull(),
    lang: text("lang").notNull(),
    /** SHA-256 of the client's course code; the code itself is never stored. */
    clientCodeHash: text("client_code_hash").notNull(),
    contactsTotal: integer("contacts_total").notNull(),
    contactsUsed: integer("contacts_used").notNull().default(0),
    /** Parts (information, skills, maintaining) the client lets the counsellor see, comma-separated. */
    sharedParts: text("shared_parts").notNull().default(""),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    crisisAt: timestamp("crisis_at", { withTimezone: true }),
    /** The client wrote last and nobody has answered. */
    awaitingReply: boolean("awaiting_reply").notNull().default(false),
    /** When the professional's answer is due: the organisation's promised working days after the first unanswered message. */
    replyDueAt: timestamp("reply_due_at", { withTimezone: true }),
    doneModules: text("done_modules").notNull().default(""),
    who5StartEnc: text("who5_start_enc"),
    who5EndEnc: text("who5_end_enc"),
    feedbackEnc: text("feedback_enc"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("program_courses_code_idx").on(t.clientCodeHash),
    index("program_courses_org_idx").on(t.orgId, t.counsellorUserId),
  ],
);

export const programCourseAnswers = pgTable(
  "program_course_answers",
  {
    id: uuid("id").primaryKey(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => programCourses.id, { onDelete: "cascade" }),
    exerciseId: text("exercise_id").notNull(),
    answerEnc: text("answer_enc").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("program_course_answers_unique").on(t.courseId, t.exerciseId)],
);

export const programCourseMessages = pgTable(
  "program_course_messages",
  {
    id: uuid("id").primaryKey(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => programCourses.id, { onDelete: "cascade" }),
    sender: text("sender").notNull(),
    bodyEnc: text("body_enc").notNull(),
    crisis: boolean("crisis").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_course_messages_course_idx").on(t.courseId, t.createdAt)],
);

/** Guided-program settings an organisation's admin may change; without a row the defaults apply. */
export const programOrgSettings = pgTable("program_org_settings", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  /** Months after a guided course ends before its content is deleted, 1–12. */
  retentionMonths: integer("retention_months").notNull().default(12),
  /** Working days within which a professional promises to answer a client's message. */
  replyWorkingDays: integer("reply_working_days").notNull().default(2),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

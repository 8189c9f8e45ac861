import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "../../platform/db/tables";

/** A written-questions service of one organisation: who answers, how fast, and whether a voucher is needed. */
export const questionServices = pgTable(
  "question_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    slug: text("slug").notNull(),
    /** `{fi, sv, en}` names and descriptions. */
    name: jsonb("name").$type<Record<string, string>>().notNull(),
    description: jsonb("description").$type<Record<string, string>>().notNull(),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{fi,sv,en}'::text[]`),
    professions: text("professions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    answerWithinWorkingDays: integer("answer_within_working_days").notNull().default(3),
    voucherRequired: boolean("voucher_required").notNull().default(false),
    followUpLimit: integer("follow_up_limit").notNull().default(3),
    retentionDays: integer("retention_days").notNull().default(30),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("question_services_org_slug").on(t.orgId, t.slug)],
);

/** Where vouchers are handed out, e.g. a named child health clinic; redemptions are counted here for good. */
export const voucherUnits = pgTable(
  "question_voucher_units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    vouchersIssued: integer("vouchers_issued").notNull().default(0),
    redemptions: integer("redemptions").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("question_voucher_units_org_name").on(t.orgId, t.name)],
);

export const voucherBatches = pgTable("question_voucher_batches", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id),
  unitId: uuid("unit_id")
    .notNull()
    .references(() => voucherUnits.id),
  count: integer("count").notNull(),
  questionsPerVoucher: integer("questions_per_voucher").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One voucher: only the SHA-256 hash of its normalised code (`hashVoucherCode`) is stored, so the printed sheet
 * is the one place the code exists. A plain hash is enough: the code has 130 random bits, nothing to brute-force.
 */
export const vouchers = pgTable("question_vouchers", {
  id: uuid("id").primaryKey().defaultRandom(),
  batchId: uuid("batch_id")
    .notNull()
    .references(() => voucherBatches.id, { onDelete: "cascade" }),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id),
  unitId: uuid("unit_id")
    .notNull()
    .references(() => voucherUnits.id),
  codeHash: text("code_hash").notNull().unique(),
  questionsAllowed: integer("questions_allowed").notNull(),
  questionsUsed: integer("questions_used").notNull().default(0),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/** A question and everything said about it; found by the hash of its retrieval code, never by the code. */
export const questionThreads = pgTable(
  "question_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => questionServices.id),
    codeHash: text("code_hash").notNull().unique(),
    lang: text("lang").notNull(),
    topic: text("topic"),
    /** waiting (for a professional), answered, closed. */
    status: text("status").notNull().default("waiting"),
    crisis: boolean("crisis").notNull().default(false),
    crisisCategories: text("crisis_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    answerDue: timestamp("answer_due", { withTimezone: true }).notNull(),
    unitId: uuid("unit_id").references(() => voucherUnits.id),
    followUps: integer("follow_ups").notNull().default(0),
    /** The profession the thread was passed to within its service (one of the service's professions); null = anyone. */
    profession: text("profession"),
    claimedBy: uuid("claimed_by"),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    firstAnsweredAt: timestamp("first_answered_at", { withTimezone: true }),
    /** Working days the first answer came after the promised day (0 = kept the promise); for reports. */
    firstAnswerLateDays: integer("first_answer_late_days"),
    /** Optional address for one "your answer is ready" notice; encrypted, set to null once the notice is sent. */
    notifyEmailEnc: text("notify_email_enc"),
    noticeSentAt: timestamp("notice_sent_at", { withTimezone: true }),
    feedback: text("feedback"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [index("question_threads_queue").on(t.orgId, t.status, t.crisis, t.answerDue)],
);

/**
 * Notices waiting to be mailed, written in the same transaction as the answer and sent after commit, so a
 * mail failure never loses an answer. Holds no address: that stays encrypted on the thread.
 */
export const questionNoticeOutbox = pgTable("question_notice_outbox", {
  threadId: uuid("thread_id")
    .primaryKey()
    .references(() => questionThreads.id, { onDelete: "cascade" }),
  attempts: integer("attempts").notNull().default(0),
  nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** client and professional messages, and internal notes (never shown to the client); text encrypted. */
export const questionMessages = pgTable(
  "question_messages",
  {
    id: uuid("id").primaryKey(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => questionThreads.id, { onDelete: "cascade" }),
    author: text("author").notNull(),
    staffUserId: uuid("staff_user_id"),
    textEnc: text("text_enc").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("question_messages_thread").on(t.threadId, t.createdAt)],
);

/** Answer templates per organisation and language; written by staff, holding no client content. */
export const questionTemplates = pgTable("question_templates", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id),
  lang: text("lang").notNull(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Anonymous counts kept after threads are deleted: per service, topic, issuing unit and month. */
export const questionCounts = pgTable(
  "question_counts",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    serviceId: uuid("service_id").notNull(),
    topic: text("topic").notNull().default(""),
    /** The issuing unit's id, or "" for questions without a voucher. */
    unitKey: text("unit_key").notNull().default(""),
    month: date("month").notNull(),
    questions: integer("questions").notNull().default(0),
    followUps: integer("follow_ups").notNull().default(0),
    answered: integer("answered").notNull().default(0),
    answeredWithinPromise: integer("answered_within_promise").notNull().default(0),
    answeredOneDayLate: integer("answered_one_day_late").notNull().default(0),
    answeredTwoPlusDaysLate: integer("answered_two_plus_days_late").notNull().default(0),
    /** Deleted without any answer (closed by the person, or never answered). */
    unanswered: integer("unanswered").notNull().default(0),
    firstAnswerHoursSum: integer("first_answer_hours_sum").notNull().default(0),
    crisis: integer("crisis").notNull().default(0),
    helped: integer("helped").notNull().default(0),
    notHelped: integer("not_helped").notNull().default(0),
  },
  (t) => [uniqueIndex("question_counts_key").on(t.orgId, t.serviceId, t.topic, t.unitKey, t.month)],
);

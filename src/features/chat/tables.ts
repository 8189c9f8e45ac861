import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staffUsers } from "../../platform/auth/tables";
import { organisations } from "../../platform/db/tables";

/** A chat service of one organisation: its languages, topics, opening hours and how long transcripts are kept. */
export const chatServices = pgTable(
  "chat_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    slug: text("slug").notNull(),
    /** Localized name {fi, sv, en}. */
    names: jsonb("names").notNull(),
    languages: jsonb("languages").notNull(),
    /** [{id, names:{fi,sv,en}}] */
    topics: jsonb("topics").notNull(),
    /** openingHoursSchema input: weekly hours, holiday rule, dated exceptions. */
    openingHours: jsonb("opening_hours").notNull(),
    retentionDays: integer("retention_days").notNull().default(30),
    /** How many conversations a worker of this organisation takes at once until they choose otherwise. */
    defaultMaxConcurrent: integer("default_max_concurrent").notNull().default(3),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("chat_services_org_slug").on(t.orgId, t.slug)],
);

/** Workers of one organisation grouped by profession ("social workers", "nurses"); managed by org_admin. */
export const chatTeams = pgTable(
  "chat_teams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("chat_teams_org_name").on(t.orgId, t.name)],
);

export const chatTeamMembers = pgTable(
  "chat_team_members",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => chatTeams.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

/** One anonymous conversation. No IP addresses or user agents; the client's token only as a hash. */
export const chatSessions = pgTable(
  "chat_sessions",
  {
    id: uuid("id").primaryKey(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => chatServices.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    tokenHash: text("token_hash").notNull().unique(),
    status: text("status").notNull().default("queued"),
    lang: text("lang").notNull(),
    topic: text("topic"),
    crisis: boolean("crisis").notNull().default(false),
    crisisCategories: jsonb("crisis_categories")
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Short matched cues for workers, encrypted: they are fragments of what the client wrote. */
    crisisReasonsEnc: text("crisis_reasons_enc"),
    assignedUserId: uuid("assigned_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** Set when a worker passed the conversation to a team: only that team's workers take it from the queue. */
    teamId: uuid("team_id").references(() => chatTeams.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    crisisAt: timestamp("crisis_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
    /** When the client's last connection closed; null while connected. */
    clientLeftAt: timestamp("client_left_at", { withTimezone: true }),
    feedbackRating: integer("feedback_rating"),
    feedbackTextEnc: text("feedback_text_enc"),
  },
  (t) => [index("chat_sessions_queue").on(t.orgId, t.status, t.crisis, t.createdAt)],
);

export const chatMessages = pgTable(
  "chat_messages",
  {
    id: uuid("id").primaryKey(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => chatSessions.id, { onDelete: "cascade" }),
    sender: text("sender").notNull(),
    senderUserId: uuid("sender_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** The worker's alias as the client saw it then: after a transfer each message keeps its writer's name. */
    senderAlias: text("sender_alias"),
    textEnc: text("text_enc").notNull(),
    clientMsgId: text("client_msg_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("chat_messages_session").on(t.sessionId, t.seq),
    uniqueIndex("chat_messages_client_msg").on(t.sessionId, t.sender, t.clientMsgId),
  ],
);

/** Workers' internal notes on a conversation; never shown to the client. */
export const chatNotes = pgTable("chat_notes", {
  id: uuid("id").primaryKey(),
  sessionId: uuid("session_id")
    .notNull()
    .references(() => chatSessions.id, { onDelete: "cascade" }),
  authorUserId: uuid("author_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
  textEnc: text("text_enc").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const chatCannedReplies = pgTable("chat_canned_replies", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id),
  lang: text("lang").notNull(),
  title: text("title").notNull(),
  text: text("text").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A worker's availability and how many conversations they take at once. */
export const chatWorkerStatus = pgTable("chat_worker_status", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: "cascade" }),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id),
  available: boolean("available").notNull().default(false),
  maxConcurrent: integer("max_concurrent").notNull().default(3),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What is left of conversations after retention: anonymous counts per service, day, topic and language. */
export const chatDailyStats = pgTable(
  "chat_daily_stats",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => chatServices.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    day: date("day").notNull(),
    topic: text("topic").notNull(),
    lang: text("lang").notNull(),
    sessions: integer("sessions").notNull().default(0),
    answered: integer("answered").notNull().default(0),
    crisis: integer("crisis").notNull().default(0),
    waitSecondsTotal: bigint("wait_seconds_total", { mode: "number" }).notNull().default(0),
    durationSecondsTotal: bigint("duration_seconds_total", { mode: "number" }).notNull().default(0),
    /** Sessions with a rating, their sum and how many gave each of 1–5: ratings outlive the transcripts. */
    feedback: integer("feedback").notNull().default(0),
    ratingSum: integer("rating_sum").notNull().default(0),
    rating1: integer("rating_1").notNull().default(0),
    rating2: integer("rating_2").notNull().default(0),
    rating3: integer("rating_3").notNull().default(0),
    rating4: integer("rating_4").notNull().default(0),
    rating5: integer("rating_5").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.day, t.topic, t.lang] })],
);

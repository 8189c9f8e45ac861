import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Anonymous daily counts for the reports: no text, no ids, nothing that points to a person. */
export const chatbotDailyCounts = pgTable(
  "chatbot_daily_counts",
  {
    day: date("day").notNull(),
    lang: text("lang").notNull(),
    /** The recognised topic, or "" for out-of-scope and feedback-only rows. */
    topic: text("topic").notNull(),
    conversations: integer("conversations").notNull().default(0),
    messages: integer("messages").notNull().default(0),
    crisis: integer("crisis").notNull().default(0),
    handoffs: integer("handoffs").notNull().default(0),
    unanswered: integer("unanswered").notNull().default(0),
    clarifications: integer("clarifications").notNull().default(0),
    feedbackUp: integer("feedback_up").notNull().default(0),
    feedbackDown: integer("feedback_down").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.lang, t.topic] })],
);

/** Out-of-scope questions, scrubbed of personal details and encrypted, kept 30 days to show content gaps. */
export const chatbotUnanswered = pgTable("chatbot_unanswered", {
  id: uuid("id").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lang: text("lang").notNull(),
  textEnc: text("text_enc").notNull(),
});

export const unansweredAad = (id: string): string => `chatbot_unanswered.text_enc:${id}`;

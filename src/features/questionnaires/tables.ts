import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "../../platform/db/tables";

/**
 * A questionnaire result the person chose to share with a professional. Only the hash of the share code is
 * kept; answers and score are field-encrypted; the row is deleted by the retention job after `expiresAt`.
 */
export const questionnaireShares = pgTable(
  "questionnaire_shares",
  {
    id: uuid("id").primaryKey(),
    codeHash: text("code_hash").notNull().unique(),
    /** The organisation whose counsellors and referrers may open the share (chosen on the share form). */
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** JSON `{slug, lang, answers, supplementary, age, sex, score}`, encrypted with aad `questionnaire_shares.payload_enc:<id>`. */
    payloadEnc: text("payload_enc").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("questionnaire_shares_expires_idx").on(t.expiresAt)],
);

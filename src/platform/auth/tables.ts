import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "../db/tables";

export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  /** What clients see instead of the worker's name. */
  alias: text("alias").notNull(),
  passwordHash: text("password_hash").notNull(),
  /** Field-encrypted TOTP secret; null until enrolment is confirmed. */
  totpSecretEnc: text("totp_secret_enc"),
  totpLastStep: integer("totp_last_step"),
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const staffRoles = pgTable(
  "staff_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId, t.role] })],
);

export const staffSessions = pgTable("staff_sessions", {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  idHash: text("id_hash").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => staffUsers.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  absoluteExpiresAt: timestamp("absolute_expires_at", { withTimezone: true }).notNull(),
  mfaVerifiedAt: timestamp("mfa_verified_at", { withTimezone: true }),
  /** A TOTP secret being enrolled, encrypted; moved to the user when the first code is right. */
  pendingTotpSecretEnc: text("pending_totp_secret_enc"),
});

import { hash, verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { authenticator } from "otplib";
import { z } from "zod";
import { appendAudit } from "../audit/audit-log";
import type { FieldCipher } from "../crypto/field-cipher";
import { hashToken, newToken } from "../crypto/tokens";
import type { Database } from "../db/database";
import { organisations } from "../db/tables";
import { clientContentRoles, type Role, roleSchema } from "./roles";
import { staffRoles, staffSessions, staffUsers } from "./tables";

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
// algorithm 2 = Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MINUTES = 15;
const SESSION_ABSOLUTE_HOURS = 12;

export const passwordSchema = z.string().min(12).max(256);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const totpCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/));

export const totpAad = (userId: string): string => `staff_users.totp_secret:${userId}`;
export const pendingTotpAad = (idHash: string): string => `staff_sessions.pending_totp:${idHash}`;

// A real hash to check against when the e-mail is unknown, so both paths take the same time.
const dummyHash = hash("not-a-real-password-but-the-same-cost", ARGON2);

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export interface RoleGrant {
  orgId: string;
  role: Role;
}

export interface StaffContext {
  sessionIdHash: string;
  userId: string;
  orgId: string;
  email: string;
  displayName: string;
  alias: string;
  grants: RoleGrant[];
  mfaVerified: boolean;
  totpEnrolled: boolean;
}

export type LoginResult =
  | { ok: true; token: string; needsTotp: boolean; needsEnrolment: boolean }
  | { ok: false; reason: "invalid-credentials" | "locked" };

export interface StaffAuth {
  login: (options: { email: string; password: string }) => Promise<LoginResult>;
  verifyTotp: (options: { context: StaffContext; code: string }) => Promise<boolean>;
  startTotpEnrolment: (options: { context: StaffContext }) => Promise<{ secret: string; otpauthUrl: string }>;
  confirmTotpEnrolment: (options: { context: StaffContext; code: string }) => Promise<boolean>;
  resolveSession: (options: { token: string }) => Promise<StaffContext | undefined>;
  logout: (options: { token: string }) => Promise<void>;
}

export function hasRole(context: StaffContext, role: Role, orgId?: string): boolean {
  return context.grants.some((g) => g.role === role && (orgId === undefined || g.orgId === orgId));
}

export function isGlobalAdmin(context: StaffContext): boolean {
  return hasRole(context, "admin");
}

/** Every role that can read client content needs a verified second factor in this session. */
export function canSeeClientContent(context: StaffContext): boolean {
  return context.mfaVerified && context.grants.some((g) => clientContentRoles.includes(g.role));
}

export function createStaffAuth(deps: {
  database: Database;
  cipher: FieldCipher;
  idleMinutes: number;
  now?: () => Date;
}): StaffAuth {
  const { database, cipher } = deps;
  const { db, sql } = database;
  const now = deps.now ?? (() => new Date());

  async function audit(
    action: string,
    userId: string | null,
    orgId: string | null,
    details = {},
  ): Promise<void> {
    await appendAudit(sql, {
      action,
      actorUserId: userId,
      orgId,
      targetType: "staff_user",
      targetId: userId,
      details,
    });
  }

  function currentStep(delta: number): number {
    return Math.floor(now().getTime() / 30_000) + delta;
  }

  /** Accepts a code once: the step it belongs to must be later than the last one used. */
  async function acceptCode(
    userId: string,
    secret: string,
    code: string,
    lastStep: number | null,
  ): Promise<boolean> {
    const parsed = totpCodeSchema.safeParse(code);
    if (!parsed.success) return false;
    // A clone per check: otplib's shared instance is global state other code (and tests) rely on.
    const delta = authenticator.clone({ window: 1, epoch: now().getTime() }).checkDelta(parsed.data, secret);
    if (delta === null) return false;
    const step = currentStep(delta);
    if (lastStep !== null && step <= lastStep) return false;
    await db.update(staffUsers).set({ totpLastStep: step }).where(eq(staffUsers.id, userId));
    return true;
  }

  async function recordFailure(userId: string, failed: number): Promise<void> {
    const lock = failed + 1 >= MAX_FAILED_LOGINS;
    await db
      .update(staffUsers)
      .set({
        failedLogins: failed + 1,
        lockedUntil: lock ? new Date(now().getTime() + LOCKOUT_MINUTES * 60_000) : null,
      })
      .where(eq(staffUsers.id, userId));
  }

  return {
    async login({ email, password }) {
      const parsedEmail = emailSchema.safeParse(email);
      const [user] = parsedEmail.success
        ? await db.select().from(staffUsers).where(eq(staffUsers.email, parsedEmail.data))
        : [];
      if (!user || user.disabledAt) {
        await verify(await dummyHash, password).catch(() => false);
        return { ok: false, reason: "invalid-credentials" };
      }
      if (user.lockedUntil && user.lockedUntil > now()) {
        await audit("staff.login.locked", user.id, user.orgId);
        return { ok: false, reason: "locked" };
      }
      const good = await verify(user.passwordHash, password).catch(() => false);
      if (!good) {
        await recordFailure(user.id, user.failedLogins);
        await audit("staff.login.failed", user.id, user.orgId);
        return { ok: false, reason: "invalid-credentials" };
      }
      await db
        .update(staffUsers)
        .set({ failedLogins: 0, lockedUntil: null })
        .where(eq(staffUsers.id, user.id));
      const token = newToken();
      await db.insert(staffSessions).values({
        idHash: hashToken(token),
        userId: user.id,
        absoluteExpiresAt: new Date(now().getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000),
      });
      await audit("staff.login.password", user.id, user.orgId);
      const enrolled = user.totpSecretEnc !== null;
      return { ok: true, token, needsTotp: enrolled, needsEnrolment: !enrolled };
    },

    async verifyTotp({ context, code }) {
      const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, context.userId));
      if (!user?.totpSecretEnc) return false;
      const secret = cipher.decrypt(user.totpSecretEnc, totpAad(user.id));
      const ok = await acceptCode(user.id, secret, code, user.totpLastStep);
      if (!ok) {
        await recordFailure(user.id, user.failedLogins);
        await audit("staff.login.totp-failed", user.id, user.orgId);
        return false;
      }
      await db
        .update(staffSessions)
        .set({ mfaVerifiedAt: now() })
        .where(eq(staffSessions.idHash, context.sessionIdHash));
      await db.update(staffUsers).set({ failedLogins: 0 }).where(eq(staffUsers.id, user.id));
      await audit("staff.login.totp", user.id, user.orgId);
      return true;
    },

    async startTotpEnrolment({ context }) {
      const secret = authenticator.generateSecret(20);
      await db
        .update(staffSessions)
        .set({ pendingTotpSecretEnc: cipher.encrypt(secret, pendingTotpAad(context.sessionIdHash)) })
        .where(eq(staffSessions.idHash, context.sessionIdHash));
      return { secret, otpauthUrl: authenticator.keyuri(context.email, "Luukku", secret) };
    },

    async confirmTotpEnrolment({ context, code }) {
      const [session] = await db
        .select()
        .from(staffSessions)
        .where(eq(staffSessions.idHash, context.sessionIdHash));
      if (!session?.pendingTotpSecretEnc) return false;
      const secret = cipher.decrypt(session.pendingTotpSecretEnc, pendingTotpAad(context.sessionIdHash));
      if (!(await acceptCode(context.userId, secret, code, null))) return false;
      await db.transaction(async (tx) => {
        await tx
          .update(staffUsers)
          .set({ totpSecretEnc: cipher.encrypt(secret, totpAad(context.userId)) })
          .where(eq(staffUsers.id, context.userId));
        await tx
          .update(staffSessions)
          .set({ pendingTotpSecretEnc: null, mfaVerifiedAt: now() })
          .where(eq(staffSessions.idHash, context.sessionIdHash));
      });
      await audit("staff.mfa.enrolled", context.userId, context.orgId);
      return true;
    },

    async resolveSession({ token }) {
      if (token.length < 20 || token.length > 100) return undefined;
      const idHash = hashToken(token);
      const [row] = await db
        .select({ session: staffSessions, user: staffUsers })
        .from(staffSessions)
        .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
        .where(eq(staffSessions.idHash, idHash));
      if (!row) return undefined;
      const t = now();
      const idleLimit = new Date(row.session.lastSeenAt.getTime() + deps.idleMinutes * 60_000);
      if (row.user.disabledAt || row.session.absoluteExpiresAt < t || idleLimit < t) {
        await db.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
        return undefined;
      }
      // Touch at most once a minute: a write per request would cost more than it tells.
      if (t.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
        await db.update(staffSessions).set({ lastSeenAt: t }).where(eq(staffSessions.idHash, idHash));
      }
      const grants = await db
        .select({ orgId: staffRoles.orgId, role: staffRoles.role })
        .from(staffRoles)
        .where(eq(staffRoles.userId, row.user.id));
      return {
        sessionIdHash: idHash,
        userId: row.user.id,
        orgId: row.user.orgId,
        email: row.user.email,
        displayName: row.user.displayName,
        alias: row.user.alias,
        grants: grants.flatMap((g) => {
          const role = roleSchema.safeParse(g.role);
          return role.success ? [{ orgId: g.orgId, role: role.data }] : [];
        }),
        mfaVerified: row.session.mfaVerifiedAt !== null,
        totpEnrolled: row.user.totpSecretEnc !== null,
      };
    },

    async logout({ token }) {
      await db.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(token)));
    },
  };
}

export const createStaffUserInput = z.object({
  orgSlug: z.string().min(1),
  email: emailSchema,
  displayName: z.string().trim().min(1).max(120),
  alias: z.string().trim().min(1).max(60).optional(),
  roles: z.array(roleSchema).min(1),
  password: passwordSchema,
});
export type CreateStaffUserInput = z.infer<typeof createStaffUserInput>;

export class StaffUserError extends Error {
  constructor(readonly code: "unknown-organisation" | "email-taken") {
    super(code);
  }
}

/** Creates a staff user with roles in their own organisation; used by the CLI, the seed and org admins. */
export async function createStaffUser(options: {
  database: Database;
  input: CreateStaffUserInput;
  actorUserId?: string | null;
}): Promise<{ id: string; orgId: string }> {
  const { db, sql } = options.database;
  const input = createStaffUserInput.parse(options.input);
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, input.orgSlug));
  if (!org) throw new StaffUserError("unknown-organisation");
  const [taken] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.email, input.email));
  if (taken) throw new StaffUserError("email-taken");
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(staffUsers)
      .values({
        orgId: org.id,
        email: input.email,
        displayName: input.displayName,
        alias: input.alias ?? input.displayName.split(" ")[0] ?? input.displayName,
        passwordHash,
      })
      .returning({ id: staffUsers.id });
    if (!user) throw new Error("insert failed");
    await tx.insert(staffRoles).values(input.roles.map((role) => ({ userId: user.id, orgId: org.id, role })));
    return user.id;
  });
  await appendAudit(sql, {
    action: "staff.user.created",
    actorUserId: options.actorUserId ?? null,
    orgId: org.id,
    targetType: "staff_user",
    targetId: id,
    details: { roles: input.roles },
  });
  return { id, orgId: org.id };
}

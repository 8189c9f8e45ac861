import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import {
  createStaffUser,
  hashPassword,
  isGlobalAdmin,
  passwordSchema,
  roleSchema,
  staffRoles,
  staffSessions,
  staffUsers,
  type Role,
  type StaffContext,
} from "../../platform/auth/index";
import type { Database } from "../../platform/db/index";
import { organisations } from "../../platform/db/tables";
import { forbidden, notFound } from "../../platform/http/http-error";

export interface ManagedUser {
  id: string;
  email: string;
  displayName: string;
  alias: string;
  roles: Role[];
  mfaEnrolled: boolean;
  locked: boolean;
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
}

/** Organisations whose users the actor may manage: all for a global admin, else where they are org_admin. */
export function managedOrgIds(actor: StaffContext): string[] | "all" {
  if (isGlobalAdmin(actor)) return "all";
  return actor.grants.filter((g) => g.role === "org_admin").map((g) => g.orgId);
}

function assertCanManageOrg(actor: StaffContext, orgId: string): void {
  const orgs = managedOrgIds(actor);
  if (orgs !== "all" && !orgs.includes(orgId)) throw forbidden();
}

export async function getOrganisation(options: {
  database: Database;
  actor: StaffContext;
  slug?: string;
}): Promise<Organisation> {
  const { db } = options.database;
  const [org] = options.slug
    ? await db.select().from(organisations).where(eq(organisations.slug, options.slug))
    : await db.select().from(organisations).where(eq(organisations.id, options.actor.orgId));
  if (!org) throw notFound();
  assertCanManageOrg(options.actor, org.id);
  return { id: org.id, slug: org.slug, name: org.name };
}

export async function listUsers(options: {
  database: Database;
  actor: StaffContext;
  orgId: string;
}): Promise<ManagedUser[]> {
  assertCanManageOrg(options.actor, options.orgId);
  const { db } = options.database;
  const users = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.orgId, options.orgId))
    .orderBy(asc(staffUsers.email));
  const ids = users.map((u) => u.id);
  const grants = ids.length
    ? await db
        .select()
        .from(staffRoles)
        .where(and(inArray(staffRoles.userId, ids), eq(staffRoles.orgId, options.orgId)))
    : [];
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    alias: u.alias,
    roles: grants.filter((g) => g.userId === u.id).flatMap((g) => roleSchema.safeParse(g.role).data ?? []),
    mfaEnrolled: u.totpSecretEnc !== null,
    locked: u.lockedUntil !== null && u.lockedUntil > new Date(),
  }));
}

/** Per-object check: the target user must belong to an organisation the actor manages, or it "does not exist". */
async function loadManagedUser(database: Database, actor: StaffContext, userId: string) {
  if (!z.uuid().safeParse(userId).success) throw notFound();
  const [user] = await database.db.select().from(staffUsers).where(eq(staffUsers.id, userId));
  const orgs = managedOrgIds(actor);
  if (!user || (orgs !== "all" && !orgs.includes(user.orgId))) throw notFound();
  return user;
}

export const assignableRoles = (actor: StaffContext): Role[] =>
  roleSchema.options.filter((r) => r !== "admin" || isGlobalAdmin(actor));

export const createUserForm = z.object({
  email: z.string().max(300),
  displayName: z.string().max(200),
  alias: z.string().max(100).optional(),
  password: z.string().max(300),
  roles: z.union([roleSchema, z.array(roleSchema)]).optional(),
});

export async function addUser(options: {
  database: Database;
  actor: StaffContext;
  org: Organisation;
  form: z.infer<typeof createUserForm>;
}): Promise<string> {
  assertCanManageOrg(options.actor, options.org.id);
  const roles = [options.form.roles ?? []].flat();
  if (roles.some((r) => !assignableRoles(options.actor).includes(r))) throw forbidden();
  const created = await createStaffUser({
    database: options.database,
    actorUserId: options.actor.userId,
    input: {
      orgSlug: options.org.slug,
      email: options.form.email,
      displayName: options.form.displayName,
      alias: options.form.alias === "" ? undefined : options.form.alias,
      roles,
      password: options.form.password,
    },
  });
  return created.id;
}

export const updateUserForm = z.object({
  roles: z.union([roleSchema, z.array(roleSchema)]).optional(),
  newPassword: z.union([z.literal(""), passwordSchema]).optional(),
  resetMfa: z.literal("on").optional(),
});

export async function updateUser(options: {
  database: Database;
  actor: StaffContext;
  userId: string;
  form: z.infer<typeof updateUserForm>;
}): Promise<void> {
  const { database, actor } = options;
  const user = await loadManagedUser(database, actor, options.userId);
  const roles = [options.form.roles ?? []].flat();
  if (roles.some((r) => !assignableRoles(actor).includes(r))) throw forbidden();
  const newPassword = options.form.newPassword ? await hashPassword(options.form.newPassword) : undefined;
  await database.db.transaction(async (tx) => {
    await tx.delete(staffRoles).where(and(eq(staffRoles.userId, user.id), eq(staffRoles.orgId, user.orgId)));
    if (roles.length)
      await tx.insert(staffRoles).values(roles.map((role) => ({ userId: user.id, orgId: user.orgId, role })));
    if (newPassword || options.form.resetMfa) {
      await tx
        .update(staffUsers)
        .set({
          ...(newPassword ? { passwordHash: newPassword, failedLogins: 0, lockedUntil: null } : {}),
          ...(options.form.resetMfa ? { totpSecretEnc: null, totpLastStep: null } : {}),
        })
        .where(eq(staffUsers.id, user.id));
      // A reset must end every session the old credentials opened.
      await tx.delete(staffSessions).where(eq(staffSessions.userId, user.id));
    }
  });
  const audit = (action: string, details: Record<string, unknown> = {}) =>
    appendAudit(database.sql, {
      action,
      actorUserId: actor.userId,
      orgId: user.orgId,
      targetType: "staff_user",
      targetId: user.id,
      details,
    });
  await audit("staff.user.roles-changed", { roles });
  if (newPassword) await audit("staff.user.password-reset");
  if (options.form.resetMfa) await audit("staff.user.mfa-reset");
}

import { z } from "zod";

export const roles = [
  "admin",
  "org_admin",
  "editor",
  "chat_worker",
  "counsellor",
  "coordinator",
  "volunteer",
  "referrer",
  "manager",
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose work shows them what clients wrote; they must have MFA before anything else. */
export const clientContentRoles: readonly Role[] = [
  "chat_worker",
  "counsellor",
  "coordinator",
  "volunteer",
  "referrer",
];

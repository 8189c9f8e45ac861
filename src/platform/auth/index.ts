export { roles, roleSchema, clientContentRoles, type Role } from "./roles";
export { staffUsers, staffRoles, staffSessions } from "./tables";
export {
  createStaffAuth,
  createStaffUser,
  createStaffUserInput,
  StaffUserError,
  hashPassword,
  passwordSchema,
  emailSchema,
  hasRole,
  isGlobalAdmin,
  canSeeClientContent,
  totpAad,
  pendingTotpAad,
  type StaffAuth,
  type StaffContext,
  type RoleGrant,
} from "./staff-auth";
export { createStaffGuard, staffHandler, type StaffGuard } from "./staff-guard";
export { registerStaffAuthRoutes, ErrorSummary } from "./staff-routes";

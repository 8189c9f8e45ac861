export { appendAudit, verifyAuditChain, type AuditEvent, type AuditVerification } from "./audit-log";
export { auditLog } from "./tables";

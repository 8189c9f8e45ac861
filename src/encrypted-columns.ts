import { pendingTotpAad, totpAad } from "./platform/auth/index";
import type { EncryptedColumn } from "./platform/crypto/index";

/** Every field-encrypted column, for key rotation; a feature that adds one lists it here. */
export const encryptedColumns: readonly EncryptedColumn[] = [
  { table: "staff_users", idColumn: "id", column: "totp_secret_enc", aad: totpAad },
  { table: "staff_sessions", idColumn: "id_hash", column: "pending_totp_secret_enc", aad: pendingTotpAad },
];

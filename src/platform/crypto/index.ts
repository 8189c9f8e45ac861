export {
  FieldCipher,
  DecryptionError,
  loadFieldCipher,
  newKeyFile,
  readKeyFile,
  writeKeyFile,
  keyIdFor,
  type KeyFile,
  type KeySource,
} from "./field-cipher";
export { newToken, hashToken, safeEqual, newReadableCode, normaliseReadableCode } from "./tokens";
export { type EncryptedColumn, rotateEncryptedColumns } from "./rotate-keys";

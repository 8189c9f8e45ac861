import { randomBytes } from "node:crypto";
import { FieldCipher, keyIdFor } from "../src/platform/crypto/index";

/** A throwaway key for the chat benchmark's own database. */
export function testCipherForBench(): FieldCipher {
  const key = randomBytes(32);
  return new FieldCipher({ current: keyIdFor(key), keys: new Map([[keyIdFor(key), key]]) });
}

import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecryptionError, FieldCipher, keyIdFor } from "./field-cipher";
import { newReadableCode, normaliseReadableCode, hashToken, newToken } from "./tokens";

function cipherWith(...keys: Buffer[]): FieldCipher {
  const last = keys[keys.length - 1] ?? randomBytes(32);
  return new FieldCipher({ current: keyIdFor(last), keys: new Map(keys.map((k) => [keyIdFor(k), k])) });
}

describe("FieldCipher", () => {
  const cipher = cipherWith(randomBytes(32));

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 50 }), (text, aad) => {
        expect(cipher.decrypt(cipher.encrypt(text, aad), aad)).toBe(text);
      }),
    );
  });

  it("names its key and never repeats a ciphertext", () => {
    const a = cipher.encrypt("same", "row:1");
    expect(a.startsWith(`enc:v1:${cipher.currentKeyId}:`)).toBe(true);
    expect(cipher.encrypt("same", "row:1")).not.toBe(a);
  });

  it("refuses a ciphertext moved to another row (associated data)", () => {
    const value = cipher.encrypt("secret", "chat_messages.text:1");
    expect(() => cipher.decrypt(value, "chat_messages.text:2")).toThrow(DecryptionError);
  });

  it("refuses a tampered ciphertext and an unknown key", () => {
    const value = cipher.encrypt("secret", "a");
    const tampered = value.slice(0, -3) + (value.endsWith("A") ? "BBB" : "AAA");
    expect(() => cipher.decrypt(tampered, "a")).toThrow(DecryptionError);
    expect(() => cipherWith(randomBytes(32)).decrypt(value, "a")).toThrow(/unknown key/);
    expect(() => cipher.decrypt("plain text", "a")).toThrow(DecryptionError);
  });

  it("still reads old ciphertexts after a new key becomes current", () => {
    const oldKey = randomBytes(32);
    const before = cipherWith(oldKey);
    const value = before.encrypt("kept", "r");
    const after = cipherWith(oldKey, randomBytes(32));
    expect(after.currentKeyId).not.toBe(before.currentKeyId);
    expect(after.decrypt(value, "r")).toBe("kept");
  });
});

describe("tokens and readable codes", () => {
  it("makes 256-bit tokens stored only as hashes", () => {
    const token = newToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hashToken(token)).not.toContain(token);
  });

  it("makes grouped codes with the asked entropy that survive sloppy typing", () => {
    const code = newReadableCode(105);
    expect(code.replace(/-/g, "")).toHaveLength(21);
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-)+[0-9A-HJKMNP-TV-Z]{1,4}$/);
    expect(normaliseReadableCode(` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe(code);
  });
});

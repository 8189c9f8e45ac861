import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { newReadableCode, normaliseReadableCode } from "../../platform/crypto/index";

/**
 * 130 bits (ARCHITECTURE.md: anonymous codes ≥ 128 bits; a resume code is also a retrieval code, ≥ 100):
 * 26 characters in six groups of four and one of two.
 */
export const RESUME_CODE_BITS = 128;
/** Saved answers of one code, as plaintext, are capped so one record stays small. */
export const MAX_RESUME_BYTES = 1024 * 1024;

// Codes given out before 2026-12 had 120 bits (no last group); they keep working.
const codePattern = /^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}(?:-[0-9A-Z]{2})?$/;

export const savedProgramSchema = z.object({
  answers: z.record(z.string().max(100), z.unknown()),
  done: z.array(z.string().max(100)).max(50),
});
export const savedDataSchema = z.object({
  v: z.literal(1),
  programs: z.record(z.string().max(100), savedProgramSchema),
});
export type SavedData = z.infer<typeof savedDataSchema>;
export type SavedProgram = z.infer<typeof savedProgramSchema>;
export const emptySavedData = (): SavedData => ({ v: 1, programs: {} });

export function newResumeCode(): string {
  return newReadableCode(RESUME_CODE_BITS);
}

/** What a person typed, normalised; undefined when it cannot be a code at all. */
export function parseCode(input: unknown): string | undefined {
  if (typeof input !== "string" || input.length > 80) return undefined;
  const code = normaliseReadableCode(input);
  return codePattern.test(code) ? code : undefined;
}

/** The lookup id: a hash of the code under its own label, unrelated to the encryption key. */
export function codeLookupHash(code: string, purpose: "resume" | "course" | "invitation"): string {
  return createHash("sha256")
    .update(`luukku:programs:${purpose}:lookup:v1\0${code}`, "utf8")
    .digest("base64url");
}

/**
 * The record's key. Derived per request from the code the person sends (never stored or cached); one save
 * derives it once and uses it to open and to seal.
 */
export function deriveResumeKey(code: string, salt: string): Buffer {
  return deriveKey(code, Buffer.from(salt, "base64url"));
}

function deriveKey(code: string, salt: Buffer): Buffer {
  // The code carries 120 random bits, so a fast KDF is enough; the per-record salt keeps keys unrelated.
  return Buffer.from(
    hkdfSync("sha256", Buffer.from(code, "utf8"), salt, "luukku:programs:resume:key:v1", 32),
  );
}

export function sealSavedData(options: {
  code: string;
  recordId: string;
  data: SavedData;
  salt?: string;
  key?: Buffer;
}): {
  salt: string;
  ciphertext: string;
  bytes: number;
} {
  const salt = options.salt ? Buffer.from(options.salt, "base64url") : randomBytes(16);
  const key = options.key ?? deriveKey(options.code, salt);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`program_resume_records:${options.recordId}`, "utf8"));
  const plain = Buffer.from(JSON.stringify(options.data), "utf8");
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    salt: salt.toString("base64url"),
    ciphertext: Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url"),
    bytes: plain.length,
  };
}

/** Decrypts a record with the code; undefined when the code does not fit (wrong code, tampered row). */
export function openSavedData(options: {
  code: string;
  recordId: string;
  salt: string;
  ciphertext: string;
  key?: Buffer;
}): SavedData | undefined {
  const raw = Buffer.from(options.ciphertext, "base64url");
  if (raw.length < 28) return undefined;
  const key = options.key ?? deriveKey(options.code, Buffer.from(options.salt, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(`program_resume_records:${options.recordId}`, "utf8"));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  try {
    const plain = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
    const parsed = savedDataSchema.safeParse(JSON.parse(plain.toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

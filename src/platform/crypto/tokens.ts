import { createHash, timingSafeEqual } from "node:crypto";
import { randomBytesPooled } from "./random-pool";

/** A random bearer token of 32 bytes (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytesPooled(32).toString("base64url");
}

/** Tokens and codes are stored only as SHA-256 hashes: high-entropy secrets need no slow hash. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// Crockford base32 without I, L, O, U: easy to read aloud and type from paper.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A human-readable code with `bits` of entropy from the CSPRNG, in groups of four characters
 * (e.g. retrieval codes: 105 bits → 21 characters → "ABCD-EFGH-…").
 */
export function newReadableCode(bits: number): string {
  const chars = Math.ceil(bits / 5);
  const bytes = randomBytesPooled(chars);
  let out = "";
  for (let i = 0; i < chars; i++) out += ALPHABET.charAt((bytes[i] ?? 0) & 31);
  return out.match(/.{1,4}/g)?.join("-") ?? out;
}

/** Normalises what a person typed: case, spaces, dashes and look-alike letters. */
export function normaliseReadableCode(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return cleaned.match(/.{1,4}/g)?.join("-") ?? cleaned;
}

import { randomFillSync } from "node:crypto";

// One getrandom call fills the pool for many tokens: a single randomBytes(32) costs a system call
// (15–20 µs on a virtual machine), which showed in every request that makes a token or nonce.
// The bytes are the same CSPRNG output; each byte is handed out once and never reused.
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** `size` fresh bytes from the CSPRNG, as a new Buffer the caller owns. */
export function randomBytesPooled(size: number): Buffer {
  if (size > pool.length / 4) return randomFillSync(Buffer.alloc(size));
  if (offset + size > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  // Wipe what was handed out, so the pool never holds a copy of a live secret.
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}

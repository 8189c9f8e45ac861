import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { randomBytesPooled } from "./random-pool";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const PREFIX = "enc:v1:";
const keyBytesSchema = z
  .string()
  .transform((s) => Buffer.from(s, "base64"))
  .refine((b) => b.length === 32, "a key must be 32 bytes, base64-encoded");

const keyFileSchema = z.object({
  current: z.string().min(1),
  keys: z.record(z.string(), z.string()),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export class DecryptionError extends Error {}

/**
 * AES-256-GCM for sensitive text fields. Each ciphertext names its key id and is bound to its row
 * through associated data, so a ciphertext copied to another row or column fails to decrypt.
 */
export class FieldCipher {
  readonly currentKeyId: string;
  private readonly keys: Map<string, Buffer>;

  constructor(keyRing: { current: string; keys: Map<string, Buffer> }) {
    if (!keyRing.keys.has(keyRing.current)) throw new Error("The current key is not in the key ring");
    this.currentKeyId = keyRing.current;
    this.keys = keyRing.keys;
  }

  encrypt(plaintext: string, associatedData: string): string {
    const key = this.keys.get(this.currentKeyId);
    if (!key) throw new Error("no current key");
    const iv = randomBytesPooled(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from(associatedData, "utf8"));
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const payload = Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
    return `${PREFIX}${this.currentKeyId}:${payload}`;
  }

  decrypt(ciphertext: string, associatedData: string): string {
    const { keyId, payload } = parseCiphertext(ciphertext);
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptionError(`unknown key id ${keyId}`);
    const raw = Buffer.from(payload, "base64url");
    if (raw.length < 28) throw new DecryptionError("ciphertext too short");
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(associatedData, "utf8"));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    try {
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
        "utf8",
      );
    } catch {
      throw new DecryptionError("ciphertext failed authentication");
    }
  }

  /** A secret for another purpose (e.g. CSRF tokens) derived from the current key, never the key itself. */
  deriveSecret(label: string): Buffer {
    const key = this.keys.get(this.currentKeyId);
    if (!key) throw new Error("no current key");
    return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), `luukku:${label}`, 32));
  }

  keyIdOf(ciphertext: string): string {
    return parseCiphertext(ciphertext).keyId;
  }
}

function parseCiphertext(ciphertext: string): { keyId: string; payload: string } {
  if (!ciphertext.startsWith(PREFIX)) throw new DecryptionError("not a Luukku ciphertext");
  const rest = ciphertext.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  if (colon <= 0) throw new DecryptionError("malformed ciphertext");
  return { keyId: rest.slice(0, colon), payload: rest.slice(colon + 1) };
}

export function keyIdFor(key: Buffer): string {
  return `k${createHash("sha256").update(key).digest("hex").slice(0, 10)}`;
}

export function newKeyFile(): KeyFile {
  const key = randomBytes(32);
  const id = keyIdFor(key);
  return { current: id, keys: { [id]: key.toString("base64") } };
}

export function readKeyFile(file: string): KeyFile {
  return keyFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(keyFile, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

function toKeyRing(keyFile: KeyFile): { current: string; keys: Map<string, Buffer> } {
  const keys = new Map<string, Buffer>();
  for (const [id, value] of Object.entries(keyFile.keys)) keys.set(id, keyBytesSchema.parse(value));
  return { current: keyFile.current, keys };
}

export interface KeySource {
  cipher: FieldCipher;
  /** The key file that rotation writes to, when keys come from a file. */
  keyFile: string | undefined;
}

/**
 * The master key never lives in the database: it comes from LUUKKU_MASTER_KEY, LUUKKU_KEY_FILE, or,
 * outside production, a key file generated in DATA_DIR with a warning.
 */
export function loadFieldCipher(options: {
  masterKey: string | undefined;
  keyFile: string | undefined;
  dataDir: string;
  production: boolean;
  warn: (msg: string) => void;
}): KeySource {
  if (options.masterKey) {
    const parsed = keyBytesSchema.safeParse(options.masterKey);
    if (!parsed.success) throw new Error("LUUKKU_MASTER_KEY must be 32 random bytes in base64");
    const id = keyIdFor(parsed.data);
    return {
      cipher: new FieldCipher({ current: id, keys: new Map([[id, parsed.data]]) }),
      keyFile: undefined,
    };
  }
  if (options.keyFile) {
    return { cipher: new FieldCipher(toKeyRing(readKeyFile(options.keyFile))), keyFile: options.keyFile };
  }
  if (options.production) {
    throw new Error("Set LUUKKU_KEY_FILE or LUUKKU_MASTER_KEY: production never generates its own key.");
  }
  const file = path.join(options.dataDir, "keys.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    writeKeyFile(file, newKeyFile());
    options.warn(
      `Generated a development encryption key in ${file}. In production, keep the key outside DATA_DIR (LUUKKU_KEY_FILE).`,
    );
  }
  return { cipher: new FieldCipher(toKeyRing(readKeyFile(file))), keyFile: file };
}

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";

let directory: string | undefined;
let codeVersion = "";

/** Hash of every source file under `dir`, so that any code change invalidates every cached result. */
function hashSources(dir: string): string {
  const hash = createHash("sha256");
  const walk = (current: string): void => {
    for (const entry of fs
      .readdirSync(current, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

/**
 * Turns on the disk memo (the server does, with a folder in DATA_DIR); tests and tools leave it off and
 * compute everything. Results are keyed by the code (all of `sourceDir`) and the exact inputs.
 */
export function enableDiskMemo(options: { directory: string; sourceDir: string }): void {
  directory = options.directory;
  codeVersion = hashSources(options.sourceDir);
}

/**
 * `compute(input)`, or its stored result from an earlier start with the same code and input: for pure,
 * deterministic and slow start-up work such as training a model. Values must be structured-cloneable
 * (plain objects, arrays, typed arrays, maps); a missing or unreadable file just means computing again.
 */
export function diskMemo<I, O>(compute: (input: I) => O, input: I): O {
  if (directory === undefined) return compute(input);
  const key = createHash("sha256")
    .update(codeVersion)
    .update(compute.name)
    .update(compute.toString())
    .update(v8.serialize(input))
    .digest("hex")
    .slice(0, 40);
  const prefix = `${compute.name || "memo"}-`;
  const file = path.join(directory, `${prefix}${key}.bin`);
  try {
    return v8.deserialize(fs.readFileSync(file)) as O;
  } catch {
    // Not stored yet (or unreadable): compute and store below.
  }
  const value = compute(input);
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    for (const old of fs.readdirSync(directory)) {
      if (old.startsWith(prefix)) fs.rmSync(path.join(directory, old), { force: true });
    }
    const temporary = `${file}.${String(process.pid)}.tmp`;
    fs.writeFileSync(temporary, v8.serialize(value), { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs the next start the same work again.
  }
  return value;
}

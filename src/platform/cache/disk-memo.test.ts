import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diskMemo, enableDiskMemo } from "./disk-memo";

describe("diskMemo", () => {
  it("computes once per code and input, then reads the stored result", () => {
    const calls: number[] = [];
    const train = (input: { n: number }): { weights: Float32Array } => {
      calls.push(input.n);
      return { weights: Float32Array.from({ length: input.n }, (_, i) => i / 2) };
    };
    // Off: always computes.
    diskMemo(train, { n: 2 });
    diskMemo(train, { n: 2 });
    expect(calls).toEqual([2, 2]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luukku-memo-"));
    const sourceDir = path.join(dir, "src");
    fs.mkdirSync(sourceDir);
    fs.writeFileSync(path.join(sourceDir, "a.ts"), "export const a = 1;");
    enableDiskMemo({ directory: path.join(dir, "cache"), sourceDir });
    const first = diskMemo(train, { n: 3 });
    const second = diskMemo(train, { n: 3 });
    expect(calls).toEqual([2, 2, 3]);
    expect(second.weights).toBeInstanceOf(Float32Array);
    expect([...second.weights]).toEqual([...first.weights]);
    diskMemo(train, { n: 4 });
    expect(calls).toEqual([2, 2, 3, 4]);
    // Only the newest result of one computation is kept.
    expect(fs.readdirSync(path.join(dir, "cache")).length).toBe(1);

    // A code change anywhere in the sources invalidates it.
    fs.writeFileSync(path.join(sourceDir, "a.ts"), "export const a = 2;");
    enableDiskMemo({ directory: path.join(dir, "cache"), sourceDir });
    diskMemo(train, { n: 4 });
    expect(calls).toEqual([2, 2, 3, 4, 4]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

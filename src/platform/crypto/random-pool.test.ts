import { describe, expect, it } from "vitest";
import { randomBytesPooled } from "./random-pool";

describe("randomBytesPooled", () => {
  it("hands out fresh bytes of the asked size, never the same twice, across refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const bytes = randomBytesPooled(16);
      expect(bytes.length).toBe(16);
      seen.add(bytes.toString("hex"));
    }
    expect(seen.size).toBe(1000);
    expect(randomBytesPooled(5000).length).toBe(5000);
  });

  it("returns a copy the next call cannot change", () => {
    const first = randomBytesPooled(32);
    const copy = Buffer.from(first);
    for (let i = 0; i < 300; i++) randomBytesPooled(32);
    expect(first.equals(copy)).toBe(true);
  });

  it("is not all zeros and uses every byte value over many draws", () => {
    const counts = new Uint32Array(256);
    for (let i = 0; i < 200; i++) for (const b of randomBytesPooled(64)) counts[b] = (counts[b] ?? 0) + 1;
    expect([...counts].filter((c) => c === 0).length).toBe(0);
  });
});

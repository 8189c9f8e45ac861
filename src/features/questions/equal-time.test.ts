import { describe, expect, it } from "vitest";
import { withMinimumDuration } from "./equal-time";

describe("withMinimumDuration", () => {
  it("waits for the floor when the work is quick, both for results and failures", async () => {
    let started = performance.now();
    expect(await withMinimumDuration(30, () => Promise.resolve(1))).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
    started = performance.now();
    await expect(withMinimumDuration(30, () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });

  it("passes on the result of work that already took longer than the floor", async () => {
    const slow = new Promise<string>((resolve) => {
      setTimeout(() => {
        resolve("done");
      }, 20);
    });
    expect(await withMinimumDuration(5, () => slow)).toBe("done");
  });
});

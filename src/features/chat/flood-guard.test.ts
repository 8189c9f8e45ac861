import { describe, expect, it } from "vitest";
import { FLOOD_LIMIT, floodGuard } from "./flood-guard";

describe("floodGuard", () => {
  it("allows the limit within the window, refuses the next, and allows again once the window has passed", () => {
    let t = 1_000_000;
    const allow = floodGuard(true, FLOOD_LIMIT, () => t);
    for (let i = 0; i < FLOOD_LIMIT.max; i++) expect(allow()).toBe(true);
    expect(allow()).toBe(false);
    t += FLOOD_LIMIT.windowMs;
    expect(allow()).toBe(true);
  });

  it("lets everything through when rate limits are off", () => {
    const allow = floodGuard(false, { max: 1, windowMs: 10_000 });
    expect([allow(), allow(), allow()]).toEqual([true, true, true]);
  });
});

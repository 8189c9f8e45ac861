import { describe, expect, it } from "vitest";
import { estimateWait } from "./estimate-wait";

describe("estimateWait", () => {
  it("is the usual pick-up time when a worker is free", () => {
    expect(
      estimateWait({
        position: 1,
        recentHandlingSeconds: [600],
        recentWaitSeconds: [20, 40, 90],
        freeSlots: 2,
        totalSlots: 3,
      }),
    ).toBe(40);
  });
  it("grows with the queue in rounds of the workers' places", () => {
    const base = {
      recentHandlingSeconds: [300, 600, 900],
      recentWaitSeconds: [],
      freeSlots: 0,
      totalSlots: 3,
    };
    expect(estimateWait({ ...base, position: 1 })).toBe(600);
    expect(estimateWait({ ...base, position: 3 })).toBe(600);
    expect(estimateWait({ ...base, position: 4 })).toBe(1200);
  });
  it("uses the fallback when there is no history and counts one place when nobody is available", () => {
    expect(
      estimateWait({
        position: 2,
        recentHandlingSeconds: [],
        recentWaitSeconds: [],
        freeSlots: 0,
        totalSlots: 0,
        fallbackHandlingSeconds: 500,
      }),
    ).toBe(1000);
  });
  it("is zero for someone not in the queue", () => {
    expect(
      estimateWait({
        position: 0,
        recentHandlingSeconds: [],
        recentWaitSeconds: [],
        freeSlots: 0,
        totalSlots: 0,
      }),
    ).toBe(0);
  });
});

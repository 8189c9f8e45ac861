import { describe, expect, it } from "vitest";
import { HttpError } from "../../platform/http/http-error";
import { createCodeGuessLimiter } from "./code-guess-limiter";

describe("createCodeGuessLimiter", () => {
  it("allows max guesses per client and window, then refuses with 429 until the window has passed", () => {
    let now = 1_000;
    const limiter = createCodeGuessLimiter({ max: 3, windowMs: 60_000, now: () => now });
    limiter.take("a");
    limiter.count("a");
    limiter.assertAllowed("a");
    limiter.take("a");
    expect(limiter.blocked("a")).toBe(true);
    expect(() => {
      limiter.assertAllowed("a");
    }).toThrow(HttpError);
    try {
      limiter.take("a");
    } catch (error) {
      expect(error).toMatchObject({ statusCode: 429, code: "rate-limited" });
    }
    // Another client has its own count.
    expect(limiter.blocked("b")).toBe(false);
    now += 60_000;
    expect(limiter.blocked("a")).toBe(false);
    limiter.take("a");
    expect(limiter.blocked("a")).toBe(false);
  });

  it("counts nothing when switched off", () => {
    const limiter = createCodeGuessLimiter({ max: 1, enabled: false });
    for (let i = 0; i < 5; i++) limiter.take("a");
    expect(limiter.blocked("a")).toBe(false);
  });
});

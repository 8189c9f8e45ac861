import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("shows the Helsinki calendar day in each language", () => {
    // 22:30 UTC on 22 April is already 23 April in Helsinki (UTC+3 in summer time).
    const at = new Date("2025-04-22T22:30:00Z");
    expect(formatDate("fi", at)).toBe("keskiviikkona 23. huhtikuuta 2025");
    expect(formatDate("en", at)).toBe("Wednesday, 23 April 2025");
    expect(formatDate("sv", at)).toContain("23 april 2025");
    expect(formatDate("fi", at, true)).toContain("1.30");
  });
});

import { describe, expect, it } from "vitest";
import { newReadableCode } from "../../platform/crypto/index";
import { isVoucherCodeShape, VOUCHER_CODE_BITS } from "./service";

describe("isVoucherCodeShape", () => {
  it("accepts a new 130-bit code as printed, typed loosely, and an earlier 16-character one", () => {
    expect(VOUCHER_CODE_BITS).toBeGreaterThanOrEqual(128);
    const code = newReadableCode(VOUCHER_CODE_BITS);
    expect(code.replace(/-/g, "")).toHaveLength(26);
    expect(isVoucherCodeShape(code)).toBe(true);
    expect(isVoucherCodeShape(code.toLowerCase().replace(/-/g, " "))).toBe(true);
    expect(isVoucherCodeShape("ZZZZ-ZZZZ-ZZZZ-ZZZZ")).toBe(true);
  });

  it("refuses a code of another length or with letters outside the alphabet", () => {
    expect(isVoucherCodeShape("ABCD-12")).toBe(false);
    expect(isVoucherCodeShape("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).toBe(false);
    expect(isVoucherCodeShape("UUUU-UUUU-UUUU-UUUU")).toBe(false);
    expect(isVoucherCodeShape("")).toBe(false);
  });
});

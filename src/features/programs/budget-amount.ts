/** Money is held in integer cents so that sums never pick up floating-point error. */
export type Cents = number;

export const MAX_AMOUNT_CENTS: Cents = 100_000_000; // 1 000 000,00 €

export type AmountProblem = "invalid_amount" | "out_of_range";

/**
 * Parses a euro amount typed by a person ("1 250,50", "1250.5", 89) into cents.
 * A number is read through its shortest decimal form (String(0.29) === "0.29"), which is exact, instead of
 * multiplying by 100 (0.29 * 100 === 28.999999999999996).
 */
export function amountToCents(
  value: number | string,
): { ok: true; cents: Cents } | { ok: false; problem: AmountProblem } {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, problem: "invalid_amount" };
    text = String(value);
  } else {
    // Finnish and Swedish write "1 250,50": spaces (also no-break ones) group thousands, a comma marks decimals.
    text = value
      .trim()
      .replace(/(?<=\d)[ \u00a0\u202f](?=\d)/g, "")
      .replace(",", ".");
  }
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, problem: "invalid_amount" };
  const [, minus, whole = "", fraction = ""] = match;
  if (fraction.length > 2) return { ok: false, problem: "invalid_amount" };
  const wholeDigits = whole.replace(/^0+(?=\d)/, "");
  if (wholeDigits.length > 7) return { ok: false, problem: "out_of_range" };
  const cents = Number(wholeDigits) * 100 + Number(fraction.padEnd(2, "0"));
  if (minus && cents !== 0) return { ok: false, problem: "out_of_range" };
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, problem: "out_of_range" };
  return { ok: true, cents };
}

/** "123456" cents → "1234.56"; exact because it never divides. */
export function centsToDecimalString(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = (abs - (abs % 100)) / 100;
  const fraction = String(abs % 100).padStart(2, "0");
  return `${sign}${whole}.${fraction}`;
}

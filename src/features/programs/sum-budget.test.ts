import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountToCents, centsToDecimalString } from "./budget-amount";
import { sumBudget } from "./sum-budget";

describe("sumBudget", () => {
  it("sums income and costs and gives the balance in cents", () => {
    expect(
      sumBudget({ income: { salary: 123456, benefits: 29 }, costs: { rent: 65000, food: 31010 } }),
    ).toEqual({
      totalIncomeCents: 123485,
      totalCostsCents: 96010,
      balanceCents: 27475,
    });
  });

  it("is exact where floating-point euros are not (0.1 + 0.2)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const cents = (v: number) => {
      const r = amountToCents(v);
      if (!r.ok) throw new Error(r.problem);
      return r.cents;
    };
    const sums = sumBudget({ income: { a: cents(0.1), b: cents(0.2) }, costs: { c: cents(0.3) } });
    expect(sums).toEqual({ totalIncomeCents: 30, totalCostsCents: 30, balanceCents: 0 });
    expect(centsToDecimalString(sums.totalIncomeCents)).toBe("0.30");
  });

  it("gives a negative balance when costs exceed income", () => {
    expect(sumBudget({ income: { a: 50000 }, costs: { b: 62550 } }).balanceCents).toBe(-12550);
    expect(centsToDecimalString(-12550)).toBe("-125.50");
  });

  it("returns zeros for an empty budget", () => {
    expect(sumBudget({ income: {}, costs: {} })).toEqual({
      totalIncomeCents: 0,
      totalCostsCents: 0,
      balanceCents: 0,
    });
  });

  it("matches the exact integer sum for any amounts typed as decimal numbers (property)", () => {
    const centsArb = fc.integer({ min: 0, max: 100_000_000 });
    fc.assert(
      fc.property(
        fc.array(centsArb, { maxLength: 20 }),
        fc.array(centsArb, { maxLength: 20 }),
        (inc, cost) => {
          // Typed the way a form would send them: as JS numbers with up to two decimals.
          const toRecord = (list: number[]) =>
            Object.fromEntries(
              list.map((c, i) => {
                const r = amountToCents(Number(centsToDecimalString(c)));
                if (!r.ok) throw new Error(r.problem);
                return [`l${i}`, r.cents];
              }),
            );
          const sums = sumBudget({ income: toRecord(inc), costs: toRecord(cost) });
          const total = (l: number[]) => l.reduce((a, b) => a + b, 0);
          expect(sums.totalIncomeCents).toBe(total(inc));
          expect(sums.totalCostsCents).toBe(total(cost));
          expect(sums.balanceCents).toBe(total(inc) - total(cost));
          expect(Number.isInteger(sums.balanceCents)).toBe(true);
        },
      ),
    );
  });
});

describe("amountToCents", () => {
  it("round-trips every cent value through its decimal string (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        expect(amountToCents(centsToDecimalString(cents))).toEqual({ ok: true, cents });
        expect(amountToCents(centsToDecimalString(cents).replace(".", ","))).toEqual({ ok: true, cents });
      }),
    );
  });

  it("reads grouped thousands and rejects malformed input", () => {
    expect(amountToCents("1 000 000")).toEqual({ ok: true, cents: 100_000_000 });
    expect(amountToCents("1\u00a0250,5")).toEqual({ ok: true, cents: 125050 });
    expect(amountToCents("0012.30")).toEqual({ ok: true, cents: 1230 });
    expect(amountToCents("1.2.3")).toEqual({ ok: false, problem: "invalid_amount" });
    expect(amountToCents("")).toEqual({ ok: false, problem: "invalid_amount" });
    expect(amountToCents("+5")).toEqual({ ok: false, problem: "invalid_amount" });
    expect(amountToCents("-0")).toEqual({ ok: true, cents: 0 });
    expect(amountToCents("99999999999")).toEqual({ ok: false, problem: "out_of_range" });
  });
});

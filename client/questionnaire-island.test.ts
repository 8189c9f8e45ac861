import { describe, expect, it } from "vitest";
import { conditionHolds, ruleHolds } from "./questionnaire-island";

const read = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("questionnaire island", () => {
  it("evaluates the rendered rules like the server", () => {
    expect(conditionHolds({ field: "a", operator: "=", value: "low" }, read({ a: "low" }))).toBe(true);
    expect(conditionHolds({ field: "a", operator: "!=", value: "low" }, read({}))).toBe(true);
    expect(conditionHolds({ field: "a", operator: ">=", value: "3", numeric: true }, read({ a: "3" }))).toBe(
      true,
    );
    expect(conditionHolds({ field: "a", operator: "<", value: "3", numeric: true }, read({ a: "x" }))).toBe(
      false,
    );
    expect(conditionHolds({ field: "a", operator: "exists", exists: false }, read({}))).toBe(true);
    const sum = { field: "t", operator: ">=" as const, value: "3", numeric: true, sumOf: ["x", "y"] };
    expect(conditionHolds(sum, read({ x: "2", y: "1" }))).toBe(true);
    expect(conditionHolds(sum, read({ x: "2" }))).toBe(false);
    expect(
      ruleHolds(
        {
          behavior: "any",
          conditions: [
            { field: "a", operator: "=", value: "1" },
            { field: "b", operator: "=", value: "true" },
          ],
        },
        read({ b: "true" }),
      ),
    ).toBe(true);
  });
});

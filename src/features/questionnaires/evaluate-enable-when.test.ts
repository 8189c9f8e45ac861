import { describe, expect, it } from "vitest";
import { type FormAnswer, enabledLinkIds, evaluateCondition, isItemEnabled } from "./evaluate-enable-when";
import { everyTypeQuestionnaire } from "./every-type.fixture";

const items = everyTypeQuestionnaire.item;
const item = (linkId: string) => {
  const found = items.find((i) => i.linkId === linkId);
  if (!found) throw new Error(linkId);
  return found;
};
const low: FormAnswer = { type: "coding", system: "urn:test", code: "low" };
const good: FormAnswer = { type: "coding", system: "urn:test", code: "good" };
const int = (value: number): FormAnswer => ({ type: "integer", value });

describe("evaluateCondition", () => {
  it("implements every R4 operator", () => {
    const cases: [Parameters<typeof evaluateCondition>[0], FormAnswer | undefined, boolean][] = [
      [{ question: "q", operator: "exists", answerBoolean: true }, int(0), true],
      [{ question: "q", operator: "exists", answerBoolean: true }, undefined, false],
      [{ question: "q", operator: "exists", answerBoolean: false }, undefined, true],
      [{ question: "q", operator: "=", answerCoding: { code: "low" } }, low, true],
      [{ question: "q", operator: "=", answerCoding: { system: "other", code: "low" } }, low, false],
      [{ question: "q", operator: "=", answerCoding: { code: "low" } }, undefined, false],
      [{ question: "q", operator: "!=", answerCoding: { code: "low" } }, good, true],
      [{ question: "q", operator: "!=", answerCoding: { code: "low" } }, undefined, true],
      [{ question: "q", operator: "!=", answerCoding: { code: "low" } }, low, false],
      [{ question: "q", operator: "=", answerBoolean: false }, { type: "boolean", value: false }, true],
      [{ question: "q", operator: "=", answerBoolean: true }, { type: "boolean", value: false }, false],
      [{ question: "q", operator: "=", answerString: "a" }, { type: "string", value: "a" }, true],
      [{ question: "q", operator: ">", answerInteger: 3 }, int(4), true],
      [{ question: "q", operator: ">", answerInteger: 3 }, int(3), false],
      [{ question: "q", operator: ">=", answerInteger: 3 }, int(3), true],
      [{ question: "q", operator: "<", answerInteger: 3 }, int(2), true],
      [{ question: "q", operator: "<", answerInteger: 3 }, int(3), false],
      [{ question: "q", operator: "<=", answerInteger: 3 }, int(3), true],
      [{ question: "q", operator: "<=", answerInteger: 3 }, int(4), false],
      [{ question: "q", operator: ">", answerString: "m" }, { type: "string", value: "n" }, true],
      [{ question: "q", operator: ">", answerInteger: 3 }, undefined, false],
      // Ordering a coding or comparing different types is never true.
      [{ question: "q", operator: ">", answerInteger: 3 }, low, false],
      [{ question: "q", operator: "=", answerInteger: 3 }, { type: "string", value: "3" }, false],
      // A choice of integers compared with a coding compares by value.
      [{ question: "q", operator: "=", answerCoding: { code: "5" } }, int(5), true],
    ];
    for (const [condition, answer, expected] of cases) {
      expect([condition.operator, answer, evaluateCondition(condition, answer)]).toEqual([
        condition.operator,
        answer,
        expected,
      ]);
    }
  });
});

describe("isItemEnabled", () => {
  it("is true without conditions", () => {
    expect(isItemEnabled(item("mood"), new Map())).toBe(true);
  });

  it("needs every condition with enableBehavior all and one with any", () => {
    const talked: FormAnswer = { type: "boolean", value: true };
    expect(isItemEnabled(item("with-whom"), new Map([["talked", talked]]))).toBe(false);
    expect(
      isItemEnabled(
        item("with-whom"),
        new Map([
          ["talked", talked],
          ["low-days", int(2)],
        ]),
      ),
    ).toBe(true);
    expect(isItemEnabled(item("talked"), new Map([["mood", good]]))).toBe(false);
    expect(
      isItemEnabled(
        item("talked"),
        new Map<string, FormAnswer>([
          ["mood", good],
          ["many-days", talked],
        ]),
      ),
    ).toBe(true);
    expect(isItemEnabled(item("talked"), new Map([["mood", low]]))).toBe(true);
  });
});

describe("enabledLinkIds", () => {
  it("switches off items whose controlling item is itself disabled", () => {
    // low-days = 5 would enable many-days, but mood "good" disables low-days, so its answer does not count.
    const enabled = enabledLinkIds(
      items,
      new Map([
        ["mood", good],
        ["low-days", int(5)],
        ["many-days", { type: "boolean", value: true }],
      ]),
    );
    expect(enabled.has("low-days")).toBe(false);
    expect(enabled.has("many-days")).toBe(false);
    expect(enabled.has("talked")).toBe(false);
    expect(enabled.has("with-whom")).toBe(false);
    expect(enabled.has("mood")).toBe(true);
  });

  it("follows a chain when the answers allow it", () => {
    const enabled = enabledLinkIds(
      items,
      new Map([
        ["mood", low],
        ["low-days", int(5)],
        ["talked", { type: "boolean", value: true }],
        ["sleep", int(5)],
      ]),
    );
    expect([...enabled].sort()).toEqual(
      [
        "intro",
        "mood",
        "low-days",
        "many-days",
        "talked",
        "with-whom",
        "sleep",
        "short-sleep",
        "name",
      ].sort(),
    );
  });

  it("lets answers that are not items (derived totals) count", () => {
    const derived = [
      {
        linkId: "rest",
        type: "display" as const,
        text: "x",
        enableWhen: [{ question: "total", operator: ">=" as const, answerInteger: 3 }],
      },
    ];
    expect(enabledLinkIds(derived, new Map([["total", int(3)]])).has("rest")).toBe(true);
    expect(enabledLinkIds(derived, new Map([["total", int(2)]])).has("rest")).toBe(false);
  });
});

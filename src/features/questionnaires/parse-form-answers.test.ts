import { describe, expect, it } from "vitest";
import { everyTypeQuestionnaire } from "./every-type.fixture";
import { fhirQuestionnaireItemSchema } from "./fhir-schemas";
import { fieldName, integerBounds, optionValue, parseFormAnswers } from "./parse-form-answers";

const items = everyTypeQuestionnaire.item;
const parse = (body: Record<string, string>, check?: string[]) =>
  parseFormAnswers({ items, body, ...(check ? { check: new Set(check) } : {}) });

describe("the every-type fixture", () => {
  it("parses as FHIR items of every supported type", () => {
    expect(new Set(items.map((i) => i.type))).toEqual(
      new Set(["display", "choice", "integer", "boolean", "string"]),
    );
    const lowDays = items.find((i) => i.linkId === "low-days");
    expect(lowDays && integerBounds(lowDays)).toEqual({ min: 1, max: 7 });
  });

  it("rejects broken items", () => {
    const base = { linkId: "x", text: "x" };
    expect(fhirQuestionnaireItemSchema.safeParse({ ...base, type: "choice" }).success).toBe(false);
    expect(fhirQuestionnaireItemSchema.safeParse({ ...base, type: "integer", maxLength: 3 }).success).toBe(
      false,
    );
    expect(
      fhirQuestionnaireItemSchema.safeParse({
        ...base,
        type: "string",
        enableWhen: [
          { question: "a", operator: "exists", answerBoolean: true },
          { question: "b", operator: "exists", answerBoolean: true },
        ],
      }).success,
    ).toBe(false);
    expect(
      fhirQuestionnaireItemSchema.safeParse({
        ...base,
        type: "string",
        enableWhen: [{ question: "a", operator: "exists", answerInteger: 1 }],
      }).success,
    ).toBe(false);
  });
});

describe("parseFormAnswers", () => {
  it("reads every type and keeps what was typed", () => {
    const parsed = parse({
      "item-mood": "low",
      "item-low-days": " 5 ",
      "item-many-days": "true",
      "item-talked": "false",
      "item-sleep": "7",
      "item-name": "Mo",
    });
    expect(Object.fromEntries(parsed.answers)).toEqual({
      mood: { type: "coding", system: "urn:test", code: "low" },
      "low-days": { type: "integer", value: 5 },
      "many-days": { type: "boolean", value: true },
      talked: { type: "boolean", value: false },
      sleep: { type: "integer", value: 7 },
      name: { type: "string", value: "Mo" },
    });
    expect(parsed.values["low-days"]).toBe("5");
    expect(parsed.errors).toEqual([]);
  });

  it("gives field errors for bad integers, out-of-range values, long strings and missing required answers", () => {
    expect(parse({ "item-mood": "low", "item-low-days": "five" }).errors).toEqual([
      { linkId: "low-days", code: "not-an-integer", min: 1, max: 7 },
    ]);
    expect(parse({ "item-mood": "low", "item-low-days": "0" }).errors[0]).toMatchObject({
      code: "too-small",
    });
    expect(parse({ "item-mood": "low", "item-low-days": "8" }).errors[0]).toMatchObject({
      code: "too-large",
    });
    expect(parse({ "item-mood": "low", "item-low-days": "1.5" }).errors[0]).toMatchObject({
      code: "not-an-integer",
    });
    expect(parse({ "item-mood": "low" }).errors).toEqual([{ linkId: "low-days", code: "required" }]);
    expect(parse({}).errors).toEqual([{ linkId: "mood", code: "required" }]);
    expect(parse({ "item-mood": "meh" }).errors).toEqual([{ linkId: "mood", code: "not-an-option" }]);
    const long = parse({
      "item-mood": "low",
      "item-low-days": "2",
      "item-talked": "true",
      "item-with-whom": "x".repeat(21),
    });
    expect(long.errors).toEqual([{ linkId: "with-whom", code: "too-long", maxLength: 20 }]);
    expect(long.values["with-whom"]).toHaveLength(21);
  });

  it("ignores disabled items: no errors, no answers, but their text is kept", () => {
    const parsed = parse({ "item-mood": "good", "item-low-days": "99", "item-many-days": "maybe" });
    expect(parsed.errors).toEqual([]);
    expect(parsed.answers.has("low-days")).toBe(false);
    expect(parsed.enabled.has("low-days")).toBe(false);
    expect(parsed.values["low-days"]).toBe("99");
  });

  it("checks only the asked items in one-question-at-a-time mode", () => {
    expect(parse({}, ["sleep"]).errors).toEqual([]);
    expect(parse({ "item-sleep": "6" }, ["sleep"]).errors).toEqual([
      { linkId: "sleep", code: "not-an-option" },
    ]);
  });

  it("adds derived answers that enableWhen can test", () => {
    const parsed = parseFormAnswers({
      items,
      body: { "item-sleep": "5" },
      derive: () => [["name-given", { type: "string", value: "yes" }]],
    });
    expect(parsed.enabled.has("name")).toBe(false);
    expect(parsed.enabled.has("short-sleep")).toBe(true);
    expect(parsed.answers.get("name-given")).toEqual({ type: "string", value: "yes" });
  });

  it("posts scores for scored options and codes otherwise", () => {
    expect(
      optionValue({
        valueCoding: { code: "LA6570-1" },
        extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: 2 }],
      }),
    ).toBe("2");
    expect(optionValue({ valueCoding: { code: "phq9-difficulty-1" } })).toBe("phq9-difficulty-1");
    expect(optionValue({ valueInteger: 9 })).toBe("9");
    expect(fieldName("age")).toBe("age");
    expect(fieldName("phq9-1")).toBe("item-phq9-1");
  });
});

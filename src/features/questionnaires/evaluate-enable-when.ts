import type { FhirEnableWhen, FhirQuestionnaireItem } from "./fhir-schemas";

/** One answer as the engine holds it; a choice answer is the chosen option's coding, integer or string. */
export type FormAnswer =
  | { type: "coding"; code: string; system?: string; ordinal?: number }
  | { type: "integer"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "string"; value: string };

export type AnswerMap = ReadonlyMap<string, FormAnswer>;

function compare(answer: FormAnswer, condition: FhirEnableWhen): number | undefined {
  if (answer.type === "integer" && condition.answerInteger !== undefined)
    return answer.value - condition.answerInteger;
  if (answer.type === "string" && condition.answerString !== undefined)
    return answer.value < condition.answerString ? -1 : answer.value > condition.answerString ? 1 : 0;
  return undefined;
}

function equals(answer: FormAnswer, condition: FhirEnableWhen): boolean {
  const coding = condition.answerCoding;
  if (coding) {
    // A choice with integer or string options compares by its value.
    if (answer.type === "integer") return String(answer.value) === coding.code;
    if (answer.type === "string") return answer.value === coding.code;
    return (
      answer.type === "coding" &&
      answer.code === coding.code &&
      (answer.system === undefined || coding.system === undefined || answer.system === coding.system)
    );
  }
  if (condition.answerBoolean !== undefined)
    return answer.type === "boolean" && answer.value === condition.answerBoolean;
  return compare(answer, condition) === 0;
}

/** One condition, as R4 defines it: `exists` tests presence, `!=` holds when nothing equals, ordering needs a number or text. */
export function evaluateCondition(condition: FhirEnableWhen, answer: FormAnswer | undefined): boolean {
  switch (condition.operator) {
    case "exists":
      return (answer !== undefined) === condition.answerBoolean;
    case "=":
      return answer !== undefined && equals(answer, condition);
    case "!=":
      return answer === undefined || !equals(answer, condition);
    case ">":
    case "<":
    case ">=":
    case "<=": {
      const order = answer === undefined ? undefined : compare(answer, condition);
      if (order === undefined) return false;
      if (condition.operator === ">") return order > 0;
      if (condition.operator === "<") return order < 0;
      if (condition.operator === ">=") return order >= 0;
      return order <= 0;
    }
  }
}

/** Whether one item is enabled by the given answers (which must already leave out disabled items' answers). */
export function isItemEnabled(item: FhirQuestionnaireItem, answers: AnswerMap): boolean {
  const conditions = item.enableWhen;
  if (!conditions) return true;
  const results = conditions.map((c) => evaluateCondition(c, answers.get(c.question)));
  return (item.enableBehavior ?? "all") === "any" ? results.some(Boolean) : results.every(Boolean);
}

/**
 * The enabled items' linkIds. A disabled item's answer does not count (R4: it is not part of the response), so an
 * item depending on it may switch off too; this repeats until nothing changes (at most once per item).
 */
export function enabledLinkIds(items: readonly FhirQuestionnaireItem[], answers: AnswerMap): Set<string> {
  let enabled = new Set(items.map((i) => i.linkId));
  for (let round = 0; round <= items.length; round++) {
    const effective = new Map(
      [...answers].filter(([linkId]) => enabled.has(linkId) || !hasItem(items, linkId)),
    );
    const next = new Set(items.filter((i) => isItemEnabled(i, effective)).map((i) => i.linkId));
    if (next.size === enabled.size && [...next].every((id) => enabled.has(id))) return next;
    enabled = next;
  }
  return enabled;
}

// Answers about things that are not items (derived totals such as a PHQ-2 sum) are always in effect.
function hasItem(items: readonly FhirQuestionnaireItem[], linkId: string): boolean {
  return items.some((i) => i.linkId === linkId);
}

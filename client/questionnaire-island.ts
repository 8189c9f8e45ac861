/**
 * Questionnaire forms without JavaScript show conditional questions (FHIR enableWhen) with a plain hint, and the
 * server ignores the ones that do not apply. This hides them while they do not apply, from the same rules the
 * server rendered into `data-enable-when`. A group marked `data-reveal` is also disabled while hidden, so that
 * nothing in it is sent.
 */
interface IslandCondition {
  field: string;
  operator: "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";
  value?: string;
  numeric?: boolean;
  exists?: boolean;
  sumOf?: string[];
}

interface IslandRule {
  behavior: "all" | "any";
  conditions: IslandCondition[];
}

type Read = (name: string) => string;

function currentValue(condition: IslandCondition, read: Read): string {
  if (!condition.sumOf) return read(condition.field);
  const values = condition.sumOf.map(read);
  return values.every((v) => /^\d+$/.test(v)) ? String(values.reduce((sum, v) => sum + Number(v), 0)) : "";
}

export function conditionHolds(condition: IslandCondition, read: Read): boolean {
  const raw = currentValue(condition, read).trim();
  if (condition.operator === "exists") return (raw !== "") === condition.exists;
  if (condition.operator === "!=") return raw === "" || raw !== condition.value;
  if (raw === "") return false;
  if (condition.operator === "=") {
    return condition.numeric ? Number(raw) === Number(condition.value) : raw === condition.value;
  }
  if (!condition.numeric || !/^-?\d+$/.test(raw)) return false;
  const difference = Number(raw) - Number(condition.value);
  if (condition.operator === ">") return difference > 0;
  if (condition.operator === "<") return difference < 0;
  if (condition.operator === ">=") return difference >= 0;
  return difference <= 0;
}

export function ruleHolds(rule: IslandRule, read: Read): boolean {
  const results = rule.conditions.map((c) => conditionHolds(c, read));
  return rule.behavior === "any" ? results.some(Boolean) : results.every(Boolean);
}

function reader(form: HTMLFormElement): Read {
  return (name) => {
    const value = new FormData(form).get(name);
    return typeof value === "string" ? value : "";
  };
}

export function initQuestionnaireIsland(doc: Document): void {
  for (const form of doc.querySelectorAll<HTMLFormElement>("form")) {
    const groups = [...form.querySelectorAll<HTMLElement>("[data-enable-when]")].flatMap((el) => {
      try {
        return [{ el, rule: JSON.parse(el.dataset.enableWhen ?? "") as IslandRule }];
      } catch {
        return [];
      }
    });
    if (groups.length === 0) continue;
    const update = () => {
      const read = reader(form);
      for (const { el, rule } of groups) {
        const on = ruleHolds(rule, read);
        el.hidden = !on;
        if (el instanceof HTMLFieldSetElement && el.dataset.reveal !== undefined) el.disabled = !on;
      }
    };
    form.addEventListener("change", update);
    form.addEventListener("input", update);
    update();
  }
}

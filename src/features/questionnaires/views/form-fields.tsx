import type { Lang } from "../../../platform/i18n/lang";
import type { FhirEnableWhen, FhirQuestionnaireItem } from "../fhir-schemas";
import {
  type FieldError,
  booleanValues,
  fieldName,
  integerBounds,
  isQuestion,
  optionLabel,
  optionValue,
} from "../parse-form-answers";
import { fill, texts } from "../texts";

/** A condition as the browser island evaluates it: on form values, with the same meaning as enableWhen. */
export interface IslandCondition {
  field: string;
  operator: FhirEnableWhen["operator"];
  /** Compared as text, or as a number when `numeric`. */
  value?: string;
  numeric?: boolean;
  exists?: boolean;
  /** A derived total: the sum of these radio groups' values (absent until all are answered). */
  sumOf?: string[];
}

export interface IslandRule {
  behavior: "all" | "any";
  conditions: IslandCondition[];
}

export function errorText(lang: Lang, error: FieldError): string {
  return fill(texts.fieldErrors[lang][error.code], {
    ...(error.min !== undefined ? { min: error.min } : {}),
    ...(error.max !== undefined ? { max: error.max } : {}),
    ...(error.maxLength !== undefined ? { maxLength: error.maxLength } : {}),
  });
}

/** Where the error summary links to: the first control of the item. */
export function firstControlId(item: FhirQuestionnaireItem): string {
  const name = fieldName(item.linkId);
  if (item.type === "choice")
    return `${name}-${item.answerOption?.[0] ? optionValue(item.answerOption[0]) : ""}`;
  if (item.type === "boolean") return `${name}-${booleanValues.yes}`;
  return name;
}

function islandCondition(
  condition: FhirEnableWhen,
  derived: Record<string, string[]>,
  nameOf: (linkId: string) => string,
): IslandCondition {
  const base = {
    field: nameOf(condition.question),
    operator: condition.operator,
    ...(derived[condition.question] ? { sumOf: derived[condition.question] } : {}),
  };
  if (condition.operator === "exists") return { ...base, exists: condition.answerBoolean === true };
  if (condition.answerInteger !== undefined)
    return { ...base, value: String(condition.answerInteger), numeric: true };
  if (condition.answerBoolean !== undefined)
    return { ...base, value: condition.answerBoolean ? booleanValues.yes : booleanValues.no };
  return { ...base, value: condition.answerCoding?.code ?? condition.answerString ?? "" };
}

/** The island's copy of an item's enableWhen; coding answers become the option's form value. */
export function islandRule(
  item: FhirQuestionnaireItem,
  items: readonly FhirQuestionnaireItem[],
  derived: Record<string, string[]> = {},
  nameOf: (linkId: string) => string = fieldName,
): IslandRule | undefined {
  if (!item.enableWhen) return undefined;
  return {
    behavior: item.enableBehavior ?? "all",
    conditions: item.enableWhen.map((condition) => {
      const rule = islandCondition(condition, derived, nameOf);
      const coding = condition.answerCoding;
      const question = items.find((i) => i.linkId === condition.question);
      const option = coding && question?.answerOption?.find((o) => o.valueCoding?.code === coding.code);
      return option ? { ...rule, value: optionValue(option) } : rule;
    }),
  };
}

/** A plain sentence saying when to answer a conditional item, from its enableWhen. */
export function conditionHint(
  lang: Lang,
  item: FhirQuestionnaireItem,
  items: readonly FhirQuestionnaireItem[],
): string {
  const parts = (item.enableWhen ?? []).map((condition) => {
    const question = items.find((i) => i.linkId === condition.question);
    const questionText = question?.text ?? condition.question;
    const coding = condition.answerCoding;
    const option = coding && question?.answerOption?.find((o) => o.valueCoding?.code === coding.code);
    const answer = option
      ? optionLabel(option)
      : condition.answerBoolean !== undefined
        ? texts[condition.answerBoolean ? "yes" : "no"][lang]
        : String(condition.answerInteger ?? condition.answerString ?? coding?.display ?? coding?.code ?? "");
    const key =
      condition.operator === "exists" && condition.answerBoolean === false
        ? "not-exists"
        : condition.operator;
    return fill(texts.conditions[lang][key], { question: questionText, answer });
  });
  return fill(texts.conditionalLead[lang], {
    conditions: parts.join(texts.conditionJoin[lang][item.enableBehavior ?? "all"]),
  });
}

export interface ItemGroup {
  /** Present when every item of the group shares one enableWhen. */
  rule?: FhirQuestionnaireItem;
  items: FhirQuestionnaireItem[];
}

/** Consecutive items with the same conditions form one group, so the hint is said once. */
export function groupByCondition(items: readonly FhirQuestionnaireItem[]): ItemGroup[] {
  const key = (item: FhirQuestionnaireItem) =>
    item.enableWhen ? JSON.stringify([item.enableWhen, item.enableBehavior]) : "";
  const groups: ItemGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    const lastKey = last?.items[0] ? key(last.items[0]) : undefined;
    if (last && lastKey === key(item) && key(item) !== "") last.items.push(item);
    else groups.push({ ...(item.enableWhen ? { rule: item } : {}), items: [item] });
  }
  return groups;
}

function Legend(props: { text: string; number?: number | undefined; note?: string | undefined; lang: Lang }) {
  return (
    <legend>
      {props.number !== undefined ? `${String(props.number)}. ` : ""}
      {props.text}
      {props.note && (
        <span class="small" lang={props.lang}>
          {" "}
          ({props.note})
        </span>
      )}
    </legend>
  );
}

function ErrorLine(props: { lang: Lang; id: string; error: FieldError | undefined }) {
  if (!props.error) return null;
  return (
    <p class="error-text" id={props.id} lang={props.lang}>
      {errorText(props.lang, props.error)}
    </p>
  );
}

/**
 * One FHIR item as form controls: display → paragraph, choice → radio fieldset, boolean → yes/no fieldset,
 * integer → numeric text field with its range, string → text field with its length. `lang` is the page language
 * (errors, yes/no); the item text is in whatever language the resource is.
 */
export function FormItemField(props: {
  lang: Lang;
  item: FhirQuestionnaireItem;
  number?: number | undefined;
  note?: string | undefined;
  value: string | undefined;
  error: FieldError | undefined;
  nameOf?: (linkId: string) => string;
}) {
  const { lang, item, error } = props;
  const name = (props.nameOf ?? fieldName)(item.linkId);
  const errorId = `error-${item.linkId}`;
  const invalid = error ? "true" : undefined;
  if (!isQuestion(item)) {
    return item.type === "display" ? <p class="q-instructions">{item.text}</p> : null;
  }
  if (item.type === "choice" || item.type === "boolean") {
    const options =
      item.type === "choice"
        ? (item.answerOption ?? []).map((o) => ({
            value: optionValue(o),
            label: optionLabel(o),
            lang: undefined,
          }))
        : [
            { value: booleanValues.yes, label: texts.yes[lang], lang },
            { value: booleanValues.no, label: texts.no[lang], lang },
          ];
    return (
      <fieldset
        class={`q-item${error ? " q-item-error" : ""}`}
        id={`q-${item.linkId}`}
        aria-describedby={error ? errorId : undefined}
      >
        <Legend text={item.text} number={props.number} note={props.note} lang={lang} />
        <ErrorLine lang={lang} id={errorId} error={error} />
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <label class="choice" for={id} key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={props.value === option.value}
                aria-invalid={invalid}
              />
              <span lang={option.lang}>{option.label}</span>
            </label>
          );
        })}
      </fieldset>
    );
  }
  const { min, max } = integerBounds(item);
  const hint =
    item.type === "integer" && min !== undefined && max !== undefined
      ? fill(texts.numberRange[lang], { min, max })
      : item.type === "string" && item.maxLength !== undefined
        ? fill(texts.maxLengthHint[lang], { n: item.maxLength })
        : undefined;
  const hintId = `hint-${item.linkId}`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ");
  return (
    <div class={`field q-item${error ? " q-item-error" : ""}`} id={`q-${item.linkId}`}>
      <label for={name}>
        {props.number !== undefined ? `${String(props.number)}. ` : ""}
        {item.text}
        {props.note && (
          <span class="small" lang={lang}>
            {" "}
            ({props.note})
          </span>
        )}
      </label>
      {hint && (
        <p class="small" id={hintId} lang={lang}>
          {hint}
        </p>
      )}
      <ErrorLine lang={lang} id={errorId} error={error} />
      <input
        id={name}
        name={name}
        type="text"
        autocomplete="off"
        class={item.type === "integer" ? "input-short" : undefined}
        inputMode={item.type === "integer" ? "numeric" : undefined}
        maxLength={item.type === "string" ? item.maxLength : 10}
        value={props.value ?? ""}
        aria-describedby={describedBy || undefined}
        aria-invalid={invalid}
      />
    </div>
  );
}

/** The island reads `data-enable-when`; without JavaScript the group stays visible with its hint. */
export function ConditionalGroup(props: {
  lang: Lang;
  hint: string;
  rule: IslandRule | undefined;
  children: preact.ComponentChildren;
}) {
  return (
    <div class="q-conditional" data-enable-when={props.rule ? JSON.stringify(props.rule) : undefined}>
      <p class="small q-conditional-hint" lang={props.lang}>
        {props.hint}
      </p>
      {props.children}
    </div>
  );
}

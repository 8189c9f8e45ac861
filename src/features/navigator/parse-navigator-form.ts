import { z } from "zod";
import type { Lang } from "../../platform/i18n/lang";
import {
  type AnswerMap,
  type FhirQuestionnaireItem,
  type FieldError,
  type FormAnswer,
  displayLanguage,
  formQuestionnaire,
  parseFormAnswers,
  scoreQuestionnaire,
} from "../questionnaires/index";
import {
  type HelpNavigatorInput,
  type WorryId,
  durations,
  helpNavigatorInputSchema,
  impacts,
  safetyAnswers,
  worryIds,
} from "./schemas";

export type ShortQuestionnaire = "phq-2" | "gad-2" | "audit-c";
export type FullQuestionnaire = "phq-9" | "gad-7";

// PHQ-2 and GAD-2 sums of 3 or more are the usual cut-offs for going on to the full PHQ-9 or GAD-7.
export const SHORT_SCREEN_CUTOFF = 3;

/** The derived answer (a FHIR-style linkId that is not an item) holding the first two items' sum. */
export const shortTotalId: Record<FullQuestionnaire, string> = {
  "phq-9": "phq2-total",
  "gad-7": "gad2-total",
};

export interface ScreeningBlock {
  displayLang: Lang;
  /** Always shown: PHQ-2, GAD-2 or AUDIT-C. */
  first: FhirQuestionnaireItem[];
  /** The rest of the full instrument, enabled by `<total> >= 3` (enableWhen on the derived sum). */
  rest: FhirQuestionnaireItem[];
}

/**
 * The screening items the navigator asks, as FHIR items for the form engine, in the language each instrument is
 * shown in. All are optional here. PHQ-9 items 3–9 and GAD-7 items 3–7 carry `enableWhen` on the derived PHQ-2 or
 * GAD-2 sum, so the engine enables them only after a sum of 3 or more (CONTEXT.md).
 */
function buildScreening(lang: Lang): Record<ShortQuestionnaire, ScreeningBlock> {
  const scored = (slug: "phq-9" | "gad-7" | "audit-c") => {
    const displayLang = displayLanguage(slug, lang);
    const items = formQuestionnaire(slug, displayLang, lang)
      .questions.filter((i) => i.required === true)
      .map(({ required: _required, ...item }): FhirQuestionnaireItem => item);
    return { displayLang, items };
  };
  const gated = (slug: FullQuestionnaire): ScreeningBlock => {
    const { displayLang, items } = scored(slug);
    return {
      displayLang,
      first: items.slice(0, 2),
      rest: items.slice(2).map((item) => ({
        ...item,
        enableWhen: [{ question: shortTotalId[slug], operator: ">=", answerInteger: SHORT_SCREEN_CUTOFF }],
      })),
    };
  };
  const auditC = scored("audit-c");
  return {
    "phq-2": gated("phq-9"),
    "gad-2": gated("gad-7"),
    "audit-c": { displayLang: auditC.displayLang, first: auditC.items, rest: [] },
  };
}

const screeningCache = new Map<Lang, Record<ShortQuestionnaire, ScreeningBlock>>();

/** Built once per language. */
export function screeningItems(lang: Lang): Record<ShortQuestionnaire, ScreeningBlock> {
  let built = screeningCache.get(lang);
  if (!built) {
    built = buildScreening(lang);
    screeningCache.set(lang, built);
  }
  return built;
}

export const shortFieldName = (linkId: string): string => `short-${linkId}`;

/** What the form held, kept to fill the form again when something is missing. */
export interface NavigatorFormValues {
  worries: WorryId[];
  duration?: (typeof durations)[number];
  impact?: (typeof impacts)[number];
  safety?: (typeof safetyAnswers)[number];
  violenceNow?: boolean;
  alreadyInCare: boolean;
  municipality?: string;
  short: Record<string, number>;
  /** What each screening field held, by linkId. */
  raw: Record<string, string>;
}

export interface ParsedNavigatorForm {
  values: NavigatorFormValues;
  missing: ("duration" | "impact" | "safety")[];
  /** Short-questionnaire answers that are not one of the options (a crafted or broken post). */
  fieldErrors: FieldError[];
  /** A municipality was sent but is not a municipality code. */
  municipalityInvalid: boolean;
  input?: HelpNavigatorInput;
  phq2?: number;
  gad2?: number;
  auditC?: { score: number; band: "low" | "risky" };
  /** Full instruments the short screen opened (sum ≥ 3), and whether their extra items were already on the page. */
  opened: FullQuestionnaire[];
  offered: FullQuestionnaire[];
  /** The full scores, when every item was answered. */
  phq9?: number;
  gad7?: number;
}

const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? [value]
      : [];
const one = (value: unknown): string | undefined => list(value)[0];

const ordinalOf = (answer: FormAnswer | undefined): number | undefined =>
  answer?.type === "coding" ? answer.ordinal : undefined;

/** The sum of some answers' scores, or undefined unless all are answered. */
function sumOf(answers: AnswerMap, items: readonly FhirQuestionnaireItem[]): number | undefined {
  const values = items.map((i) => ordinalOf(answers.get(i.linkId)));
  return values.every((v) => v !== undefined) ? values.reduce((a, b) => a + b, 0) : undefined;
}

export function parseNavigatorForm(options: { lang: Lang; body: unknown }): ParsedNavigatorForm {
  const body = z.record(z.string(), z.unknown()).safeParse(options.body).data ?? {};
  const worries = [...new Set(list(body.worry))].filter((w): w is WorryId =>
    (worryIds as readonly string[]).includes(w),
  );
  const duration = durations.find((d) => d === one(body.duration));
  const impact = impacts.find((i) => i === one(body.impact));
  const safety = safetyAnswers.find((s) => s === one(body.safety));
  const violence = one(body.violenceNow);
  const municipalityRaw = one(body.municipality);
  const municipality = municipalityRaw && /^\d{3}$/.test(municipalityRaw) ? municipalityRaw : undefined;

  const screening = screeningItems(options.lang);
  const blocks = Object.values(screening);
  const parsed = parseFormAnswers({
    items: blocks.flatMap((b) => [...b.first, ...b.rest]),
    body,
    nameOf: shortFieldName,
    // The PHQ-2 and GAD-2 sums, which the rest of each instrument's enableWhen tests.
    derive: (answers) => {
      const totals: [string, FormAnswer][] = [];
      for (const [slug, key] of [
        ["phq-9", "phq-2"],
        ["gad-7", "gad-2"],
      ] as const) {
        const total = sumOf(answers, screening[key].first);
        if (total !== undefined) totals.push([shortTotalId[slug], { type: "integer", value: total }]);
      }
      return totals;
    },
  });
  const short: Record<string, number> = {};
  for (const [linkId, answer] of parsed.answers) {
    const ordinal = ordinalOf(answer);
    if (ordinal !== undefined) short[linkId] = ordinal;
  }
  const phq2 = sumOf(parsed.answers, screening["phq-2"].first);
  const gad2 = sumOf(parsed.answers, screening["gad-2"].first);
  const opened = (["phq-9", "gad-7"] as const).filter((slug) =>
    screening[slug === "phq-9" ? "phq-2" : "gad-2"].rest.every((i) => parsed.enabled.has(i.linkId)),
  );
  const offered = (["phq-9", "gad-7"] as const).filter((slug) => one(body[`offered-${slug}`]) === "yes");
  const full = (key: "phq-2" | "gad-2") =>
    sumOf(parsed.answers, [...screening[key].first, ...screening[key].rest]);
  const phq9 = opened.includes("phq-9") ? full("phq-2") : undefined;
  const gad7 = opened.includes("gad-7") ? full("gad-2") : undefined;
  // Item 9 is a safety signal: it counts even when the rest of PHQ-9 was left out (see CONTEXT.md).
  const item9Id = screening["phq-2"].rest.at(-1)?.linkId;
  const item9 = item9Id !== undefined ? ordinalOf(parsed.answers.get(item9Id)) : undefined;
  const phqPartial = [...screening["phq-2"].first, ...screening["phq-2"].rest]
    .map((i) => ordinalOf(parsed.answers.get(i.linkId)) ?? 0)
    .reduce((a, b) => a + b, 0);
  const phq =
    phq9 !== undefined && item9 !== undefined
      ? { score: phq9, item9 }
      : item9 !== undefined && item9 >= 1
        ? { score: phqPartial, item9 }
        : undefined;

  const auditAnswers = screening["audit-c"].first.map((i) => ordinalOf(parsed.answers.get(i.linkId)));
  const auditScored = auditAnswers.every((a) => a !== undefined)
    ? scoreQuestionnaire({ slug: "audit-c", answers: auditAnswers })
    : undefined;
  const auditC =
    auditScored?.ok === true && (auditScored.value.band === "low" || auditScored.value.band === "risky")
      ? { score: auditScored.value.score, band: auditScored.value.band }
      : undefined;

  const values: NavigatorFormValues = {
    worries,
    ...(duration ? { duration } : {}),
    ...(impact ? { impact } : {}),
    ...(safety ? { safety } : {}),
    ...(violence === "yes" ? { violenceNow: true } : violence === "no" ? { violenceNow: false } : {}),
    alreadyInCare: one(body.inCare) === "yes",
    ...(municipality ? { municipality } : {}),
    short,
    raw: parsed.values,
  };
  const missing = (["duration", "impact", "safety"] as const).filter((k) => values[k] === undefined);
  const parsedInput =
    missing.length === 0
      ? helpNavigatorInputSchema.safeParse({
          worries,
          duration,
          impact,
          safety,
          ...(values.violenceNow !== undefined ? { violenceNow: values.violenceNow } : {}),
          ...(phq ? { phq } : {}),
          ...(gad7 !== undefined ? { gad: { score: gad7 } } : {}),
          ...(auditC ? { auditC } : {}),
          alreadyInCare: values.alreadyInCare,
          ...(municipality ? { municipality } : {}),
        })
      : undefined;
  return {
    values,
    missing,
    fieldErrors: parsed.errors,
    municipalityInvalid:
      municipalityRaw !== undefined && municipalityRaw !== "" && municipality === undefined,
    ...(parsedInput?.success ? { input: parsedInput.data } : {}),
    ...(phq2 !== undefined ? { phq2 } : {}),
    ...(gad2 !== undefined ? { gad2 } : {}),
    ...(auditC ? { auditC } : {}),
    opened,
    offered,
    ...(phq9 !== undefined ? { phq9 } : {}),
    ...(gad7 !== undefined ? { gad7 } : {}),
  };
}

import { z } from "zod";
import type { Lang } from "../../platform/i18n/lang";
import { type ResolvedItem, displayLanguage, formItems, scoreQuestionnaire } from "../questionnaires/index";
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

/** The screening items the navigator asks, in the language each instrument is shown in. */
export function shortQuestionnaireItems(
  lang: Lang,
): Record<ShortQuestionnaire, { displayLang: Lang; items: ResolvedItem[] }> {
  const pick = (slug: "phq-9" | "gad-7" | "audit-c", count: number) => {
    const displayLang = displayLanguage(slug, lang);
    return {
      displayLang,
      items: formItems(slug, displayLang)
        .filter((i) => i.scored)
        .slice(0, count),
    };
  };
  return { "phq-2": pick("phq-9", 2), "gad-2": pick("gad-7", 2), "audit-c": pick("audit-c", 3) };
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
}

export interface ParsedNavigatorForm {
  values: NavigatorFormValues;
  missing: ("duration" | "impact" | "safety")[];
  input?: HelpNavigatorInput;
  phq2?: number;
  gad2?: number;
  auditC?: { score: number; band: "low" | "risky" };
}

const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? [value]
      : [];
const one = (value: unknown): string | undefined => list(value)[0];

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

  const shortItems = shortQuestionnaireItems(options.lang);
  const short: Record<string, number> = {};
  const sumOf = (key: ShortQuestionnaire): number[] | undefined => {
    const values = shortItems[key].items.map(({ item, options: itemOptions }) => {
      const raw = one(body[shortFieldName(item.linkId)]);
      const value = raw !== undefined && /^\d$/.test(raw) ? Number(raw) : undefined;
      const valid = value !== undefined && itemOptions.some((o) => o.value === value) ? value : undefined;
      if (valid !== undefined) short[item.linkId] = valid;
      return valid;
    });
    return values.every((v) => v !== undefined) ? values : undefined;
  };
  const phq2 = sumOf("phq-2");
  const gad2 = sumOf("gad-2");
  const auditAnswers = sumOf("audit-c");
  const auditScored = auditAnswers
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
  };
  const missing = (["duration", "impact", "safety"] as const).filter((k) => values[k] === undefined);
  const sum = (xs: number[] | undefined) => xs?.reduce((a, b) => a + b, 0);
  const parsedInput =
    missing.length === 0
      ? helpNavigatorInputSchema.safeParse({
          worries,
          duration,
          impact,
          safety,
          ...(values.violenceNow !== undefined ? { violenceNow: values.violenceNow } : {}),
          ...(auditC ? { auditC } : {}),
          alreadyInCare: values.alreadyInCare,
          ...(municipality ? { municipality } : {}),
        })
      : undefined;
  const phq2Sum = sum(phq2);
  const gad2Sum = sum(gad2);
  return {
    values,
    missing,
    ...(parsedInput?.success ? { input: parsedInput.data } : {}),
    ...(phq2Sum !== undefined ? { phq2: phq2Sum } : {}),
    ...(gad2Sum !== undefined ? { gad2: gad2Sum } : {}),
    ...(auditC ? { auditC } : {}),
  };
}

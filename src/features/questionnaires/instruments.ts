import { type Lang, langs } from "../../platform/i18n/lang";
import {
  type Instrument,
  type InstrumentAnswerOption,
  type InstrumentItem,
  type QuestionnaireSlug,
  instrumentSchema,
  questionnaireSlugSchema,
} from "./instrument-schema";
import auditJson from "./instruments/audit.json";
import auditCJson from "./instruments/audit-c.json";
import gad7Json from "./instruments/gad-7.json";
import phq9Json from "./instruments/phq-9.json";
import who5Json from "./instruments/who-5.json";

function load(slug: QuestionnaireSlug, json: unknown): Instrument {
  const instrument = instrumentSchema.parse(json);
  // A file saved under the wrong name would silently score the wrong instrument.
  if (instrument.slug !== slug) throw new Error(`instrument file for ${slug} has slug ${instrument.slug}`);
  return instrument;
}

/** The instruments as parsed from `instruments/*.json`; parsing fails loudly at start-up. */
export const instruments: Readonly<Record<QuestionnaireSlug, Instrument>> = {
  "phq-9": load("phq-9", phq9Json),
  "gad-7": load("gad-7", gad7Json),
  "audit-c": load("audit-c", auditCJson),
  audit: load("audit", auditJson),
  "who-5": load("who-5", who5Json),
};

const slugSet: ReadonlySet<unknown> = new Set(questionnaireSlugSchema.options);

/** A set lookup rather than a zod parse: this runs on every scoring request. */
export function isQuestionnaireSlug(value: unknown): value is QuestionnaireSlug {
  return slugSet.has(value);
}

/** The answer options of one item in one language: its own, or the instrument's shared scale. */
export function itemAnswerOptions(
  instrument: Instrument,
  item: InstrumentItem,
  lang: Lang,
): readonly InstrumentAnswerOption[] | undefined {
  return item.answerOptions?.[lang] ?? instrument.answerOptions[lang];
}

/** An item can be shown in a language only when both its wording and its answer options exist there. */
export function isItemAvailable(instrument: Instrument, item: InstrumentItem, lang: Lang): boolean {
  return item.text[lang] !== undefined && itemAnswerOptions(instrument, item, lang) !== undefined;
}

/**
 * The languages an instrument is offered in: those where every scored item has official wording AND answer
 * options. Nothing is translated or filled in by us, so a gap in the sources is a missing language.
 */
export function availableLanguages(slug: QuestionnaireSlug): Lang[] {
  const instrument = instruments[slug];
  return langs.filter((lang) => instrument.items.every((item) => isItemAvailable(instrument, item, lang)));
}

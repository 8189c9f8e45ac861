import type { Lang } from "../../platform/i18n/lang";
import {
  answerCoding,
  defaultCanonicalBase,
  lookUpInstrument,
  questionnaireId,
  questionnaireUrl,
  resolveItems,
} from "./fhir-common";
import {
  type FhirQuestionnaire,
  type FhirQuestionnaireItem,
  fhirQuestionnaireSchema,
  loincSystem,
  ordinalValueUrl,
} from "./fhir-schemas";
import type { Instrument, InstrumentSource } from "./instrument-schema";
import type { Outcome } from "./schemas";

export interface BuildFhirQuestionnaireInput {
  slug: string;
  lang: Lang;
  canonicalBase?: string;
}

function describeSource(source: InstrumentSource): string {
  if (source.url) return `${source.id}: ${source.url}`;
  const at = source.commit ? ` @ ${source.commit}` : "";
  return `${source.id}: GitHub ${source.repository ?? ""} ${source.path ?? ""}${at}`;
}

/** Sources referred to by any text used in this language version, in the order of `sources[]`. */
function sourcesUsed(instrument: Instrument, lang: Lang): InstrumentSource[] {
  const references = [
    instrument.instructions[lang]?.source,
    instrument.answerOptionsSource?.[lang],
    ...[...instrument.items, ...(instrument.supplementaryItems ?? [])].flatMap((item) => [
      item.textSource[lang],
      item.answerOptionsSource?.[lang],
    ]),
  ].filter((ref): ref is string => ref !== undefined);
  return instrument.sources.filter((source) => references.some((ref) => ref.includes(source.id)));
}

function copyrightNote(instrument: Instrument, lang: Lang): string {
  return [
    `License: ${instrument.license.status}.`,
    ...instrument.license.evidence.map((line) => `- ${line}`),
    "",
    "Wording copied verbatim from:",
    ...sourcesUsed(instrument, lang).map((source) => `- ${describeSource(source)}`),
  ].join("\n");
}

/** The instrument in one language as a FHIR R4 Questionnaire; only languages with official wording exist. */
export function buildFhirQuestionnaire({
  slug,
  lang,
  canonicalBase = defaultCanonicalBase,
}: BuildFhirQuestionnaireInput): Outcome<
  FhirQuestionnaire,
  "unknown-questionnaire" | "language-not-available"
> {
  const lookup = lookUpInstrument(slug, lang);
  if (!lookup.ok) return lookup;
  const { instrument } = lookup;

  const instructions = instrument.instructions[lang];
  const displayItems: FhirQuestionnaireItem[] = instructions
    ? [{ linkId: `${instrument.slug}-instructions`, text: instructions.text, type: "display" }]
    : [];
  const questions = resolveItems(instrument, lang).map(
    ({ item, text, options, scored }): FhirQuestionnaireItem => {
      // Codes seen only in unattributed code (loincVerified: false) are left out rather than risk a wrong code.
      const code =
        item.loinc && item.loincVerified !== false ? [{ system: loincSystem, code: item.loinc }] : undefined;
      return {
        linkId: item.linkId,
        text,
        type: "choice",
        required: scored,
        ...(code ? { code } : {}),
        answerOption: options.map((option) => ({
          valueCoding: answerCoding(instrument, item, option, canonicalBase),
          // Unscored items carry no weight so that no tool adds them to the total.
          ...(scored ? { extension: [{ url: ordinalValueUrl, valueDecimal: option.value }] } : {}),
        })),
      };
    },
  );

  const questionnaire: FhirQuestionnaire = {
    resourceType: "Questionnaire",
    id: questionnaireId(instrument.slug, lang),
    url: questionnaireUrl(canonicalBase, instrument.slug, lang),
    name: instrument.slug.toUpperCase().replace(/-/g, ""),
    // Instrument names are proper names; where no name in `lang` is sourced, the English one is used.
    title: instrument.name[lang] ?? instrument.name.en ?? instrument.slug,
    status: "active",
    language: lang,
    subjectType: ["Patient"],
    publisher: "Luukku",
    copyright: copyrightNote(instrument, lang),
    ...(instrument.loinc ? { code: [{ system: loincSystem, code: instrument.loinc }] } : {}),
    item: [...displayItems, ...questions],
  };
  // Our own output is checked too: a broken resource should fail in tests, not in someone's EHR.
  return { ok: true, value: fhirQuestionnaireSchema.parse(questionnaire) };
}

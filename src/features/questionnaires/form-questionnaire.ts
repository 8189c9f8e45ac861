import type { Lang } from "../../platform/i18n/lang";
import { buildFhirQuestionnaire } from "./build-fhir-questionnaire";
import { type FhirQuestionnaireItem, maxValueUrl, minValueUrl } from "./fhir-schemas";
import type { QuestionnaireSlug } from "./instrument-schema";
import { sexSchema } from "./schemas";
import { texts } from "./texts";

/** What the form engine renders for one instrument: its FHIR items plus Luukku's own optional questions. */
export interface FormQuestionnaire {
  slug: QuestionnaireSlug;
  /** The display lang of the instrument. */
  displayLang: Lang;
  instructions: string | undefined;
  /** The instrument's question items, in the display language, from its FHIR Questionnaire. */
  questions: FhirQuestionnaireItem[];
  /** Luukku's own items in the page language (AUDIT-C: age and sex, which set the risk limit). */
  extras: FhirQuestionnaireItem[];
  /** Every item, for the engine. */
  items: FhirQuestionnaireItem[];
}

function demographicItems(lang: Lang): FhirQuestionnaireItem[] {
  return [
    {
      linkId: "age",
      type: "integer",
      text: texts.age[lang],
      extension: [
        { url: minValueUrl, valueInteger: 0 },
        { url: maxValueUrl, valueInteger: 130 },
      ],
    },
    {
      linkId: "sex",
      type: "choice",
      text: texts.sex[lang],
      answerOption: sexSchema.options.map((sex) => ({
        valueCoding: { code: sex, display: texts.sexOptions[lang][sex] },
      })),
    },
  ];
}

const cache = new Map<string, FormQuestionnaire>();

/** Built once per instrument × display language × page language: forms never rebuild it per request. */
export function formQuestionnaire(slug: QuestionnaireSlug, displayLang: Lang, lang: Lang): FormQuestionnaire {
  const key = `${slug}:${displayLang}:${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const built = buildFhirQuestionnaire({ slug, lang: displayLang });
  if (!built.ok) throw new Error(`${slug} has no form in ${displayLang}`);
  const items = built.value.item;
  const questions = items.filter((i) => i.type !== "display");
  const extras = slug === "audit-c" ? demographicItems(lang) : [];
  const form: FormQuestionnaire = {
    slug,
    displayLang,
    instructions: items.find((i) => i.type === "display")?.text,
    questions,
    extras,
    items: [...questions, ...extras],
  };
  cache.set(key, form);
  return form;
}

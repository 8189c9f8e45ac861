import { type FhirQuestionnaire, fhirQuestionnaireSchema, maxValueUrl, minValueUrl } from "./fhir-schemas";

/** A small made-up Questionnaire with every item type and operator the engine supports (tests only). */
export const everyTypeQuestionnaire: FhirQuestionnaire = fhirQuestionnaireSchema.parse({
  resourceType: "Questionnaire",
  id: "every-type",
  url: "https://luukku.example/fhir/Questionnaire/every-type",
  name: "EveryType",
  title: "Every item type",
  status: "draft",
  language: "en",
  item: [
    { linkId: "intro", type: "display", text: "A few questions about your week." },
    {
      linkId: "mood",
      type: "choice",
      text: "How has your mood been?",
      required: true,
      answerOption: [
        { valueCoding: { system: "urn:test", code: "good", display: "Good" } },
        { valueCoding: { system: "urn:test", code: "low", display: "Low" } },
      ],
    },
    {
      linkId: "low-days",
      type: "integer",
      text: "On how many days was it low?",
      required: true,
      extension: [
        { url: minValueUrl, valueInteger: 1 },
        { url: maxValueUrl, valueInteger: 7 },
      ],
      enableWhen: [{ question: "mood", operator: "=", answerCoding: { system: "urn:test", code: "low" } }],
    },
    {
      linkId: "many-days",
      type: "boolean",
      text: "Has it been like this for longer than a month?",
      required: true,
      enableWhen: [{ question: "low-days", operator: ">=", answerInteger: 4 }],
    },
    {
      linkId: "talked",
      type: "boolean",
      text: "Have you talked to someone about it?",
      enableWhen: [
        { question: "mood", operator: "!=", answerCoding: { system: "urn:test", code: "good" } },
        { question: "many-days", operator: "=", answerBoolean: true },
      ],
      enableBehavior: "any",
    },
    {
      linkId: "with-whom",
      type: "string",
      text: "With whom?",
      maxLength: 20,
      enableWhen: [
        { question: "talked", operator: "=", answerBoolean: true },
        { question: "low-days", operator: "exists", answerBoolean: true },
      ],
      enableBehavior: "all",
    },
    {
      linkId: "sleep",
      type: "choice",
      text: "Hours of sleep",
      answerOption: [{ valueInteger: 5 }, { valueInteger: 7 }, { valueInteger: 9 }],
    },
    {
      linkId: "short-sleep",
      type: "display",
      text: "Short nights make everything harder.",
      enableWhen: [{ question: "sleep", operator: "<", answerInteger: 7 }],
    },
    {
      linkId: "name",
      type: "string",
      text: "Nickname",
      enableWhen: [{ question: "name-given", operator: "exists", answerBoolean: false }],
    },
    {
      linkId: "code",
      type: "string",
      text: "Code",
      enableWhen: [{ question: "name", operator: ">", answerString: "m" }],
    },
    {
      linkId: "late",
      type: "integer",
      text: "Late nights",
      enableWhen: [{ question: "low-days", operator: "<=", answerInteger: 2 }],
    },
  ],
});

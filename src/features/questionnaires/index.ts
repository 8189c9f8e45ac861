export { type QuestionnaireSlug, questionnaireSlugs, questionnaireSlugSchema } from "./instrument-schema";
export { availableLanguages, instruments, isQuestionnaireSlug } from "./instruments";
export {
  type Band,
  type BandOf,
  type QuestionnaireError,
  type QuestionnaireErrorCode,
  type QuestionnaireFlag,
  type QuestionnaireScore,
  type ScoreRequestBody,
  type Sex,
  questionnaireFlags,
  questionnaireScoreSchema,
  scoreRequestBodySchema,
} from "./schemas";
export { auditCRiskLimit } from "./scoring-rules";
export {
  type ScoreQuestionnaireInput,
  type ScoreQuestionnaireOutcome,
  scoreQuestionnaire,
} from "./score-questionnaire";
export { type BuildFhirQuestionnaireInput, buildFhirQuestionnaire } from "./build-fhir-questionnaire";
export {
  type BuildQuestionnaireResponseInput,
  buildQuestionnaireResponse,
} from "./build-questionnaire-response";
export { defaultCanonicalBase } from "./fhir-common";
export type { FhirQuestionnaire, FhirQuestionnaireResponse } from "./fhir-schemas";
export { type ResultText, bandTexts, flagTexts, resultText } from "./result-texts";
export { registerQuestionnaireRoutes, instrumentName, questionnairePath } from "./routes";
export { deleteExpiredQuestionnaireShares, sharePayloadAad } from "./share-service";
export { displayLanguage } from "./display-language";
export { type ContentLink, resolveContentLinks } from "./content-links";
export { formItems } from "./parse-questionnaire-form";
export type { ResolvedItem } from "./fhir-common";
export { formQuestionnaire, type FormQuestionnaire } from "./form-questionnaire";
export { type ParsedFormAnswers, type FieldError, parseFormAnswers } from "./parse-form-answers";
export type { FormAnswer, AnswerMap } from "./evaluate-enable-when";
export type { FhirQuestionnaireItem } from "./fhir-schemas";
export { ConditionalGroup, FormItemField, errorText, islandRule } from "./views/form-fields";

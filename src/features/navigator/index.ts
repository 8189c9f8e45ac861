export {
  type HelpLevel,
  type HelpNavigatorInput,
  type HelpRecommendation,
  type ReasonCode,
  type WorryId,
  durations,
  helpLevels,
  helpNavigatorInputSchema,
  helpRecommendationSchema,
  impacts,
  reasonCodes,
  safetyAnswers,
  worryIds,
} from "./schemas";
export { hasPresentRisk, recommendHelpLevel } from "./recommend-help-level";
export { reasonTexts } from "./reason-texts";
export {
  type ArticleId,
  type ChatbotTopicId,
  type ProgramId,
  type Worry,
  type WorryContent,
  finnishOnlyPrograms,
  relatedContent,
  worries,
} from "./worries";
export { registerNavigatorRoutes } from "./routes";

// The questions feature's public surface: other features import only from here.
export { registerQuestionsRoutes } from "./routes";
export { seedQuestionServices } from "./seed-question-services";
export { deleteExpiredThreads } from "./delete-expired-threads";
export { questionMessageAad, notifyEmailAad, listQuestionServices, type PublicService } from "./service";
export { questionCounts } from "./tables";
export { questionReport, type QuestionReport, type AnswerTimeDistribution } from "./question-report";

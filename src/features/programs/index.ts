export * from "./program-schema";
export { validateExerciseAnswer } from "./validate-exercise-answer";
export type {
  AnswerError,
  AnswerErrorCode,
  AnswerOf,
  AnswerValidation,
  ExerciseAnswer,
  BudgetAnswer,
} from "./validate-exercise-answer";
export { sumBudget, type BudgetSums } from "./sum-budget";
export { amountToCents, centsToDecimalString, type Cents } from "./budget-amount";
export { loadPrograms, ProgramLoadError, type LoadedProgram } from "./load-programs";
export { programStructure, compareProgramStructures } from "./program-structure";
export { registerProgramRoutes } from "./routes";
export { deleteExpiredProgramData } from "./delete-expired-program-data";
export { answerAad, feedbackAad, messageAad, who5EndAad, who5StartAad } from "./guided-service";

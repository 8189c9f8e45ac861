import { z } from "zod";
import { questionnaireSlugSchema } from "./instrument-schema";

export const sexSchema = z.enum(["female", "male", "other"]);
export type Sex = z.infer<typeof sexSchema>;

export const ageSchema = z.int().min(0).max(130);

/** Answers are the item scores in item order; ranges per instrument are checked by `scoreQuestionnaire`. */
export const answersSchema = z.array(z.int()).max(50);

/** Body of `POST /api/v1/questionnaires/{slug}/score` (api-contract.md). */
export const scoreRequestBodySchema = z.object({
  answers: answersSchema,
  sex: sexSchema.optional(),
  age: ageSchema.optional(),
});
export type ScoreRequestBody = z.infer<typeof scoreRequestBodySchema>;

export const phq9BandSchema = z.enum(["minimal", "mild", "moderate", "moderately-severe", "severe"]);
export const gad7BandSchema = z.enum(["minimal", "mild", "moderate", "severe"]);
export const auditCBandSchema = z.enum(["low", "risky"]);
export const auditBandSchema = z.enum(["zone-1", "zone-2", "zone-3", "zone-4"]);
export const who5BandSchema = z.enum(["good", "poor", "very-poor"]);

/** Bands per instrument, exactly as in questionnaires.md. */
export const bandSchemas = {
  "phq-9": phq9BandSchema,
  "gad-7": gad7BandSchema,
  "audit-c": auditCBandSchema,
  audit: auditBandSchema,
  "who-5": who5BandSchema,
} as const;
export type BandOf<S extends keyof typeof bandSchemas> = z.infer<(typeof bandSchemas)[S]>;
export type Band = BandOf<keyof typeof bandSchemas>;

/** Every flag, in the order of the scoring table. */
export const questionnaireFlags = [
  "suicidal-ideation",
  "minor",
  "dependence-symptoms",
  "depression-screen",
] as const;
export const questionnaireFlagSchema = z.enum(questionnaireFlags);
export type QuestionnaireFlag = z.infer<typeof questionnaireFlagSchema>;

/** The `200` body of the scoring endpoint. */
export const questionnaireScoreSchema = z.object({
  slug: questionnaireSlugSchema,
  score: z.int().min(0),
  maxScore: z.int().min(1),
  band: z.union([phq9BandSchema, gad7BandSchema, auditCBandSchema, auditBandSchema, who5BandSchema]),
  flags: z.array(questionnaireFlagSchema),
});
export type QuestionnaireScore = z.infer<typeof questionnaireScoreSchema>;

export const questionnaireErrorCodes = [
  "invalid-answers",
  "invalid-demographics",
  "unknown-questionnaire",
  "language-not-available",
] as const;
export type QuestionnaireErrorCode = (typeof questionnaireErrorCodes)[number];

/** A validation error; `issues` are short English notes for logs and API clients, never shown as page text. */
export interface QuestionnaireError<C extends QuestionnaireErrorCode = QuestionnaireErrorCode> {
  code: C;
  issues: string[];
}

export type Outcome<T, C extends QuestionnaireErrorCode> =
  { ok: true; value: T } | { ok: false; error: QuestionnaireError<C> };

import { isQuestionnaireSlug } from "./instruments";
import { ageSchema, answersSchema, type Outcome, type QuestionnaireScore, sexSchema } from "./schemas";
import { scoringRules } from "./scoring-rules";

export interface ScoreQuestionnaireInput {
  slug: string;
  /** Raw request values: everything is validated here, so a route can pass the parsed JSON body as is. */
  answers: unknown;
  sex?: unknown;
  age?: unknown;
}

export type ScoreQuestionnaireOutcome = Outcome<
  QuestionnaireScore,
  "invalid-answers" | "invalid-demographics" | "unknown-questionnaire"
>;

// Built once: building a zod schema (e.g. `.optional()`) per call cost more than the scoring itself.
const optionalSex = sexSchema.optional();
const optionalAge = ageSchema.optional();

/** Scores an instrument exactly as questionnaires.md says; invalid input is an error, never a guess. */
export function scoreQuestionnaire({
  slug,
  answers,
  sex,
  age,
}: ScoreQuestionnaireInput): ScoreQuestionnaireOutcome {
  if (!isQuestionnaireSlug(slug)) {
    return {
      ok: false,
      error: { code: "unknown-questionnaire", issues: [`unknown questionnaire "${slug}"`] },
    };
  }
  const rule = scoringRules[slug];

  const parsedAnswers = answersSchema.safeParse(answers);
  if (!parsedAnswers.success) {
    return {
      ok: false,
      error: { code: "invalid-answers", issues: ["answers must be an array of integers"] },
    };
  }
  const values = parsedAnswers.data;
  const issues: string[] = [];
  if (values.length !== rule.allowedValues.length) {
    issues.push(`expected ${rule.allowedValues.length} answers, got ${values.length}`);
  } else {
    values.forEach((value, index) => {
      const allowed = rule.allowedValues[index] ?? [];
      if (!allowed.includes(value)) issues.push(`answer ${index + 1} must be one of ${allowed.join(", ")}`);
    });
  }
  if (issues.length > 0) return { ok: false, error: { code: "invalid-answers", issues } };

  const parsedSex = optionalSex.safeParse(sex);
  const parsedAge = optionalAge.safeParse(age);
  if (!parsedSex.success) issues.push('sex must be "female", "male" or "other"');
  if (!parsedAge.success) issues.push("age must be an integer from 0 to 130");
  if (!parsedSex.success || !parsedAge.success) {
    return { ok: false, error: { code: "invalid-demographics", issues } };
  }

  const demographics = { sex: parsedSex.data, age: parsedAge.data };
  const raw = values.reduce((sum, value) => sum + value, 0);
  return {
    ok: true,
    value: {
      slug,
      score: rule.score(raw),
      maxScore: rule.maxScore,
      band: rule.band(raw, demographics),
      flags: rule.flags(values, demographics),
    },
  };
}

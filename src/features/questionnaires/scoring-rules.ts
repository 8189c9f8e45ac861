import type { QuestionnaireSlug } from "./instrument-schema";
import type { Band, QuestionnaireFlag, Sex } from "./schemas";

export interface Demographics {
  sex?: Sex | undefined;
  age?: number | undefined;
}

/** The scoring of one instrument, transcribed from the table in questionnaires.md. */
export interface ScoringRule {
  /** Allowed answer values per item, in item order; its length is the item count. */
  allowedValues: readonly (readonly number[])[];
  maxScore: number;
  score: (rawSum: number) => number;
  band: (rawSum: number, demographics: Demographics) => Band;
  /** Flags in table order. */
  flags: (answers: readonly number[], demographics: Demographics) => QuestionnaireFlag[];
}

const range = (from: number, to: number): readonly number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const repeat = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

/** THL's adult limits; under 18 the limit is 1 (Luukku's own rule: alcohol is not recommended for minors). */
export function auditCRiskLimit({ sex, age }: Demographics): number {
  if (age !== undefined && age < 18) return 1;
  if (age !== undefined && age >= 65) return 4;
  return sex === "male" ? 6 : 5;
}

export const scoringRules: Readonly<Record<QuestionnaireSlug, ScoringRule>> = {
  "phq-9": {
    allowedValues: repeat(9, range(0, 3)),
    maxScore: 27,
    score: (raw) => raw,
    band: (raw) =>
      raw <= 4
        ? "minimal"
        : raw <= 9
          ? "mild"
          : raw <= 14
            ? "moderate"
            : raw <= 19
              ? "moderately-severe"
              : "severe",
    flags: (answers) => ((answers[8] ?? 0) >= 1 ? ["suicidal-ideation"] : []),
  },
  "gad-7": {
    allowedValues: repeat(7, range(0, 3)),
    maxScore: 21,
    score: (raw) => raw,
    band: (raw) => (raw <= 4 ? "minimal" : raw <= 9 ? "mild" : raw <= 14 ? "moderate" : "severe"),
    flags: () => [],
  },
  "audit-c": {
    allowedValues: repeat(3, range(0, 4)),
    maxScore: 12,
    score: (raw) => raw,
    band: (raw, demographics) => (raw >= auditCRiskLimit(demographics) ? "risky" : "low"),
    flags: (_answers, { age }) => (age !== undefined && age < 18 ? ["minor"] : []),
  },
  audit: {
    allowedValues: [...repeat(8, range(0, 4)), [0, 2, 4], [0, 2, 4]],
    maxScore: 40,
    score: (raw) => raw,
    band: (raw) => (raw <= 7 ? "zone-1" : raw <= 15 ? "zone-2" : raw <= 19 ? "zone-3" : "zone-4"),
    flags: (answers) =>
      (answers[3] ?? 0) + (answers[4] ?? 0) + (answers[5] ?? 0) >= 4 ? ["dependence-symptoms"] : [],
  },
  "who-5": {
    allowedValues: repeat(5, range(0, 5)),
    maxScore: 100,
    score: (raw) => raw * 4,
    band: (raw) => (raw >= 13 ? "good" : raw >= 8 ? "poor" : "very-poor"),
    flags: (answers) => (answers.reduce((sum, a) => sum + a, 0) <= 12 ? ["depression-screen"] : []),
  },
};

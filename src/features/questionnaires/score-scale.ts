import type { QuestionnaireSlug } from "./instrument-schema";
import type { Band } from "./schemas";
import { type Demographics, scoringRules } from "./scoring-rules";

export interface ScaleSegment {
  band: Band;
  /** Inclusive score range (in reported score units, e.g. WHO-5 × 4). */
  from: number;
  to: number;
}

/** The bands of an instrument as score ranges, derived from the scoring rules themselves so the two never disagree. */
export function scaleSegments(slug: QuestionnaireSlug, demographics: Demographics = {}): ScaleSegment[] {
  const rule = scoringRules[slug];
  const maxRaw = rule.allowedValues.reduce((sum, values) => sum + Math.max(...values), 0);
  const segments: ScaleSegment[] = [];
  for (let raw = 0; raw <= maxRaw; raw++) {
    const band = rule.band(raw, demographics);
    const score = rule.score(raw);
    const last = segments.at(-1);
    if (last?.band === band) last.to = score;
    else segments.push({ band, from: score, to: score });
  }
  return segments;
}

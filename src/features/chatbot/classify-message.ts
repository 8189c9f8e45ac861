import type { Lang } from "../../platform/i18n/lang";
import { type TopicModel, scoreLabels } from "./build-topic-model";
import { outOfScopeId } from "./schemas";
import type { TopicId } from "./topics";

export interface TopicScore {
  topic: TopicId;
  score: number;
}

export interface Classification {
  /** Best topic, or null when the message is outside every topic. */
  topic: TopicId | null;
  /** Score of the best topic (0–1, cosine-like); when topic is null, the out-of-scope score. */
  confidence: number;
  /** The best topics, best first (the chosen topic included), at most three. */
  alternatives: TopicScore[];
  /** The runner-up is so close that the user should be asked which one they meant. */
  ambiguous: boolean;
}

/**
 * Recognises the topic of one message. `lang` is the page language; it does not restrict matching, because
 * people write in another language than the page they are on.
 */
export function classifyMessage({
  model,
  text,
  lang: _lang,
}: {
  model: TopicModel;
  text: string;
  lang: Lang;
}): Classification {
  const scores = scoreLabels({ model, text });
  const ranked = model.labels
    .map((label, i) => ({ label, score: scores[i] ?? 0 }))
    .sort((a, b) => b.score - a.score);
  const outOfScopeScore = ranked.find((r) => r.label === outOfScopeId)?.score ?? 0;
  const alternatives: TopicScore[] = [];
  for (const { label, score } of ranked) {
    if (label !== outOfScopeId && score > 0 && alternatives.length < 3)
      alternatives.push({ topic: label, score });
  }

  const [best, second] = alternatives;
  const { minScore, ambiguityRatio } = model.options;
  if (!best || best.score < minScore || best.score <= outOfScopeScore) {
    return { topic: null, confidence: outOfScopeScore, alternatives, ambiguous: false };
  }
  const ambiguous =
    second !== undefined && second.score >= minScore && second.score >= ambiguityRatio * best.score;
  return { topic: best.topic, confidence: best.score, alternatives, ambiguous };
}

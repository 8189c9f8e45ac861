import type { Lang } from "../i18n/lang";
import { normalizeCrisisText } from "./normalize-crisis-text";
import {
  accident,
  clauseBreaks,
  cueRules,
  farPast,
  framing,
  jest,
  negators,
  neutralizers,
  nonGoverning,
  presentAgain,
  type CueRule,
} from "./crisis-rules";
import { crisisCategories, type CrisisAssessment, type CrisisCategory } from "./crisis-types";

/** Rule source -> RegExp: "%" is the rest of a word, "~N " up to N words, ä/ö/å also match a/o/a. */
export function compileCuePattern(source: string): RegExp {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === "\\") {
      out += ch + source.charAt(i + 1);
      i++;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
    } else if (ch === "]") {
      inClass = false;
      out += ch;
    } else if (!inClass && ch === "~" && /\d/.test(source.charAt(i + 1)) && source.charAt(i + 2) === " ") {
      // Each skipped word is followed by exactly one space, so there is no ambiguous backtracking.
      out += `(?:[^ .,]+ ){0,${source.charAt(i + 1)}}`;
      i += 2;
    } else if (!inClass && ch === "%") {
      out += "[^ ]*";
    } else if (!inClass && ch === "ä") {
      out += "[äa]";
    } else if (!inClass && ch === "ö") {
      out += "[öo]";
    } else if (!inClass && ch === "å") {
      out += "[åa]";
    } else {
      out += ch;
    }
  }
  // A leading space (not a lookbehind) lets the engine skip quickly to word starts.
  return new RegExp(` (?:${out})(?= )`, "g");
}

interface CompiledRule {
  rule: CueRule;
  parts: RegExp[];
  unless: RegExp | undefined;
}

const compiledRules: CompiledRule[] = cueRules.map((rule) => ({
  rule,
  parts: (typeof rule.pattern === "string" ? [rule.pattern] : rule.pattern).map(compileCuePattern),
  unless: rule.unless === undefined ? undefined : compileCuePattern(rule.unless),
}));
const neutralizerPatterns = neutralizers.map((n) => compileCuePattern(n.pattern));
const framingPattern = compileCuePattern(framing);
const farPastPattern = compileCuePattern(farPast);
const presentAgainPattern = compileCuePattern(presentAgain);
const accidentPattern = compileCuePattern(accident);
const jestPattern = compileCuePattern(jest);

function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** True when a negator in the same clause, up to four words before the cue, governs it. */
// "en" is the Finnish "I don't" but the Swedish article; a few function words tell which one a message uses.
const svWords = new Set("jag och att är inte det har med som på vill för mig int ja".split(" "));
const fiWords = new Set("minä olen on ole ei ja että kun se mutta niin enää minun minua olisi".split(" "));

function looksSwedish(norm: string): boolean {
  let sv = 0;
  let fi = 0;
  for (const w of norm.split(" ")) {
    if (svWords.has(w)) sv++;
    if (fiWords.has(w)) fi++;
  }
  return sv > fi;
}

function isNegator(word: string, swedish: boolean): boolean {
  return negators.has(word) && !(swedish && word === "en");
}

function isNegated(text: string, start: number, match: string, swedish: boolean): boolean {
  const inside = match.trim().split(" ");
  for (let k = 1; k < inside.length; k++) {
    if (isNegator(inside[k] ?? "", swedish) && !nonGoverning.has(inside[k + 1] ?? "")) return true;
  }
  const before = text
    .slice(Math.max(0, start - 80), start)
    .trim()
    .split(" ");
  const first = inside[0];
  for (let k = before.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const word = before[k] ?? "";
    if (clauseBreaks.has(word)) return false;
    if (isNegator(word, swedish)) {
      const governed = k + 1 < before.length ? before[k + 1] : first;
      if (governed === undefined || !nonGoverning.has(governed)) return true;
    }
  }
  return false;
}

interface Hit {
  sentence: number;
  start: number;
  text: string;
}

function findHits(pattern: RegExp, text: string, sentenceStarts: number[]): Hit[] {
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    let sentence = 0;
    while (sentence + 1 < sentenceStarts.length && (sentenceStarts[sentence + 1] ?? 0) <= m.index) sentence++;
    hits.push({ sentence, start: m.index + 1, text: m[0].slice(1) });
    // The match consumed its leading space; step back so the next cue may start right after it.
    pattern.lastIndex = m.index + 1;
  }
  return hits;
}

const maxReasonWords = 6;

/**
 * Judges whether a text shows a present risk to life or safety. All three languages are always
 * checked; `lang` is only a hint. Recall first: when in doubt, it is a crisis.
 */
export function assessCrisis({ text, lang }: { text: string; lang?: Lang }): CrisisAssessment {
  let norm = normalizeCrisisText({ text, lang });
  for (const pattern of neutralizerPatterns) {
    norm = norm.replace(pattern, " _");
  }
  const sentences = norm.split(" . ");
  const sentenceStarts: number[] = [];
  let offset = 0;
  for (const s of sentences) {
    sentenceStarts.push(offset);
    offset += s.length + 3;
  }
  const swedish = looksSwedish(norm);
  const framed = has(framingPattern, norm);
  const joking = has(jestPattern, norm);
  const backNow = has(presentAgainPattern, norm);
  const pastSentences = new Set(findHits(farPastPattern, norm, sentenceStarts).map((h) => h.sentence));
  const accidentSentences = new Set(findHits(accidentPattern, norm, sentenceStarts).map((h) => h.sentence));

  const scores = new Map<CrisisCategory, number>();
  const reasons: string[] = [];
  for (const { rule, parts, unless } of compiledRules) {
    if (joking && rule.figurative === true) continue;
    if (framed && rule.self !== true) continue;
    // Cheap pre-check: most rules do not match at all.
    if (!parts.every((part) => has(part, norm))) continue;
    let sentencesWithAll: Map<number, Hit> | undefined;
    for (const part of parts) {
      const usable = new Map<number, Hit>();
      for (const hit of findHits(part, norm, sentenceStarts)) {
        if (rule.negatable !== false && isNegated(norm, hit.start, hit.text, swedish)) continue;
        if (!usable.has(hit.sentence)) usable.set(hit.sentence, hit);
      }
      sentencesWithAll =
        sentencesWithAll === undefined
          ? usable
          : new Map([...sentencesWithAll].filter(([sentence]) => usable.has(sentence)));
      if (sentencesWithAll.size === 0) break;
    }
    if (sentencesWithAll === undefined || sentencesWithAll.size === 0) continue;
    const unlessSentences =
      unless === undefined
        ? new Set<number>()
        : new Set(findHits(unless, norm, sentenceStarts).map((h) => h.sentence));
    const hit = [...sentencesWithAll.values()].find(
      (h) =>
        !unlessSentences.has(h.sentence) &&
        !(pastSentences.has(h.sentence) && !backNow) &&
        !(accidentSentences.has(h.sentence) && rule.categories.includes("self-harm")),
    );
    if (hit === undefined) continue;
    for (const category of rule.categories) {
      scores.set(category, (scores.get(category) ?? 0) + rule.weight);
    }
    const cue = hit.text.trim().split(" ").slice(0, maxReasonWords).join(" ");
    reasons.push(`${rule.reason}: "${cue}"`);
  }
  const categories = crisisCategories.filter((c) => (scores.get(c) ?? 0) >= 1);
  return { crisis: categories.length > 0, categories, reasons: categories.length > 0 ? reasons : [] };
}

import { createRequire } from "node:module";
import type { Lang } from "../../platform/i18n/index";

interface Stemmer {
  stem(word: string): string;
}
// CommonJS without type declarations; a typed require keeps `any` out.
const snowball = createRequire(import.meta.url)("snowball-stemmers") as {
  newStemmer(language: string): Stemmer;
};

export const MAX_QUERY_CHARS = 500;
const MAX_TOKENS = 8;
const MAX_TOKEN_CHARS = 40;

export const ftsConfig: Record<Lang, string> = { fi: "finnish", sv: "swedish", en: "english" };

const stemmers: Record<Lang, Stemmer> = {
  fi: snowball.newStemmer("finnish"),
  sv: snowball.newStemmer("swedish"),
  en: snowball.newStemmer("english"),
};

/** Removes control and format characters (and our highlight sentinels), folds width, collapses spaces. */
export function normaliseQuery(q: string): string {
  return q
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words of the query: letters and digits only, lowercase, at most eight. */
export function queryTokens(q: string): string[] {
  const words =
    normaliseQuery(q)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length <= MAX_TOKEN_CHARS))].slice(0, MAX_TOKENS);
}

/**
 * The prefix a word's inflected forms share. Finnish inflection changes the end of the stem
 * (masennus → masennuksesta, toimeentulotuki → toimeentulotukea, velkaantuminen → velkaantumisen),
 * so the Snowball stem is shortened by two letters for long words; Swedish and English stems are used as they are.
 */
export function searchPrefix(word: string, lang: Lang): string | undefined {
  if (word.length < 3) return undefined;
  const stem = stemmers[lang].stem(word);
  if (lang !== "fi") return stem.length >= 3 ? stem : undefined;
  if (stem.length >= 7) return stem.slice(0, stem.length - 2);
  if (stem.length >= 6) return stem.slice(0, stem.length - 1);
  return stem.length >= 4 ? stem : word.length >= 4 ? word : undefined;
}

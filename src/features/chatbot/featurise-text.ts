import { createRequire } from "node:module";
import { foldNordic, normaliseText } from "./normalise-text";

interface Stemmer {
  stem(word: string): string;
}
interface SnowballStemmers {
  newStemmer(language: string): Stemmer;
}

// The package is CommonJS without type declarations; a typed require keeps the `any` out of our code.
const snowball = createRequire(import.meta.url)("snowball-stemmers") as SnowballStemmers;
const stemmers: readonly Stemmer[] = ["finnish", "swedish", "english"].map((language) =>
  snowball.newStemmer(language),
);

/** Sparse feature counts: `w` + stem of each word, `c` + character 3–5-grams of each word. */
export interface TextFeatures {
  words: Map<string, number>;
  chars: Map<string, number>;
}

interface TokenFeatures {
  stems: readonly string[];
  grams: readonly string[];
}

const tokenCache = new Map<string, TokenFeatures>();
const tokenCacheLimit = 50_000;

function add(map: Map<string, number>, key: string, weight: number): void {
  map.set(key, (map.get(key) ?? 0) + weight);
}

function featuriseToken(token: string): TokenFeatures {
  const cached = tokenCache.get(token);
  if (cached) return cached;
  // The message's language is not trusted (lang may be wrong), so every stemmer gets a say; the
  // spurious stems of the wrong languages are rare words with high IDF but match nothing.
  const stems = [...new Set(stemmers.map((stemmer) => `w${foldNordic(stemmer.stem(token))}`))];
  // Character n-grams of the whole word let a compound (asumistukihakemus) share features with its
  // parts (asumistuki, hakemus) and survive typos that break stemming.
  const padded = `<${foldNordic(token)}>`;
  const grams: string[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(`c${padded.slice(i, i + n)}`);
  }
  const features = { stems, grams };
  if (tokenCache.size >= tokenCacheLimit) tokenCache.clear();
  tokenCache.set(token, features);
  return features;
}

export function featuriseText(text: string): TextFeatures {
  const words = new Map<string, number>();
  const chars = new Map<string, number>();
  for (const token of normaliseText(text)) {
    const { stems, grams } = featuriseToken(token);
    for (const stem of stems) add(words, stem, 1 / stems.length);
    for (const gram of grams) add(chars, gram, 1);
  }
  return { words, chars };
}

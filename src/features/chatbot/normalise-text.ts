import { colloquialMap } from "./colloquial";
import { stopwords } from "./stopwords";

const keptLetters = new Set(["å", "ä", "ö"]);

/** Lower-cases and strips diacritics except å, ä and ö, which are separate letters in Finnish and Swedish. */
export function foldCase(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC").toLowerCase()) {
    out += keptLetters.has(char) ? char : char.normalize("NFD").replace(/\p{M}/gu, "");
  }
  return out;
}

/** å, ä and ö folded to a, a and o: people on foreign keyboards type "tyoton" for "työtön". */
export function foldNordic(word: string): string {
  return word.replace(/[åä]/g, "a").replace(/ö/g, "o");
}

/**
 * Text → content tokens: case and diacritics folded, hyphenated words joined (te-toimisto → tetoimisto),
 * colloquial forms mapped to standard ones, function words dropped.
 */
export function normaliseText(text: string): string[] {
  const folded = foldCase(text)
    .replace(/(\p{L})[-‐–](\p{L})/gu, "$1$2")
    .replace(/['’`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  const tokens: string[] = [];
  for (const raw of folded.split(" ")) {
    if (raw.length === 0) continue;
    const mapped = colloquialMap[raw] ?? raw;
    for (const token of mapped.split(" ")) {
      if (!stopwords.has(token) && (token.length > 1 || /\d/.test(token))) tokens.push(token);
    }
  }
  return tokens;
}

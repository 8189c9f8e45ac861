import type { Lang } from "../i18n/lang";

// Colloquial and texting forms mapped to the standard form the rules are written against.
const tokenMap: Record<string, string> = {
  // Finnish spoken forms
  mä: "minä",
  mää: "minä",
  mie: "minä",
  mun: "minun",
  miun: "minun",
  mua: "minua",
  miuta: "minua",
  mul: "minulla",
  mulla: "minulla",
  miulla: "minulla",
  mulle: "minulle",
  miulle: "minulle",
  multa: "minulta",
  sä: "sinä",
  sää: "sinä",
  sie: "sinä",
  sun: "sinun",
  sua: "sinua",
  oon: "olen",
  oot: "olet",
  oo: "ole",
  ois: "olisi",
  oisin: "olisin",
  haluun: "haluan",
  haluisin: "haluaisin",
  haluis: "haluaisi",
  haluu: "haluaa",
  tää: "tämä",
  tän: "tämän",
  ku: "kun",
  kaa: "kanssa",
  jotai: "jotain",
  mitää: "mitään",
  tänää: "tänään",
  enään: "enää",
  // Finland-Swedish and Swedish texting forms
  int: "inte",
  mej: "mig",
  dej: "dig",
  sej: "sig",
  nån: "någon",
  nåt: "något",
  mera: "mer",
  // English texting forms and contractions without apostrophes
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  cant: "can not",
  cannot: "can not",
  wont: "will not",
  isnt: "is not",
  arent: "are not",
  wasnt: "was not",
  werent: "were not",
  havent: "have not",
  hasnt: "has not",
  hadnt: "had not",
  wouldnt: "would not",
  shouldnt: "should not",
  couldnt: "could not",
  aint: "am not",
  im: "i am",
  ive: "i have",
  youre: "you are",
  theyre: "they are",
  hes: "he is",
  shes: "she is",
  its: "it is",
  thats: "that is",
  theres: "there is",
  whats: "what is",
  theyd: "they would",
  wanna: "want to",
  gonna: "going to",
  gotta: "got to",
  u: "you",
  ur: "your",
  kms: "kill myself",
  kys: "kill yourself",
  idk: "i do not know",
  rn: "right now",
  tn: "tonight",
  tonite: "tonight",
  "2nite": "tonight",
  cuz: "because",
  coz: "because",
  bc: "because",
  ppl: "people",
};

// Swedish verbs after which "ja" is the colloquial "jag" and not the Finnish "ja" (and).
const svVerbsAfterJa = new Set(
  "orkar vill kan har är e ska tänker mår vet hatar skadar skär tog tar försökte står önskar känner ville skulle behöver funderar klarar gråter sover hör ser bor".split(
    " ",
  ),
);
const svPronouns = new Set(["he", "de", "det", "jag", "livet", "allt", "han", "hon"]);

/**
 * Turns a message into space-separated lower-case tokens with "." for sentence and "," for clause
 * breaks, so rules can be written against one standard spelling. Keeps å ä ö.
 */
export function normalizeCrisisText({ text, lang }: { text: string; lang?: Lang }): string {
  let t = text.normalize("NFC").toLowerCase();
  t = t.replace(/[\u{1F602}\u{1F923}]/gu, " haha ");
  t = t.replace(/[’‘`´]/g, "'");
  t = t.replace(/\bcan't\b/g, "can not").replace(/\bwon't\b/g, "will not");
  t = t.replace(/n't\b/g, " not").replace(/'m\b/g, " am").replace(/'re\b/g, " are");
  t = t.replace(/'ve\b/g, " have").replace(/'ll\b/g, " will").replace(/'d\b/g, " would");
  t = t.replace(/'/g, "");
  // Compounds written with a hyphen ("itsemurha-ajatuksia") are one word in the rules.
  t = t.replace(/(\p{L})-(?=\p{L})/gu, "$1");
  t = t.replace(/[.!?\n\r]+/g, " . ");
  t = t.replace(/[,;:()[\]{}"–—/]+/g, " , ");
  t = t.replace(/[^\p{L}\p{N} .,]+/gu, " ");
  // "haluuuun" -> "haluun": three or more of a letter are shouting, two can be Finnish spelling.
  t = t.replace(/(\p{L})\1{2,}/gu, "$1$1");
  const raw = t.split(" ").filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let w = raw[i] ?? "";
    const next = raw[i + 1] ?? "";
    const prev = out[out.length - 1] ?? "";
    if (w === "ja" && (svVerbsAfterJa.has(next) || (lang === "sv" && next !== "" && !/^\p{N}/u.test(next)))) {
      w = "jag";
    } else if (w === "he" && (next === "e" || next === "är")) {
      w = "det";
    } else if (w === "e" && svPronouns.has(prev)) {
      w = "är";
    } else if (/^itt?e(?!r)/.test(w) && !w.startsWith("itse")) {
      // Finnish "itte", "itteäni", "itelleni" -> "itse...".
      w = w.replace(/^itt?e/, "itse");
    } else {
      w = tokenMap[w] ?? w;
    }
    out.push(w);
  }
  return ` ${out.join(" ")} `;
}

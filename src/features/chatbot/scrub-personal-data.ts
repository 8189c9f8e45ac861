/** Capitalised words that name institutions, not people; kept so editors still see what was asked about. */
const keepWords = new Set([
  "Kela",
  "Kelan",
  "Kelalta",
  "Kelaan",
  "Kelassa",
  "Ohjaamo",
  "Finland",
  "Finnish",
  "Swedish",
  "English",
  "Suomi",
  "Suomessa",
]);

/**
 * Removes what could identify a person from a question before an editor may see it: Finnish personal
 * identity codes, phone numbers, e-mail addresses, web addresses and capitalised name patterns. Recall first:
 * a few ordinary words lost is a small price for never keeping a name.
 */
export function scrubPersonalData(text: string): string {
  return (
    text
      // Henkilötunnus: DDMMYY, century sign (+ - A–F U–Y), three digits, check character.
      .replace(/\b\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]\b/g, "[hetu]")
      .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, "[email]")
      .replace(/\bhttps?:\/\/\S+/gi, "[url]")
      // Phone numbers: +358 or 0 followed by 6–12 digits with spaces or dashes; also any long digit run.
      .replace(/(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?(?:[\s-]?\d){5,10}\b/g, "[phone]")
      .replace(/\b\d{7,}\b/g, "[number]")
      // Names: a capitalised word after a naming phrase, and runs of two or more capitalised words.
      .replace(/\p{Lu}\p{Ll}[\p{Ll}'-]*(?:\s+\p{Lu}\p{Ll}[\p{Ll}'-]*)+/gu, (words) =>
        words.split(/\s+/).some((w) => keepWords.has(w)) ? words : "[name]",
      )
      // A capitalised word that does not start a sentence is likely a name (Finnish and Swedish do not
      // capitalise common nouns); a name at the start of a sentence is caught after a naming phrase.
      .replace(/([^.!?\s]\s+)(\p{Lu}\p{Ll}[\p{Ll}'-]*)/gu, (_all, before: string, word: string) =>
        keepWords.has(word) ? before + word : `${before}[name]`,
      )
      .replace(/^(\s*)\p{Lu}\p{Ll}[\p{Ll}'-]*(?=\s+(?:tässä|täällä|here|här)(?!\p{L}))/giu, "$1[name]")
  );
}

import { IntlMessageFormat } from "intl-messageformat";
import type { Lang } from "./lang";
import { en, type Catalogue, type MessageKey } from "./messages/en";
import { fi } from "./messages/fi";
import { sv } from "./messages/sv";

export const catalogues: Record<Lang, Catalogue> = { fi, sv, en };
const cache = new Map<string, IntlMessageFormat>();

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** ICU MessageFormat, so plurals and numbers follow each language's own rules. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const source = catalogues[lang][key];
  if (!params) return source;
  const id = `${lang}\u0000${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new IntlMessageFormat(source, lang);
    cache.set(id, format);
  }
  return String(format.format(params));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

export type { MessageKey };

import { z } from "zod";

/** The three languages every text of Luukku exists in. */
export const langs = ["fi", "sv", "en"] as const;
export const langSchema = z.enum(langs);
export type Lang = z.infer<typeof langSchema>;

/** A text in each of the three languages. */
export type Localized<T = string> = Record<Lang, T>;

const langSet: ReadonlySet<unknown> = new Set(langs);

/** A plain set lookup: this runs on most requests, where a zod parse would cost far more. */
export function isLang(value: unknown): value is Lang {
  return langSet.has(value);
}

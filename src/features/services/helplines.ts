import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Lang, Localized } from "../../platform/i18n/lang";
import { helplineTranslations } from "./helpline-translations";
import { parseCsv } from "./parse-csv";

const HELPLINES_CSV = new URL("../../../seed/helplines.csv", import.meta.url);

const optional = z.string().transform((s) => (s.trim() === "" ? undefined : s.trim()));
const list = z.string().transform((s) =>
  s
    .split(";")
    .map((x) => x.trim())
    .filter((x) => x !== ""),
);

/** One row of `seed/helplines.csv`; an empty cell means "not found", not "none". */
export const helplineRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_fi: z.string().min(1),
  name_sv: optional,
  name_en: optional,
  organisation: z.string(),
  phone: optional.pipe(
    z
      .string()
      .regex(/^[0-9 ]+$/, "phone must be digits and spaces")
      .optional(),
  ),
  chat_url: optional.pipe(z.url().optional()),
  web_url: optional.pipe(z.url().optional()),
  hours_fi: optional,
  audience: optional,
  topics: list,
  languages: list,
  source: z.string(),
});
export type HelplineRow = z.infer<typeof helplineRowSchema>;

export interface Helpline {
  id: string;
  names: Localized;
  organisation: string;
  phone?: string;
  /** `tel:` link target: national short numbers as they are, others in +358 form. */
  tel?: string;
  chatUrl?: string;
  webUrl?: string;
  /** Display hours in each language (our translation of `hours_fi`). */
  hours?: Localized;
  /** The hours as written in the CSV, with its source notes. */
  hoursFi?: string;
  audience?: string;
  topics: string[];
  languages: string[];
}

export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.startsWith("0") ? `tel:+358${digits.slice(1)}` : `tel:${digits}`;
}

/** Rows that name no real service, or give nothing to contact it by, are never shown. */
function isShowable(row: HelplineRow): boolean {
  if (row.source.includes("NOT FOUND")) return false;
  return row.phone !== undefined || row.chat_url !== undefined || row.web_url !== undefined;
}

function toHelpline(row: HelplineRow): Helpline {
  const t = helplineTranslations[row.id];
  const names: Localized = {
    fi: row.name_fi,
    sv: row.name_sv ?? t?.name?.sv ?? row.name_fi,
    en: row.name_en ?? t?.name?.en ?? row.name_fi,
  };
  const hours: Localized | undefined =
    t?.hours ?? (row.hours_fi ? { fi: row.hours_fi, sv: row.hours_fi, en: row.hours_fi } : undefined);
  return {
    id: row.id,
    names,
    organisation: row.organisation,
    ...(row.phone ? { phone: row.phone, tel: telHref(row.phone) } : {}),
    ...(row.chat_url ? { chatUrl: row.chat_url } : {}),
    ...(row.web_url ? { webUrl: row.web_url } : {}),
    ...(hours ? { hours } : {}),
    ...(row.hours_fi ? { hoursFi: row.hours_fi } : {}),
    ...(row.audience ? { audience: row.audience } : {}),
    topics: row.topics,
    languages: row.languages,
  };
}

export function parseHelplines({ csv }: { csv: string }): Helpline[] {
  const rows = parseCsv(csv).map((record, i) => {
    const parsed = helplineRowSchema.safeParse(record);
    if (!parsed.success) throw new Error(`helplines.csv row ${i + 2}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  return rows.filter(isShowable).map(toHelpline);
}

let cached: Helpline[] | undefined;

/** The national helplines from `seed/helplines.csv`, parsed once. */
export function loadHelplines({ csv }: { csv?: string } = {}): Helpline[] {
  if (csv !== undefined) return parseHelplines({ csv });
  cached ??= parseHelplines({ csv: readFileSync(HELPLINES_CSV, "utf8") });
  return cached;
}

export interface CrisisContact {
  id: string;
  name: string;
  organisation: string;
  phone?: string;
  tel?: string;
  chatUrl?: string;
  webUrl?: string;
  hours?: string;
}

/** Which lines to show on a page in each language, in order. The Finnish MIELI line is 24/7, the others are not. */
const crisisOrder: Record<Lang, readonly string[]> = {
  fi: [
    "emergency-112",
    "mieli-kriisipuhelin-fi",
    "sosiaali-ja-kriisipaivystys",
    "mll-lasten-ja-nuorten-puhelin",
    "nollalinja",
  ],
  sv: [
    "emergency-112",
    "mieli-kriisipuhelin-sv",
    "mieli-kriisipuhelin-fi",
    "sosiaali-ja-kriisipaivystys",
    "mll-lasten-ja-nuorten-puhelin-sv",
    "mll-lasten-ja-nuorten-puhelin",
    "nollalinja",
  ],
  en: [
    "emergency-112",
    "mieli-crisis-helpline-en",
    "mieli-kriisipuhelin-fi",
    "sosiaali-ja-kriisipaivystys",
    "mll-lasten-ja-nuorten-puhelin",
    "nollalinja",
  ],
};

/** The crisis contacts for a page language, in the order they are shown; lines missing from the data are skipped. */
export function crisisContacts({
  lang,
  helplines,
}: {
  lang: Lang;
  helplines: readonly Helpline[];
}): CrisisContact[] {
  return crisisOrder[lang].flatMap((id) => {
    const h = helplines.find((x) => x.id === id);
    if (!h) return [];
    return [
      {
        id: h.id,
        name: h.names[lang],
        organisation: h.organisation,
        ...(h.phone ? { phone: h.phone } : {}),
        ...(h.tel ? { tel: h.tel } : {}),
        ...(h.chatUrl ? { chatUrl: h.chatUrl } : {}),
        ...(h.webUrl ? { webUrl: h.webUrl } : {}),
        ...(h.hours ? { hours: h.hours[lang] } : {}),
      },
    ];
  });
}

import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Localized } from "../../platform/i18n/lang";
import { parseCsv } from "./parse-csv";

const MUNICIPALITIES_CSV = new URL("../../../seed/municipalities.csv", import.meta.url);
const COUNTIES_CSV = new URL("../../../seed/wellbeing-services-counties.csv", import.meta.url);

/** County ids: the 21 wellbeing services counties, `HEL` (City of Helsinki) and `AX` (Åland). */
export const countyIdSchema = z.string().regex(/^[A-Z]{2,3}$/);
export const municipalityCodeSchema = z.string().regex(/^\d{3}$/, "municipality code is three digits");

const count = z.string().regex(/^\d+$/).transform(Number);

export const municipalityRowSchema = z.object({
  municipality_code: municipalityCodeSchema,
  name_fi: z.string().min(1),
  name_sv: z.string().min(1),
  county_id: countyIdSchema,
  population_2020: count,
});

export const countyRowSchema = z.object({
  county_id: countyIdSchema,
  name_fi: z.string().min(1),
  name_sv: z.string().min(1),
  short_name_fi: z.string().min(1),
  short_name_sv: z.string().min(1),
  population_2020: count,
});

export interface Municipality {
  code: string;
  /** Finnish and Swedish are the official names; English pages use the Finnish one. */
  names: Localized;
  countyId: string;
  population: number;
}

export interface County {
  id: string;
  names: Localized;
  shortNames: Localized;
  population: number;
}

function parseRows<T extends z.ZodType>(schema: T, csv: string, file: string): z.infer<T>[] {
  return parseCsv(csv).map((record, i) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) throw new Error(`${file} row ${i + 2}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

let municipalities: Municipality[] | undefined;
let counties: County[] | undefined;

export function loadMunicipalities({ csv }: { csv?: string } = {}): Municipality[] {
  const parse = (text: string): Municipality[] =>
    parseRows(municipalityRowSchema, text, "municipalities.csv").map((r) => ({
      code: r.municipality_code,
      names: { fi: r.name_fi, sv: r.name_sv, en: r.name_fi },
      countyId: r.county_id,
      population: r.population_2020,
    }));
  if (csv !== undefined) return parse(csv);
  municipalities ??= parse(readFileSync(MUNICIPALITIES_CSV, "utf8"));
  return municipalities;
}

// English has no settled names for most counties; these are the exceptions.
const englishShortNames: Record<string, string> = { AX: "Åland", VK: "Vantaa and Kerava" };
const englishNames: Record<string, string> = { AX: "Åland", HEL: "City of Helsinki" };

export function loadCounties({ csv }: { csv?: string } = {}): County[] {
  const parse = (text: string): County[] =>
    parseRows(countyRowSchema, text, "wellbeing-services-counties.csv").map((r) => {
      const shortEn = englishShortNames[r.county_id] ?? r.short_name_fi;
      return {
        id: r.county_id,
        names: {
          fi: r.name_fi,
          sv: r.name_sv,
          en: englishNames[r.county_id] ?? `${shortEn} wellbeing services county`,
        },
        shortNames: { fi: r.short_name_fi, sv: r.short_name_sv, en: shortEn },
        population: r.population_2020,
      };
    });
  if (csv !== undefined) return parse(csv);
  counties ??= parse(readFileSync(COUNTIES_CSV, "utf8"));
  return counties;
}

import { sql as dsql } from "drizzle-orm";
import { counties, municipalities, type Database } from "../../platform/db/index";
import { loadCounties, loadMunicipalities } from "./load-municipalities";

/** Loads the counties and municipalities from the seed CSVs; safe to run at every start. */
export async function seedReferenceData(options: {
  database: Database;
}): Promise<{ counties: number; municipalities: number }> {
  const { db } = options.database;
  const countyRows = loadCounties().map((c) => ({
    id: c.id,
    nameFi: c.names.fi,
    nameSv: c.names.sv,
    shortNameFi: c.shortNames.fi,
    shortNameSv: c.shortNames.sv,
    population: c.population,
  }));
  const municipalityRows = loadMunicipalities().map((m) => ({
    code: m.code,
    nameFi: m.names.fi,
    nameSv: m.names.sv,
    countyId: m.countyId,
    population: m.population,
  }));
  await db.transaction(async (tx) => {
    await tx
      .insert(counties)
      .values(countyRows)
      .onConflictDoUpdate({
        target: counties.id,
        set: {
          nameFi: dsql`excluded.name_fi`,
          nameSv: dsql`excluded.name_sv`,
          shortNameFi: dsql`excluded.short_name_fi`,
          shortNameSv: dsql`excluded.short_name_sv`,
          population: dsql`excluded.population`,
        },
      });
    await tx
      .insert(municipalities)
      .values(municipalityRows)
      .onConflictDoUpdate({
        target: municipalities.code,
        set: {
          nameFi: dsql`excluded.name_fi`,
          nameSv: dsql`excluded.name_sv`,
          countyId: dsql`excluded.county_id`,
          population: dsql`excluded.population`,
        },
      });
  });
  return { counties: countyRows.length, municipalities: municipalityRows.length };
}

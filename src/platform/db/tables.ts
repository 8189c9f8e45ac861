import { integer, pgTable, text, timestamp, uuid, jsonb } from "drizzle-orm/pg-core";

export const counties = pgTable("counties", {
  id: text("id").primaryKey(),
  nameFi: text("name_fi").notNull(),
  nameSv: text("name_sv").notNull(),
  shortNameFi: text("short_name_fi").notNull(),
  shortNameSv: text("short_name_sv").notNull(),
  population: integer("population").notNull(),
});

export const municipalities = pgTable("municipalities", {
  code: text("code").primaryKey(),
  nameFi: text("name_fi").notNull(),
  nameSv: text("name_sv").notNull(),
  countyId: text("county_id")
    .notNull()
    .references(() => counties.id),
  population: integer("population").notNull(),
});

/** A tenant: a wellbeing services county, a city or an NGO that runs services on Luukku. */
export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  countyId: text("county_id").references(() => counties.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Small facts about this installation, e.g. which seed steps have run. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { parse } from "yaml";
import { z } from "zod";
import { organisations, type Database } from "../../platform/db/index";
import { langSchema } from "../../platform/i18n/index";
import { questionServices, questionTemplates } from "./tables";

const localized = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) });

export const demoQuestionContentSchema = z.object({
  organisation: z.object({ slug: z.string().min(1), name: z.string().min(1), county: z.string().min(2) }),
  services: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: localized,
      description: localized,
      topics: z.array(z.string()),
      languages: z.array(langSchema).min(1),
      professions: z.array(z.string()),
      answerWithinWorkingDays: z.number().int().min(1).max(30),
      voucherRequired: z.boolean(),
      followUpLimit: z.number().int().min(0).max(20),
      retentionDays: z.number().int().min(1).max(365),
    }),
  ),
  templates: z.array(z.object({ lang: langSchema, title: z.string().min(1), body: z.string().min(1) })),
});

const CONTENT = path.resolve(import.meta.dirname, "../../../content/questions/demo-services.yaml");

/** Demo question services and answer templates for the demo organisation; safe to run at every start. */
export async function seedQuestionServices(options: { database: Database; file?: string }): Promise<void> {
  const content = demoQuestionContentSchema.parse(parse(fs.readFileSync(options.file ?? CONTENT, "utf8")));
  const { db } = options.database;
  await db
    .insert(organisations)
    .values({
      slug: content.organisation.slug,
      name: content.organisation.name,
      countyId: content.organisation.county,
    })
    .onConflictDoNothing();
  const [org] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, content.organisation.slug));
  if (!org) return;
  for (const service of content.services) {
    await db
      .insert(questionServices)
      .values({ orgId: org.id, ...service })
      .onConflictDoNothing();
  }
  for (const template of content.templates) {
    const [existing] = await db
      .select({ id: questionTemplates.id })
      .from(questionTemplates)
      .where(
        and(
          eq(questionTemplates.orgId, org.id),
          eq(questionTemplates.lang, template.lang),
          eq(questionTemplates.title, template.title),
        ),
      );
    if (!existing) await db.insert(questionTemplates).values({ orgId: org.id, ...template });
  }
}

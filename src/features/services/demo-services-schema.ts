import { z } from "zod";
import { countyIdSchema, municipalityCodeSchema } from "./load-municipalities";
import { openingHoursSchema } from "./opening-hours";

/** The navigator's worry ids; a service lists the worries it helps with. */
export const worryIds = [
  "mood",
  "anxiety",
  "sleep",
  "stress",
  "loneliness",
  "substances",
  "gambling",
  "money",
  "housing",
  "work",
  "relationships",
  "violence",
  "parenting",
  "child-concern",
  "caring",
  "other",
] as const;
export const worryIdSchema = z.enum(worryIds);
export type WorryId = z.infer<typeof worryIdSchema>;

export const channelTypes = ["phone", "chat", "walk-in", "online"] as const;
export const channelTypeSchema = z.enum(channelTypes);
export type ChannelType = z.infer<typeof channelTypeSchema>;

export const serviceKinds = [
  "low-threshold-walk-in",
  "social-counselling",
  "mental-health-nurse",
  "family-counselling",
  "youth-guidance",
  "debt-advice",
  "crisis-centre",
] as const;
export const serviceKindSchema = z.enum(serviceKinds);

const localized = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) }).strict();

export const channelSchema = z
  .object({
    type: channelTypeSchema,
    /** Only real, checked numbers; demo services never have one. */
    phone: z
      .string()
      .regex(/^[0-9 +]+$/)
      .optional(),
    url: z.url().optional(),
    /** Where to walk in, or how the channel works, in each language. */
    note: localized.optional(),
  })
  .strict();
export type Channel = z.infer<typeof channelSchema>;

/** Help levels 1–6 as in ARCHITECTURE.md (1 information … 6 urgent help now). */
export const helpLevelSchema = z.number().int().min(1).max(6);

export const serviceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    demo: z.boolean(),
    kind: serviceKindSchema,
    county: countyIdSchema,
    /** `county`: every municipality of the county; otherwise a list of municipality codes. */
    serves: z.union([z.literal("county"), z.array(municipalityCodeSchema).min(1)]),
    organisation: localized,
    name: localized,
    description: localized,
    channels: z.array(channelSchema).min(1),
    /** Languages the service works in (ISO 639-1), not only the languages of this text. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    topics: z.array(worryIdSchema).min(1),
    helpLevel: helpLevelSchema,
    openingHours: openingHoursSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.demo) return;
    if (s.channels.some((c) => c.phone !== undefined)) {
      ctx.addIssue({ code: "custom", message: "demo services carry no phone numbers", path: ["channels"] });
    }
    for (const lang of ["fi", "sv", "en"] as const) {
      if (!/demo/i.test(s.name[lang]) || !/demo/i.test(s.description[lang])) {
        ctx.addIssue({
          code: "custom",
          message: `demo service must say so in its ${lang} name and description`,
        });
      }
    }
  });
export type Service = z.infer<typeof serviceSchema>;

export const demoServicesFileSchema = z
  .object({
    /** Shared YAML anchors (opening hours) live here; the loader ignores them. */
    "x-hours": z.record(z.string(), z.unknown()).optional(),
    services: z.array(serviceSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.services.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: "custom", message: `duplicate id ${s.id}`, path: ["services", i, "id"] });
      seen.add(s.id);
    });
  });
export type DemoServicesFile = z.infer<typeof demoServicesFileSchema>;

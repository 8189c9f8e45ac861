import { z } from "zod";
import { hubIds } from "./hubs";

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Front matter of `content/<lang>/articles/<id>.md` (see content/README.md). */
export const articleFrontMatterSchema = z
  .object({
    id: slugSchema,
    slug: slugSchema,
    hub: z.enum(hubIds),
    title: z.string().min(1).max(70),
    description: z.string().min(50).max(200),
    summary: z.string().min(1),
    keywords: z.array(z.string().min(1)).default([]),
    questionnaires: z.array(z.string()).default([]),
    programs: z.array(slugSchema).default([]),
    related: z.array(slugSchema).default([]),
    author: z.string().min(1),
    // YAML turns an unquoted 2026-11-01 into a Date; keep the calendar day either way.
    reviewed: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.iso.date()]),
  })
  .strict();
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

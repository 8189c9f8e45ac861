import { z } from "zod";
import { langSchema } from "../../platform/i18n/lang";

/** The instruments Luukku offers, in the order of the scoring table in questionnaires.md. */
export const questionnaireSlugs = ["phq-9", "gad-7", "audit-c", "audit", "who-5"] as const;
export const questionnaireSlugSchema = z.enum(questionnaireSlugs);
export type QuestionnaireSlug = z.infer<typeof questionnaireSlugSchema>;

const perLang = <T extends z.ZodType>(value: T) => z.partialRecord(langSchema, value);

export const instrumentAnswerOptionSchema = z.object({
  value: z.int().min(0),
  label: z.string().min(1),
});
export type InstrumentAnswerOption = z.infer<typeof instrumentAnswerOptionSchema>;

export const instrumentItemSchema = z.object({
  linkId: z.string().regex(/^[a-z0-9-]+$/),
  loinc: z.string().optional(),
  // false: the code was seen only in unattributed code, so it is not published in FHIR.
  loincVerified: z.boolean().optional(),
  scored: z.boolean().optional(),
  text: perLang(z.string().min(1)),
  textSource: perLang(z.string().min(1)),
  // AUDIT and AUDIT-C carry their options per item; the others share the instrument's scale.
  answerOptions: perLang(z.array(instrumentAnswerOptionSchema).min(2)).optional(),
  answerOptionsSource: perLang(z.string().min(1)).optional(),
});
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

export const instrumentSourceSchema = z.object({
  id: z.string().min(1),
  type: z.enum(["github", "page"]),
  repository: z.string().optional(),
  path: z.string().optional(),
  commit: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
  languages: z.array(langSchema),
  covers: z.string(),
});
export type InstrumentSource = z.infer<typeof instrumentSourceSchema>;

/** One file in `instruments/`: official wording with the source of every text (see instruments/README.md). */
export const instrumentSchema = z.object({
  slug: questionnaireSlugSchema,
  loinc: z.string().nullable(),
  loincNote: z.string().optional(),
  name: perLang(z.string().min(1)).refine((names) => names.en !== undefined, "an English name is required"),
  instructions: perLang(
    z.object({ text: z.string().min(1), source: z.string().min(1), note: z.string().optional() }),
  ),
  answerOptions: perLang(z.array(instrumentAnswerOptionSchema).min(2)),
  answerOptionsSource: perLang(z.string().min(1)).optional(),
  answerOptionsNote: z.string().optional(),
  items: z.array(instrumentItemSchema).min(1),
  supplementaryItems: z.array(instrumentItemSchema).optional(),
  missing: perLang(z.string()).optional(),
  notes: z.array(z.string()).optional(),
  license: z.object({ status: z.string().min(1), evidence: z.array(z.string()) }),
  sources: z.array(instrumentSourceSchema).min(1),
});
export type Instrument = z.infer<typeof instrumentSchema>;

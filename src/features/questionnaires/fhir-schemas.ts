import { z } from "zod";

/** The parts of FHIR R4 that Luukku uses, written by hand; only the fields we fill are modelled. */

export const loincSystem = "http://loinc.org";
/** R4 core extension carrying an answer's score (itemWeight). */
export const ordinalValueUrl = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

const fhirId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const fhirCode = z.string().regex(/^[^\s]+(\s[^\s]+)*$/);

export const fhirCodingSchema = z.object({
  system: z.string().min(1).optional(),
  code: fhirCode,
  display: z.string().min(1).optional(),
});
export type FhirCoding = z.infer<typeof fhirCodingSchema>;

export const fhirExtensionSchema = z
  .object({
    url: z.string().min(1),
    valueDecimal: z.number().optional(),
    valueInteger: z.int().optional(),
    valueCode: fhirCode.optional(),
    valueString: z.string().optional(),
  })
  .refine(
    (e) =>
      [e.valueDecimal, e.valueInteger, e.valueCode, e.valueString].filter((v) => v !== undefined).length ===
      1,
    "an extension has exactly one value[x]",
  );
export type FhirExtension = z.infer<typeof fhirExtensionSchema>;

export const fhirAnswerOptionSchema = z
  .object({
    valueCoding: fhirCodingSchema.optional(),
    valueInteger: z.int().optional(),
    valueString: z.string().min(1).optional(),
    extension: z.array(fhirExtensionSchema).optional(),
  })
  .refine(
    (o) => [o.valueCoding, o.valueInteger, o.valueString].filter((v) => v !== undefined).length === 1,
    "an answer option has exactly one value[x]",
  );
export type FhirAnswerOption = z.infer<typeof fhirAnswerOptionSchema>;

/** The item types the form engine renders (R4 Questionnaire.item.type, a subset). */
export const fhirItemTypes = ["display", "choice", "integer", "boolean", "string"] as const;
export type FhirItemType = (typeof fhirItemTypes)[number];

export const enableWhenOperators = ["exists", "=", "!=", ">", "<", ">=", "<="] as const;
export type EnableWhenOperator = (typeof enableWhenOperators)[number];

export const fhirEnableWhenSchema = z
  .object({
    question: z.string().min(1),
    operator: z.enum(enableWhenOperators),
    answerBoolean: z.boolean().optional(),
    answerInteger: z.int().optional(),
    answerString: z.string().optional(),
    answerCoding: fhirCodingSchema.optional(),
  })
  // que-7: exists takes a boolean; the other operators compare with one typed answer.
  .refine(
    (e) =>
      [e.answerBoolean, e.answerInteger, e.answerString, e.answerCoding].filter((v) => v !== undefined)
        .length === 1 &&
      (e.operator !== "exists" || e.answerBoolean !== undefined),
    "enableWhen has exactly one answer[x], a boolean for exists",
  );
export type FhirEnableWhen = z.infer<typeof fhirEnableWhenSchema>;

/** R4 core extensions carrying an integer item's bounds. */
export const minValueUrl = "http://hl7.org/fhir/StructureDefinition/minValue";
export const maxValueUrl = "http://hl7.org/fhir/StructureDefinition/maxValue";

export const fhirQuestionnaireItemSchema = z
  .object({
    linkId: z.string().min(1).max(255),
    text: z.string().min(1),
    type: z.enum(fhirItemTypes),
    required: z.boolean().optional(),
    readOnly: z.boolean().optional(),
    maxLength: z.int().min(1).optional(),
    code: z.array(fhirCodingSchema).min(1).optional(),
    enableWhen: z.array(fhirEnableWhenSchema).min(1).optional(),
    enableBehavior: z.enum(["all", "any"]).optional(),
    extension: z.array(fhirExtensionSchema).optional(),
    answerOption: z.array(fhirAnswerOptionSchema).min(1).optional(),
  })
  // que-6 (display items are neither required nor answered) and choice items need their options.
  .refine(
    (item) => item.type !== "display" || (item.required === undefined && item.answerOption === undefined),
    {
      message: "display items have no required flag or answer options",
    },
  )
  .refine((item) => item.type !== "choice" || item.answerOption !== undefined, {
    message: "choice items need answer options",
  })
  // que-12: more than one condition needs enableBehavior.
  .refine((item) => (item.enableWhen?.length ?? 0) < 2 || item.enableBehavior !== undefined, {
    message: "enableBehavior is required with more than one enableWhen",
  })
  // que-10: maxLength only on string items (of the types we use).
  .refine((item) => item.maxLength === undefined || item.type === "string", {
    message: "maxLength only on string items",
  });
export type FhirQuestionnaireItem = z.infer<typeof fhirQuestionnaireItemSchema>;

export const fhirQuestionnaireSchema = z
  .object({
    resourceType: z.literal("Questionnaire"),
    id: fhirId,
    url: z.string().min(1),
    // inv que-0: name is computer-friendly
    name: z.string().regex(/^[A-Z]([A-Za-z0-9_]){0,254}$/),
    title: z.string().min(1),
    status: z.enum(["draft", "active", "retired", "unknown"]),
    language: z.string().regex(/^[a-z]{2}$/),
    subjectType: z.array(z.string()).optional(),
    publisher: z.string().optional(),
    description: z.string().optional(),
    copyright: z.string().optional(),
    code: z.array(fhirCodingSchema).min(1).optional(),
    item: z.array(fhirQuestionnaireItemSchema).min(1),
  })
  .refine((q) => new Set(q.item.map((i) => i.linkId)).size === q.item.length, {
    message: "linkIds are unique",
  });
export type FhirQuestionnaire = z.infer<typeof fhirQuestionnaireSchema>;

export const fhirQuestionnaireResponseItemSchema = z.object({
  linkId: z.string().min(1),
  text: z.string().optional(),
  answer: z.array(z.object({ valueCoding: fhirCodingSchema })).min(1),
});
export type FhirQuestionnaireResponseItem = z.infer<typeof fhirQuestionnaireResponseItemSchema>;

export const fhirQuestionnaireResponseSchema = z.object({
  resourceType: z.literal("QuestionnaireResponse"),
  questionnaire: z.string().min(1),
  status: z.enum(["in-progress", "completed", "amended", "entered-in-error", "stopped"]),
  language: z.string().regex(/^[a-z]{2}$/),
  authored: z.string().optional(),
  extension: z.array(fhirExtensionSchema).optional(),
  item: z.array(fhirQuestionnaireResponseItemSchema).min(1),
});
export type FhirQuestionnaireResponse = z.infer<typeof fhirQuestionnaireResponseSchema>;

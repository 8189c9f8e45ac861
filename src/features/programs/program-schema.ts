import { z } from "zod";

/** Stable ids (same in every language): lowercase kebab-case. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase kebab-case id");
/** URL slugs are per language but ascii only (ä→a, ö→o, å→a). */
export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ascii slug: a-z, 0-9 and hyphens");
const labelSchema = z.string().trim().min(1).max(200);
const markdownSchema = z.string().trim().min(1);

/** Hard cap for any free text an answer may hold. */
export const MAX_TEXT_LENGTH = 4000;
export const RATING_MIN = 0;
export const RATING_MAX = 10;
export const INTENSITY_MIN = 0;
export const INTENSITY_MAX = 100;

const labelledItemSchema = z.strictObject({ id: idSchema, label: labelSchema });
export type LabelledItem = z.infer<typeof labelledItemSchema>;

const exerciseBase = {
  id: idSchema,
  title: labelSchema,
  /** Short Markdown instructions shown above the exercise. */
  intro: markdownSchema.optional(),
};

function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: "custom",
        path: [what, index, "id"],
        message: `duplicate ${what} id "${item.id}"`,
      });
    }
    seen.add(item.id);
  });
}

export const worksheetExerciseSchema = z
  .strictObject({
    ...exerciseBase,
    type: z.literal("worksheet"),
    prompts: z
      .array(z.strictObject({ id: idSchema, label: labelSchema, help: z.string().trim().min(1).optional() }))
      .min(1),
    maxLength: z.int().min(1).max(MAX_TEXT_LENGTH),
  })
  .superRefine((e, ctx) => {
    uniqueIds(e.prompts, ctx, "prompts");
  });

export const checklistExerciseSchema = z
  .strictObject({ ...exerciseBase, type: z.literal("checklist"), items: z.array(labelledItemSchema).min(1) })
  .superRefine((e, ctx) => {
    uniqueIds(e.items, ctx, "items");
  });

export const ratingScaleSchema = z
  .strictObject({
    id: idSchema,
    label: labelSchema,
    min: z.int().min(RATING_MIN).max(RATING_MAX).default(RATING_MIN),
    max: z.int().min(RATING_MIN).max(RATING_MAX).default(RATING_MAX),
    minLabel: labelSchema,
    maxLabel: labelSchema,
  })
  .refine((s) => s.min < s.max, { message: "min must be below max", path: ["max"] });
export type RatingScale = z.infer<typeof ratingScaleSchema>;

export const ratingExerciseSchema = z
  .strictObject({ ...exerciseBase, type: z.literal("rating"), scales: z.array(ratingScaleSchema).min(1) })
  .superRefine((e, ctx) => {
    uniqueIds(e.scales, ctx, "scales");
  });

export const activityPlannerExerciseSchema = z
  .strictObject({
    ...exerciseBase,
    type: z.literal("activity-planner"),
    days: z.array(labelledItemSchema).min(1).max(7),
    slots: z.array(labelledItemSchema).min(1).max(6),
    suggestions: z.array(labelledItemSchema),
  })
  .superRefine((e, ctx) => {
    uniqueIds(e.days, ctx, "days");
    uniqueIds(e.slots, ctx, "slots");
    uniqueIds(e.suggestions, ctx, "suggestions");
  });

/** Column headings are content so that every language words them its own way. */
export const thoughtDiaryExerciseSchema = z.strictObject({
  ...exerciseBase,
  type: z.literal("thought-diary"),
  columns: z.strictObject({
    situation: labelSchema,
    thought: labelSchema,
    feeling: labelSchema,
    intensity: labelSchema,
    alternativeThought: labelSchema,
  }),
});

export const worryKinds = ["practical", "hypothetical"] as const;

export const worryDiaryExerciseSchema = z.strictObject({
  ...exerciseBase,
  type: z.literal("worry-diary"),
  columns: z.strictObject({
    situation: labelSchema,
    worry: labelSchema,
    intensity: labelSchema,
    kind: labelSchema,
    nextStep: labelSchema,
  }),
  kindLabels: z.strictObject({ practical: labelSchema, hypothetical: labelSchema }),
});

export const budgetLineSchema = z.strictObject({
  id: idSchema,
  label: labelSchema,
  help: z.string().trim().min(1).optional(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetExerciseSchema = z
  .strictObject({
    ...exerciseBase,
    type: z.literal("budget"),
    income: z.array(budgetLineSchema).min(1),
    costs: z.array(budgetLineSchema).min(1),
  })
  .superRefine((e, ctx) => {
    // Income and cost ids share one namespace so an answer can never mix them up.
    uniqueIds([...e.income, ...e.costs], ctx, "lines");
  });

export const exerciseSchema = z.discriminatedUnion("type", [
  worksheetExerciseSchema,
  checklistExerciseSchema,
  ratingExerciseSchema,
  activityPlannerExerciseSchema,
  thoughtDiaryExerciseSchema,
  worryDiaryExerciseSchema,
  budgetExerciseSchema,
]);
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseType = Exercise["type"];
export type ExerciseOf<T extends ExerciseType> = Extract<Exercise, { type: T }>;
export const exerciseTypes = [
  "worksheet",
  "checklist",
  "rating",
  "activity-planner",
  "thought-diary",
  "worry-diary",
  "budget",
] as const satisfies readonly ExerciseType[];

export const moduleSchema = z.strictObject({
  id: idSchema,
  slug: slugSchema,
  title: labelSchema,
  body: markdownSchema,
  exercises: z.array(exerciseSchema).min(1).max(3),
});
export type ProgramModule = z.infer<typeof moduleSchema>;

export const partKinds = ["information", "skills", "maintaining"] as const;
export const partKindSchema = z.enum(partKinds);
export type PartKind = z.infer<typeof partKindSchema>;

export const partSchema = z.strictObject({
  kind: partKindSchema,
  title: labelSchema,
  modules: z.array(moduleSchema).min(1),
});
export type ProgramPart = z.infer<typeof partSchema>;

export const MIN_MODULES = 5;
export const MAX_MODULES = 8;

export const programSchema = z
  .strictObject({
    id: idSchema,
    slug: slugSchema,
    title: labelSchema.max(70),
    summary: z.string().trim().min(1).max(400),
    description: z.string().trim().min(70).max(160),
    forWhom: markdownSchema,
    notFor: markdownSchema,
    seekHelpInstead: markdownSchema,
    weeks: z.int().min(4).max(8),
    parts: z.array(partSchema).length(3),
  })
  .superRefine((program, ctx) => {
    program.parts.forEach((part, index) => {
      const expected = partKinds[index];
      if (part.kind !== expected) {
        ctx.addIssue({
          code: "custom",
          path: ["parts", index, "kind"],
          message: `part ${index + 1} must be "${String(expected)}"`,
        });
      }
    });
    const modules = program.parts.flatMap((p) => p.modules);
    if (modules.length < MIN_MODULES || modules.length > MAX_MODULES) {
      ctx.addIssue({
        code: "custom",
        path: ["parts"],
        message: `a program has ${MIN_MODULES}–${MAX_MODULES} modules, found ${modules.length}`,
      });
    }
    // Answers are stored per (program, exercise id) and modules are addressed by id, so both must be unique.
    const check = (ids: string[], what: string, slugs = false) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) {
          ctx.addIssue({
            code: "custom",
            path: ["parts"],
            message: `duplicate ${what} ${slugs ? "slug" : "id"} "${id}"`,
          });
        }
        seen.add(id);
      }
    };
    check(
      modules.map((m) => m.id),
      "module",
    );
    check(
      modules.map((m) => m.slug),
      "module",
      true,
    );
    check(
      modules.flatMap((m) => m.exercises.map((e) => e.id)),
      "exercise",
    );
  });
export type Program = z.infer<typeof programSchema>;

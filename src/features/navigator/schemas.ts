import { z } from "zod";

// The worries a person can pick, in display order: one list shared with the services each worry leads to.
import { worryIds, worryIdSchema, type WorryId } from "../services/index";
export { worryIds, worryIdSchema, type WorryId };

/** Ordered from least to most: the rules rely on this order. */
export const durations = ["days", "weeks", "months", "long"] as const;
export const impacts = ["none", "some", "much", "cannot-cope"] as const;
export const safetyAnswers = ["no", "sometimes-thoughts", "now"] as const;

export const helpNavigatorInputSchema = z.object({
  worries: z.array(worryIdSchema).max(worryIds.length * 2),
  duration: z.enum(durations),
  /** How much the worries affect daily life and work. */
  impact: z.enum(impacts),
  /** Thoughts of death or of harming oneself or others. */
  safety: z.enum(safetyAnswers),
  violenceNow: z.boolean().optional(),
  phq: z
    .object({ score: z.int().min(0).max(27), item9: z.int().min(0).max(3) })
    .refine((phq) => phq.item9 <= phq.score, "item 9 is part of the score")
    .optional(),
  gad: z.object({ score: z.int().min(0).max(21) }).optional(),
  auditC: z.object({ score: z.int().min(0).max(12), band: z.enum(["low", "risky"]) }).optional(),
  alreadyInCare: z.boolean().optional(),
  /** Statistics Finland municipality code; used to name local services, never to change the level. */
  municipality: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
});
export type HelpNavigatorInput = z.infer<typeof helpNavigatorInputSchema>;

/** 1 information · 2 self-care program · 3 low-threshold support · 4 primary services · 5 specialised care · 6 urgent. */
export const helpLevels = [1, 2, 3, 4, 5, 6] as const;
export type HelpLevel = (typeof helpLevels)[number];

/** Reason codes in priority order: when two reasons give the same level, the earlier one is shown first. */
export const reasonCodes = [
  "crisis-safety-now",
  "crisis-violence-now",
  "crisis-thoughts-with-phq9",
  "care-team-severe",
  "cannot-cope",
  "severe-symptoms",
  "thoughts-of-death",
  "social-work",
  "substance-services",
  "moderate-symptoms",
  "lasting-impact",
  "violence-or-child-concern",
  "risky-drinking",
  "persistent-or-impact",
  "mild-symptoms",
  "self-care-program",
  "information-first",
  "already-in-care",
] as const;
export const reasonCodeSchema = z.enum(reasonCodes);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const helpRecommendationSchema = z.object({
  level: z.literal(helpLevels),
  reasons: z.array(reasonCodeSchema).min(1),
});
export type HelpRecommendation = z.infer<typeof helpRecommendationSchema>;

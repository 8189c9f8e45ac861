import { z } from "zod";
import { langSchema } from "../../platform/i18n/lang";
import { topicIds } from "./topics";

/** The id of the file that holds the out-of-scope answer and examples. */
export const outOfScopeId = "_out-of-scope";

export const topicIdSchema = z.enum(topicIds);

// Internal targets listed in content/README.md; an unknown target would break the lead's link resolver.
const articleIds = [
  "depression",
  "anxiety",
  "panic",
  "stress",
  "burnout",
  "sleep",
  "loneliness",
  "grief",
  "self-harm",
  "suicidal-thoughts",
  "eating-problems",
  "trauma",
  "alcohol",
  "drugs",
  "gambling",
  "concern-for-close-one",
  "financial-distress",
  "debt",
  "social-assistance",
  "kela-benefits",
  "housing-and-eviction",
  "unemployment",
  "relationships",
  "divorce",
  "domestic-violence",
  "parenting",
  "family-counselling",
  "child-welfare",
  "caring-for-close-one",
  "young-people",
  "older-people",
  "immigrants",
  "levels-of-care",
  "social-worker",
  "psychotherapy-and-rehabilitation",
  "first-appointment",
  "crisis-help",
  "where-to-get-help",
  "anonymous-help",
  "self-care-basics",
];
const internalTargets: Record<string, readonly string[]> = {
  article: articleIds,
  hub: ["mental-health", "substances", "social", "getting-help"],
  questionnaire: ["phq-9", "gad-7", "audit", "audit-c", "who-5"],
  program: [
    "money-worries",
    "low-mood",
    "anxiety-worry",
    "sleep",
    "loneliness",
    "stress-burnout",
    "youth-inclusion",
    "violence-close-relationships",
  ],
  page: ["navigator", "crisis", "chat", "questions", "search", "services", "chatbot"],
};

function isValidLinkUrl(url: string): boolean {
  if (/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(url)) return true;
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(url);
  if (!match) return false;
  const [, kind = "", id = ""] = match;
  return internalTargets[kind]?.includes(id) ?? false;
}

export const chatbotLinkSchema = z.object({
  title: z.string().min(1).max(120),
  url: z.string().refine(isValidLinkUrl, {
    message: "must be an https:// URL or a known internal link (article:, hub:, page:, …)",
  }),
});
export type ChatbotLink = z.infer<typeof chatbotLinkSchema>;

const exampleSchema = z.string().trim().min(1).max(2000);

export const topicFrontMatterSchema = z.strictObject({
  topic: topicIdSchema,
  title: z.string().min(1).max(120),
  links: z.array(chatbotLinkSchema).min(1).max(6),
  suggestions: z.array(topicIdSchema).min(2).max(3),
  examples: z.array(exampleSchema).min(1),
});
export type TopicFrontMatter = z.infer<typeof topicFrontMatterSchema>;

export const outOfScopeFrontMatterSchema = z.strictObject({
  topic: z.literal(outOfScopeId),
  title: z.string().min(1).max(120),
  links: z.array(chatbotLinkSchema).min(1).max(6),
  suggestions: z.array(topicIdSchema).max(3).default([]),
  examples: z.array(exampleSchema).min(1),
});
export type OutOfScopeFrontMatter = z.infer<typeof outOfScopeFrontMatterSchema>;

/** One answer of the knowledge base in one language; `body` stays Markdown (the caller renders it). */
export const topicEntrySchema = topicFrontMatterSchema.extend({ lang: langSchema, body: z.string().min(1) });
export type TopicEntry = z.infer<typeof topicEntrySchema>;

export const outOfScopeEntrySchema = outOfScopeFrontMatterSchema.extend({
  lang: langSchema,
  body: z.string().min(1),
});
export type OutOfScopeEntry = z.infer<typeof outOfScopeEntrySchema>;

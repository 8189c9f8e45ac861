import type { QuestionnaireSlug } from "./instrument-schema";
import type { QuestionnaireFlag } from "./schemas";

/** Article and program ids (content/README.md) a result page links to, most relevant first. */
const content: Record<QuestionnaireSlug, { articles: string[]; programs: string[] }> = {
  "phq-9": { articles: ["depression", "self-care-basics", "where-to-get-help"], programs: ["low-mood"] },
  "gad-7": { articles: ["anxiety", "panic", "self-care-basics"], programs: ["anxiety-worry"] },
  "audit-c": { articles: ["alcohol", "concern-for-close-one", "where-to-get-help"], programs: [] },
  audit: { articles: ["alcohol", "drugs", "where-to-get-help"], programs: [] },
  "who-5": { articles: ["self-care-basics", "stress", "depression"], programs: ["stress-burnout", "sleep"] },
};

const flagArticles: Partial<Record<QuestionnaireFlag, string[]>> = {
  "suicidal-ideation": ["suicidal-thoughts", "crisis-help"],
  "depression-screen": ["depression"],
};

export function nextStepContent(
  slug: QuestionnaireSlug,
  flags: readonly QuestionnaireFlag[],
): { articles: string[]; programs: string[] } {
  const articles = [...new Set([...flags.flatMap((f) => flagArticles[f] ?? []), ...content[slug].articles])];
  return { articles, programs: content[slug].programs };
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { langs, type Lang } from "../../platform/i18n/index";
import { type ProgramSummary, readProgramSummaries } from "./read-program-summaries";
import type { LinkTargets } from "./resolve-content-link";

const slugSchema = z.object({ id: z.string().min(1), slug: z.string().min(1) });

function readArticleSlugs(dir: string): Map<string, string> {
  const slugs = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  } catch {
    return slugs;
  }
  for (const file of files) {
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), "utf8"))?.[1];
    // Broken front matter is reported by readArticles; here the article is simply not a link target.
    const parsed = slugSchema.safeParse(yaml ? parseYaml(yaml) : undefined);
    if (parsed.success) slugs.set(parsed.data.id, parsed.data.slug);
  }
  return slugs;
}

/**
 * What pseudo-links (`article:`, `program:`, …) may point at in each language, read from the content folder.
 * Features that render our Markdown outside the library (chatbot answers, program modules) resolve their
 * links with these and `resolveContentLink`, so every piece of content links the same way.
 */
export function loadLinkTargets({
  contentDir,
  programs = readProgramSummaries({ contentDir }),
}: {
  contentDir: string;
  /** The programs that exist; read from `contentDir` unless the caller has already loaded them. */
  programs?: readonly Pick<ProgramSummary, "lang" | "id" | "slug">[];
}): Record<Lang, LinkTargets> {
  const targetsOf = (lang: Lang): LinkTargets => ({
    lang,
    articleSlugs: readArticleSlugs(path.join(contentDir, lang, "articles")),
    programs: new Map(programs.filter((p) => p.lang === lang).map((p) => [p.id, p.slug])),
  });
  return Object.fromEntries(langs.map((l) => [l, targetsOf(l)])) as Record<Lang, LinkTargets>;
}

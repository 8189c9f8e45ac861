import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { langs, type Lang } from "../../platform/i18n/index";
import { pagePath } from "../../platform/views/paths";

export interface ProgramSummary {
  id: string;
  /** URL slug in this language; the programs feature serves `pagePath("selfCare")/<slug>`. */
  slug: string;
  lang: Lang;
  title: string;
  summary: string;
}

// Only what the library and search need; the programs feature validates the rest.
const programHeadSchema = z.object({
  id: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  summary: z.string().min(1),
});

/** Title and summary of every self-care program in `content/<lang>/programs/*.yaml`. */
export function readProgramSummaries({ contentDir }: { contentDir: string }): ProgramSummary[] {
  const out: ProgramSummary[] = [];
  for (const lang of langs) {
    const dir = path.join(contentDir, lang, "programs");
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const head = programHeadSchema.safeParse(parse(readFileSync(path.join(dir, file), "utf8")));
      if (!head.success) throw new Error(`content/${lang}/programs/${file}: ${z.prettifyError(head.error)}`);
      out.push({
        id: head.data.id,
        slug: head.data.slug,
        lang,
        title: head.data.title,
        summary: head.data.summary,
      });
    }
  }
  return out;
}

export function programPagePath(program: Pick<ProgramSummary, "slug" | "lang">): string {
  return `${pagePath("selfCare", program.lang)}/${program.slug}`;
}

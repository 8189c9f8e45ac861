import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { langs, type Lang, type Localized } from "../../platform/i18n/index";
import { questionnaireSlugs } from "../questionnaires/index";
import { type ArticleFrontMatter, articleFrontMatterSchema } from "./article-schema";
import { type ProgramSummary, readProgramSummaries } from "./read-program-summaries";
import { type ArticleSection, renderArticleBody } from "./render-article-body";
import { resolveContentLink } from "./resolve-content-link";

export const contentDir = path.resolve(import.meta.dirname, "../../../content");

/** Bumped when rendering changes, so stored HTML is rebuilt even if no file changed. */
export const RENDER_VERSION = "library-2";

export const seekHelpHeadings: Localized = {
  fi: "Milloin apua heti",
  sv: "När ska du söka hjälp genast",
  en: "When to seek help now",
};

export interface Article extends ArticleFrontMatter {
  lang: Lang;
  sections: ArticleSection[];
  plainText: string;
  contentHash: string;
}

export class ContentLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Articles failed to load:\n- ${problems.join("\n- ")}`);
    this.name = "ContentLoadError";
  }
}

interface RawArticle {
  lang: Lang;
  file: string;
  meta: ArticleFrontMatter;
  body: string;
  hash: string;
}

/**
 * Reads, validates and renders every article in every language. All problems (front matter, missing
 * translations, broken pseudo-links, missing "when to seek help now" section) are collected and thrown
 * together, so a broken link fails the start, not a page view.
 */
export function readArticles(options: { contentDir?: string; programs?: ProgramSummary[] } = {}): Article[] {
  const dir = options.contentDir ?? contentDir;
  const programs = options.programs ?? readProgramSummaries({ contentDir: dir });
  const problems: string[] = [];
  const raw: RawArticle[] = [];
  for (const lang of langs) {
    const articleDir = path.join(dir, lang, "articles");
    const files = readdirSync(articleDir)
      .filter((f) => f.endsWith(".md"))
      .sort();
    for (const file of files) {
      const rel = `content/${lang}/articles/${file}`;
      const text = readFileSync(path.join(articleDir, file), "utf8");
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) {
        problems.push(`${rel}: no front matter`);
        continue;
      }
      const parsed = articleFrontMatterSchema.safeParse(parseYaml(match[1] ?? ""));
      if (!parsed.success) {
        problems.push(`${rel}: ${z.prettifyError(parsed.error)}`);
        continue;
      }
      if (`${parsed.data.id}.md` !== file)
        problems.push(`${rel}: id ${parsed.data.id} differs from file name`);
      const hash = createHash("sha256").update(RENDER_VERSION).update(text).digest("hex").slice(0, 32);
      raw.push({ lang, file: rel, meta: parsed.data, body: match[2] ?? "", hash });
    }
  }

  const ids = new Set(raw.map((r) => r.meta.id));
  const articles: Article[] = [];
  for (const lang of langs) {
    const inLang = raw.filter((r) => r.lang === lang);
    const articleSlugs = new Map(inLang.map((r) => [r.meta.id, r.meta.slug]));
    const slugs = new Set<string>();
    for (const id of ids) if (!articleSlugs.has(id)) problems.push(`article ${id} is missing in ${lang}`);
    const targets = {
      lang,
      articleSlugs,
      programs: new Map(programs.filter((p) => p.lang === lang).map((p) => [p.id, p.slug])),
    };
    for (const r of inLang) {
      const { meta } = r;
      if (slugs.has(meta.slug)) problems.push(`${r.file}: duplicate slug ${meta.slug}`);
      slugs.add(meta.slug);
      for (const q of meta.questionnaires)
        if (!(questionnaireSlugs as readonly string[]).includes(q))
          problems.push(`${r.file}: unknown questionnaire ${q}`);
      for (const p of meta.programs)
        if (!targets.programs.has(p)) problems.push(`${r.file}: unknown program ${p}`);
      for (const a of meta.related)
        if (!articleSlugs.has(a)) problems.push(`${r.file}: unknown related article ${a}`);
      try {
        const body = renderArticleBody({
          markdown: r.body,
          resolveLink: (href) => resolveContentLink(href, targets),
          seekHelpHeading: seekHelpHeadings[lang],
        });
        if (!body.sections.some((s) => s.seekHelp)) {
          problems.push(`${r.file}: no "${seekHelpHeadings[lang]}" section`);
        }
        articles.push({ ...meta, lang, ...body, contentHash: r.hash });
      } catch (error) {
        problems.push(`${r.file}: ${(error as Error).message}`);
      }
    }
  }
  const hubOf = new Map<string, string>();
  for (const a of articles) {
    const hub = hubOf.get(a.id);
    if (hub !== undefined && hub !== a.hub)
      problems.push(`article ${a.id} is in different hubs across languages`);
    hubOf.set(a.id, a.hub);
  }
  if (problems.length > 0) throw new ContentLoadError(problems);
  return articles;
}

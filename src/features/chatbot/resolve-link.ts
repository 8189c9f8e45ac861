import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Lang, langs } from "../../platform/i18n/index";
import { type PageName, pagePath, pagePaths } from "../../platform/views/paths";
import { splitFrontMatter } from "./load-knowledge-base";

/** Article id → localized slug, read once from `content/<lang>/articles/<id>.md` front matter. */
export type ArticleSlugs = Record<Lang, ReadonlyMap<string, string>>;

export function loadArticleSlugs({ contentDir }: { contentDir: string }): ArticleSlugs {
  const result = {} as Record<Lang, Map<string, string>>;
  for (const lang of langs) {
    const dir = join(contentDir, lang, "articles");
    const slugs = new Map<string, string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
      const { data } = splitFrontMatter({ source: readFileSync(join(dir, name), "utf8"), file: name });
      const slug = (data as { slug?: unknown } | null)?.slug;
      slugs.set(name.slice(0, -3), typeof slug === "string" ? slug : name.slice(0, -3));
    }
    result[lang] = slugs;
  }
  return result;
}

function isPageName(name: string): name is PageName {
  return Object.hasOwn(pagePaths, name);
}

/**
 * Turns a knowledge-base link target into a real URL in the page language: `article:<id>`, `page:<name>`,
 * `hub:`, `questionnaire:`, `program:` become site paths; `https://` stays. Anything else (javascript:, data:)
 * is refused with `undefined`, so it can never reach a page.
 */
export function resolveLink({
  url,
  lang,
  articleSlugs,
}: {
  url: string;
  lang: Lang;
  articleSlugs: ArticleSlugs;
}): string | undefined {
  if (/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s"'<>]*)?$/i.test(url)) return url;
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(url);
  if (!match) return undefined;
  const [, kind = "", id = ""] = match;
  switch (kind) {
    case "article": {
      const slug = articleSlugs[lang].get(id);
      return slug === undefined ? undefined : `${pagePath("articles", lang)}/${slug}`;
    }
    case "page":
      return isPageName(id) ? pagePath(id, lang) : undefined;
    case "hub":
      return `${pagePath("topics", lang)}/${id}`;
    case "questionnaire":
      return `${pagePath("questionnaires", lang)}/${id}`;
    case "program":
      return `${pagePath("selfCare", lang)}/${id}`;
    default:
      return undefined;
  }
}

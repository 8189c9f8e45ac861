import fs from "node:fs";
import path from "node:path";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Lang, Localized } from "../../platform/i18n/lang";
import { pagePath, pagePaths, type PageName } from "../../platform/views/paths";

/** Article id → URL slug per language, read from the articles' front matter. */
export type ArticleSlugs = Localized<ReadonlyMap<string, string>>;

const frontMatterSchema = z.object({ id: z.string().min(1), slug: z.string().min(1) });

export function loadArticleSlugs(contentDir: string): ArticleSlugs {
  const read = (lang: Lang): ReadonlyMap<string, string> => {
    const dir = path.join(contentDir, lang, "articles");
    const map = new Map<string, string>();
    if (!fs.existsSync(dir)) return map;
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      const raw = fs.readFileSync(path.join(dir, name), "utf8");
      const yaml = /^---\n([\s\S]*?)\n---/.exec(raw)?.[1];
      const parsed = frontMatterSchema.safeParse(yaml ? parseYaml(yaml) : undefined);
      if (parsed.success) map.set(parsed.data.id, parsed.data.slug);
    }
    return map;
  };
  return { fi: read("fi"), sv: read("sv"), en: read("en") };
}

export interface LinkTargets {
  lang: Lang;
  articleSlugs: ArticleSlugs;
  /** Program id → its URL in this language. */
  programUrl: (id: string) => string | undefined;
}

/** Turns a content pseudo-URL (`article:sleep`, `page:crisis`, `program:low-mood`, …) into a real path. */
export function resolvePseudoLink(href: string, targets: LinkTargets): string | undefined {
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(href);
  if (!match) return undefined;
  const [, scheme = "", id = ""] = match;
  const { lang } = targets;
  switch (scheme) {
    case "article": {
      const slug = targets.articleSlugs[lang].get(id);
      return slug ? `${pagePath("articles", lang)}/${slug}` : pagePath("articles", lang);
    }
    case "page":
      return id in pagePaths ? pagePath(id as PageName, lang) : undefined;
    case "program":
      return targets.programUrl(id);
    case "questionnaire":
      return `${pagePath("questionnaires", lang)}/${id}`;
    case "hub":
      return `${pagePath("topics", lang)}/${id}`;
    default:
      return undefined;
  }
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "br", "blockquote", "code"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "tel", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside a module sit under the page's h1 and the module's h2.
    h1: "h2",
  },
};

/** Markdown from our content → sanitised HTML with pseudo-links resolved; run once at load, never per request. */
export function renderContentMarkdown(markdown: string, targets: LinkTargets): string {
  const resolved = markdown.replace(/\]\(([a-z]+:[a-z0-9-]+)\)/g, (whole, href: string) => {
    if (href.startsWith("https:") || href.startsWith("tel:") || href.startsWith("mailto:")) return whole;
    const url = resolvePseudoLink(href, targets);
    return url ? `](${url})` : whole;
  });
  return sanitizeHtml(marked.parse(resolved, { async: false }), sanitizeOptions);
}

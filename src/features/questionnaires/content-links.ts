import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { type Lang, langs } from "../../platform/i18n/lang";
import { pagePath } from "../../platform/views/paths";

const CONTENT_DIR = new URL("../../../content/", import.meta.url);

export interface ContentLink {
  id: string;
  title: string;
  url: string;
}

const frontMatterSchema = z.object({
  id: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
});

/** The leading YAML block of a Markdown file, or of a whole YAML file. */
function readHeader(file: URL, markdown: boolean): unknown {
  const text = readFileSync(file, "utf8");
  if (!markdown) return parse(text);
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return match ? parse(match[1] ?? "") : undefined;
}

function loadLinks(lang: Lang, folder: "articles" | "programs"): Map<string, ContentLink> {
  const dir = new URL(`${lang}/${folder}/`, CONTENT_DIR);
  const links = new Map<string, ContentLink>();
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return links;
  }
  const base = pagePath(folder === "articles" ? "articles" : "selfCare", lang);
  for (const name of files) {
    const markdown = name.endsWith(".md");
    if (!markdown && !name.endsWith(".yaml")) continue;
    const parsed = frontMatterSchema.safeParse(readHeader(new URL(name, dir), markdown));
    // A file another feature is still writing is skipped rather than breaking these pages.
    if (!parsed.success) continue;
    const { id, slug, title } = parsed.data;
    links.set(id, { id, title, url: `${base}/${slug}` });
  }
  return links;
}

let cache:
  Record<Lang, { articles: Map<string, ContentLink>; programs: Map<string, ContentLink> }> | undefined;

/** Article and program links per language, read once from `content/<lang>/` front matter (`id`, `slug`, `title`). */
export function contentLinks(): Record<
  Lang,
  { articles: Map<string, ContentLink>; programs: Map<string, ContentLink> }
> {
  cache ??= Object.fromEntries(
    langs.map((lang) => [
      lang,
      { articles: loadLinks(lang, "articles"), programs: loadLinks(lang, "programs") },
    ]),
  ) as Record<Lang, { articles: Map<string, ContentLink>; programs: Map<string, ContentLink> }>;
  return cache;
}

/** Links for the given ids in one language; ids without a file in that language are left out. */
export function resolveContentLinks(options: {
  lang: Lang;
  articles?: readonly string[];
  programs?: readonly string[];
}): { articles: ContentLink[]; programs: ContentLink[] } {
  const links = contentLinks()[options.lang];
  const pick = (map: Map<string, ContentLink>, ids: readonly string[] = []) =>
    ids.flatMap((id) => {
      const link = map.get(id);
      return link ? [link] : [];
    });
  return {
    articles: pick(links.articles, options.articles),
    programs: pick(links.programs, options.programs),
  };
}

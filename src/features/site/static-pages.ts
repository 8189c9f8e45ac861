import fs from "node:fs";
import path from "node:path";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { langs, type Lang, type Localized } from "../../platform/i18n/index";

const frontMatterSchema = z.object({ title: z.string().min(1), description: z.string().min(1).max(200) });
export interface StaticPage {
  title: string;
  description: string;
  html: string;
}
export type StaticPages = Record<"accessibility" | "privacy", Localized<StaticPage>>;

const contentDir = path.resolve(import.meta.dirname, "../../../content");

function readPage(lang: Lang, name: string): StaticPage {
  const raw = fs.readFileSync(path.join(contentDir, lang, "pages", `${name}.md`), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`content/${lang}/pages/${name}.md has no front matter`);
  const meta = frontMatterSchema.parse(parseYaml(match[1] ?? ""));
  // Rendered and sanitised once at start, never per request.
  const html = sanitizeHtml(marked.parse(match[2] ?? "", { async: false }));
  return { ...meta, html };
}

export function loadStaticPages(): StaticPages {
  const load = (name: string): Localized<StaticPage> =>
    Object.fromEntries(langs.map((lang) => [lang, readPage(lang, name)])) as Localized<StaticPage>;
  return { accessibility: load("accessibility"), privacy: load("privacy") };
}

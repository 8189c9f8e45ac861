import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { type Lang, langs } from "../../platform/i18n/lang";
import type { KnowledgeBase } from "./knowledge-base";
import {
  type OutOfScopeEntry,
  type TopicEntry,
  outOfScopeFrontMatterSchema,
  outOfScopeId,
  topicFrontMatterSchema,
} from "./schemas";
import { type TopicId, topicIds } from "./topics";

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into its YAML front matter (parsed, not yet validated) and its body. */
export function splitFrontMatter({ source, file }: { source: string; file: string }): {
  data: unknown;
  body: string;
} {
  const match = frontMatterPattern.exec(source);
  if (!match) throw new Error(`${file}: missing YAML front matter`);
  const [, yamlText = "", body = ""] = match;
  return { data: parseYaml(yamlText) as unknown, body: body.trim() };
}

function formatIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  return `${file}: invalid front matter\n${lines.join("\n")}`;
}

/**
 * Reads `<contentDir>/<lang>/chatbot/*.md` for every language and validates them.
 * Fails loudly (one error listing every problem) so a broken answer never reaches a user.
 */
export async function loadKnowledgeBase({ contentDir }: { contentDir: string }): Promise<KnowledgeBase> {
  const problems: string[] = [];
  const topics = {} as Record<Lang, Record<TopicId, TopicEntry>>;
  const outOfScope = {} as Record<Lang, OutOfScopeEntry>;

  for (const lang of langs) {
    const dir = join(contentDir, lang, "chatbot");
    const files = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
    const byTopic = {} as Record<TopicId, TopicEntry>;

    for (const name of files) {
      const file = join(lang, "chatbot", name);
      const id = name.slice(0, -".md".length);
      const { data, body } = splitFrontMatter({ source: await readFile(join(dir, name), "utf8"), file });
      if (body.length === 0) problems.push(`${file}: empty answer body`);

      if (id === outOfScopeId) {
        const parsed = outOfScopeFrontMatterSchema.safeParse(data);
        if (!parsed.success) problems.push(formatIssues(file, parsed.error));
        else outOfScope[lang] = { ...parsed.data, lang, body };
        continue;
      }
      const parsed = topicFrontMatterSchema.safeParse(data);
      if (!parsed.success) {
        problems.push(formatIssues(file, parsed.error));
        continue;
      }
      if (parsed.data.topic !== id) {
        problems.push(`${file}: topic "${parsed.data.topic}" does not match the file name`);
        continue;
      }
      if (parsed.data.suggestions.includes(parsed.data.topic)) {
        problems.push(`${file}: a topic cannot suggest itself`);
      }
      byTopic[parsed.data.topic] = { ...parsed.data, lang, body };
    }

    const missing = topicIds.filter((topic) => !(topic in byTopic));
    if (missing.length > 0) problems.push(`${lang}: missing chatbot answers for ${missing.join(", ")}`);
    if (!(lang in outOfScope)) problems.push(`${lang}: missing ${outOfScopeId}.md`);
    topics[lang] = byTopic;
  }

  if (problems.length > 0) throw new Error(`Chatbot knowledge base is invalid:\n${problems.join("\n")}`);
  return { topics, outOfScope };
}

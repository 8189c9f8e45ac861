import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { langs } from "../../platform/i18n/lang";
import { loadKnowledgeBase } from "./load-knowledge-base";
import { splitFrontMatter } from "./load-knowledge-base";
import { topicIds } from "./topics";

const contentDir = join(import.meta.dirname, "../../../content");
const minExamples = { fi: 25, sv: 15, en: 15 } as const;
const helplineCsv = join(import.meta.dirname, "../../../seed/helplines.csv");

function countWords(markdown: string): number {
  const text = markdown.replace(/\]\([^)]*\)/g, "]").replace(/[#*_>`[\]-]/g, " ");
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

describe("chatbot knowledge base", () => {
  it("has every topic in every language with enough examples and a short answer", async () => {
    const kb = await loadKnowledgeBase({ contentDir });
    for (const lang of langs) {
      for (const topic of topicIds) {
        const entry = kb.topics[lang][topic];
        expect(entry.topic).toBe(topic);
        expect(entry.examples.length, `${lang}/${topic} examples`).toBeGreaterThanOrEqual(minExamples[lang]);
        expect(new Set(entry.examples).size, `${lang}/${topic} duplicate examples`).toBe(
          entry.examples.length,
        );
        const words = countWords(entry.body);
        expect(words, `${lang}/${topic} body words`).toBeGreaterThanOrEqual(80);
        expect(words, `${lang}/${topic} body words`).toBeLessThanOrEqual(180);
        expect(entry.suggestions.length).toBeGreaterThanOrEqual(2);
      }
      expect(kb.outOfScope[lang].examples.length).toBeGreaterThanOrEqual(15);
      const oosLinks = kb.outOfScope[lang].links.map((link) => link.url);
      expect(oosLinks).toEqual(expect.arrayContaining(["page:chat", "page:questions", "page:services"]));
    }
  });

  it("only uses phone numbers that are in seed/helplines.csv", async () => {
    const { readFile } = await import("node:fs/promises");
    const csv = await readFile(helplineCsv, "utf8");
    const known = new Set(
      [...csv.matchAll(/(?<=,)(\d[\d ]{1,14}\d)(?=,)/g)].map((match) => (match[1] ?? "").replace(/\s/g, "")),
    );
    const kb = await loadKnowledgeBase({ contentDir });
    for (const lang of langs) {
      for (const entry of [...Object.values(kb.topics[lang]), kb.outOfScope[lang]]) {
        for (const match of entry.body.matchAll(/\b\d{2,4}(?: \d{2,4}){1,3}\b|\b112\b/g)) {
          const digits = match[0].replace(/\s/g, "");
          if (/^(19|20)\d\d$/.test(digits) || /^\d{1,2}$/.test(digits)) continue;
          expect(known, `${lang}/${entry.topic}: ${match[0]}`).toContain(digits);
        }
      }
    }
  });

  it("rejects a file whose front matter is broken", () => {
    expect(() => splitFrontMatter({ source: "no front matter", file: "x.md" })).toThrow(/front matter/);
    const { data, body } = splitFrontMatter({ source: "---\ntopic: x\n---\nHello", file: "x.md" });
    expect(data).toEqual({ topic: "x" });
    expect(body).toBe("Hello");
  });
});

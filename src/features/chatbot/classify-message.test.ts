import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Lang, langSchema, langs } from "../../platform/i18n/lang";
import { type TopicModel, buildTopicModel } from "./build-topic-model";
import { classifyMessage } from "./classify-message";
import type { KnowledgeBase } from "./knowledge-base";
import { loadKnowledgeBase } from "./load-knowledge-base";
import { topicIdSchema } from "./schemas";
import { topicIds } from "./topics";

const repoRoot = join(import.meta.dirname, "../../..");
const contentDir = join(repoRoot, "content");
// Held-out development set: used only to measure, never to train.
const devFile = join(repoRoot, "../shared/dev-eval/chatbot-dev.jsonl");

const devLineSchema = z.object({
  lang: langSchema,
  text: z.string().min(1),
  topics: z.array(topicIdSchema.nullable()).min(1),
});

// Rounded down to 5 % from what the model reaches, so that a real drop fails the test.
const devThresholds: Record<Lang, number> = { fi: 0.9, sv: 0.9, en: 0.95 };
const crossValidationThreshold = 0.62;

function accuracy(hits: number, total: number): string {
  return `${((100 * hits) / total).toFixed(1)} % (${hits}/${total})`;
}

let knowledgeBase: KnowledgeBase;
let model: TopicModel;

beforeAll(async () => {
  knowledgeBase = await loadKnowledgeBase({ contentDir });
  model = buildTopicModel({ knowledgeBase });
}, 60_000);

describe("buildTopicModel", () => {
  // Build time is measured in bench/chatbot.bench.ts, not asserted here.
  it("builds a model with a label per topic plus out-of-scope", () => {
    const fresh = buildTopicModel({ knowledgeBase });
    expect(fresh.labels).toHaveLength(topicIds.length + 1);
    expect(fresh.stats.trainingTexts).toBeGreaterThan(topicIds.length * 20);
  }, 60_000);
});

describe("classifyMessage", () => {
  it("recognises plain questions in each language", () => {
    expect(classifyMessage({ model, text: "miten haen toimeentulotukea", lang: "fi" }).topic).toBe(
      "social-assistance",
    );
    expect(classifyMessage({ model, text: "hur söker man bostadsbidrag", lang: "sv" }).topic).toBe(
      "housing-allowance",
    );
    expect(classifyMessage({ model, text: "my landlord wants to evict me", lang: "en" }).topic).toBe(
      "rent-arrears-eviction",
    );
  });

  it("works when the text is in another language than lang", () => {
    expect(classifyMessage({ model, text: "velkaneuvonta ajanvaraus", lang: "en" }).topic).toBe(
      "debt-advice",
    );
    expect(classifyMessage({ model, text: "gambling addiction help", lang: "fi" }).topic).toBe("gambling");
  });

  it("returns null for out-of-scope and empty messages", () => {
    for (const text of ["paras lasagne resepti", "who won the football match yesterday", "???", "   "]) {
      const result = classifyMessage({ model, text, lang: "fi" });
      expect(result.topic, text).toBeNull();
      expect(result.ambiguous).toBe(false);
    }
  });

  it("ranks alternatives best first and includes the chosen topic", () => {
    const result = classifyMessage({ model, text: "vuokrat rästissä ja rahat loppu", lang: "fi" });
    expect(result.alternatives.length).toBeGreaterThan(1);
    expect(result.alternatives[0]?.topic).toBe(result.topic);
    const scores = result.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.confidence).toBe(scores[0]);
  });

  it("flags a message that fits two topics as ambiguous, controlled by ambiguityRatio", () => {
    const text = "kela rahat";
    const always = buildTopicModel({ knowledgeBase, options: { ambiguityRatio: 0 } });
    const never = buildTopicModel({ knowledgeBase, options: { ambiguityRatio: 1.01 } });
    const loose = classifyMessage({ model: always, text, lang: "fi" });
    expect(loose.topic).not.toBeNull();
    expect(loose.ambiguous).toBe(true);
    expect(classifyMessage({ model: never, text, lang: "fi" }).ambiguous).toBe(false);
    expect(classifyMessage({ model, text: "pelaan liikaa nettikasinolla", lang: "fi" }).ambiguous).toBe(
      false,
    );
  }, 60_000);
});

describe.skipIf(!existsSync(devFile))("accuracy on the development set", () => {
  it("reaches the per-language threshold", () => {
    const lines = readFileSync(devFile, "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .map((line) => devLineSchema.parse(JSON.parse(line)));
    const hits: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
    const totals: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
    const misses: string[] = [];
    for (const line of lines) {
      const { topic, alternatives } = classifyMessage({ model, text: line.text, lang: line.lang });
      totals[line.lang] += 1;
      if (line.topics.includes(topic)) hits[line.lang] += 1;
      else
        misses.push(
          `${line.lang} ${String(line.topics[0])} → ${String(topic)} [${alternatives.map((a) => a.topic).join(", ")}]`,
        );
    }
    console.info(
      `chatbot dev accuracy: ${langs.map((lang) => `${lang} ${accuracy(hits[lang], totals[lang])}`).join(", ")}` +
        `\nmisses:\n${misses.join("\n")}`,
    );
    for (const lang of langs)
      expect(hits[lang] / totals[lang], lang).toBeGreaterThanOrEqual(devThresholds[lang]);
  });
});

describe("cross-validation on the knowledge base's own examples", () => {
  it("recognises held-out examples (every 5th) when trained on the rest", () => {
    const held: { lang: Lang; topic: string | null; text: string }[] = [];
    const keep = (lang: Lang, topic: string | null, examples: string[]): string[] =>
      examples.filter((text, i) => {
        if (i % 5 !== 4) return true;
        held.push({ lang, topic, text });
        return false;
      });
    const reduced: KnowledgeBase = {
      topics: Object.fromEntries(
        langs.map((lang) => [
          lang,
          Object.fromEntries(
            topicIds.map((topic) => {
              const entry = knowledgeBase.topics[lang][topic];
              return [topic, { ...entry, examples: keep(lang, topic, entry.examples) }];
            }),
          ),
        ]),
      ) as KnowledgeBase["topics"],
      outOfScope: Object.fromEntries(
        langs.map((lang) => {
          const entry = knowledgeBase.outOfScope[lang];
          return [lang, { ...entry, examples: keep(lang, null, entry.examples) }];
        }),
      ) as KnowledgeBase["outOfScope"],
    };
    const cvModel = buildTopicModel({ knowledgeBase: reduced });
    const hits: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
    const totals: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
    for (const { lang, topic, text } of held) {
      totals[lang] += 1;
      if (classifyMessage({ model: cvModel, text, lang }).topic === topic) hits[lang] += 1;
    }
    const allHits = hits.fi + hits.sv + hits.en;
    console.info(
      `chatbot cross-validation: ${langs.map((lang) => `${lang} ${accuracy(hits[lang], totals[lang])}`).join(", ")}, ` +
        `all ${accuracy(allHits, held.length)}`,
    );
    expect(allHits / held.length).toBeGreaterThanOrEqual(crossValidationThreshold);
  }, 60_000);
});

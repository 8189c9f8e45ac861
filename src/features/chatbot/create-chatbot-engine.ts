import { fileURLToPath } from "node:url";
import { loadLinkTargets } from "../library/index";
import { loadDemoServices, loadHelplines, loadMunicipalities } from "../services/index";
import type { ChatbotEngine } from "./answer-message";
import { buildTopicModel } from "./build-topic-model";
import { loadKnowledgeBase } from "./load-knowledge-base";

const defaultContentDir = fileURLToPath(new URL("../../../content", import.meta.url));

export interface EngineStats {
  trainMs: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  trainingTexts: number;
  features: number;
}

/** Loads the knowledge base and trains the topic model once, at start; reports what it cost. */
export async function createChatbotEngine({
  contentDir = defaultContentDir,
  chatOpen = () => null,
}: { contentDir?: string; chatOpen?: () => boolean | null } = {}): Promise<{
  engine: ChatbotEngine;
  stats: EngineStats;
}> {
  const knowledgeBase = await loadKnowledgeBase({ contentDir });
  const heapBeforeBytes = process.memoryUsage().heapUsed;
  const started = performance.now();
  const model = buildTopicModel({ knowledgeBase });
  const trainMs = performance.now() - started;
  const heapAfterBytes = process.memoryUsage().heapUsed;
  const engine: ChatbotEngine = {
    knowledgeBase,
    model,
    linkTargets: loadLinkTargets({ contentDir }),
    helplines: loadHelplines(),
    services: loadDemoServices(),
    municipalities: new Map(loadMunicipalities().map((m) => [m.code, m])),
    chatOpen,
  };
  return {
    engine,
    stats: {
      trainMs,
      heapBeforeBytes,
      heapAfterBytes,
      trainingTexts: model.stats.trainingTexts,
      features: model.stats.features,
    },
  };
}

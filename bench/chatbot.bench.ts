import { createChatbotEngine } from "../src/features/chatbot/create-chatbot-engine";
import type { Bench } from "./harness";

const questions = [
  ["fi", "miten haen toimeentulotukea kun rahat loppu"],
  ["fi", "vuokra rästissä ja vuokranantaja uhkaa häädöllä"],
  ["sv", "hur söker man bostadsbidrag från FPA"],
  ["en", "my landlord wants to evict me what can I do"],
  ["en", "where can I get help for gambling"],
  ["fi", "paras lasagne resepti"],
] as const;

/** Issue 7's figures: chatbot API latency at 50 concurrent clients, throughput, model memory and training time. */
export const chatbotBench: Bench = {
  name: "chatbot",
  async run(ctx) {
    const heapBefore = process.memoryUsage().heapUsed;
    const { engine, stats } = await createChatbotEngine();
    const heapAfter = process.memoryUsage().heapUsed;
    const load = await ctx.measure({
      url: `${ctx.origin}/api/v1/chatbot/messages`,
      connections: 50,
      seconds: 10,
      method: "POST",
      requests: questions.map(([lang, text]) => ({
        method: "POST" as const,
        path: "/api/v1/chatbot/messages",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, lang, municipality: "837" }),
      })),
    });
    return {
      api_p99_ms_50_clients: load.p99Ms,
      api_p50_ms_50_clients: load.p50Ms,
      api_requests_per_second: load.requestsPerSecond,
      api_errors: load.errors + load.non2xx,
      p99_target_20ms: load.p99Ms < 20 ? "met" : "missed",
      train_ms_at_start: Math.round(stats.trainMs),
      model_heap_mb: Math.round(((stats.heapAfterBytes - stats.heapBeforeBytes) / 1_048_576) * 10) / 10,
      engine_heap_mb_incl_knowledge_base: Math.round(((heapAfter - heapBefore) / 1_048_576) * 10) / 10,
      softmax_weights_mb: Math.round((engine.model.softmax.weights.byteLength / 1_048_576) * 10) / 10,
      training_texts: stats.trainingTexts,
      features: stats.features,
    };
  },
};

import { createChatAvailability } from "../chat/index";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import { newToken } from "../../platform/crypto/index";
import { type Lang, isLang, langs } from "../../platform/i18n/index";
import { sendApiError } from "../../platform/http/send-api-error";
import type { Platform } from "../../platform/platform";
import { renderPublicPage, renderStaffPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import type { Municipality } from "../services/index";
import { type ChatbotEngine, type ChatbotReply, answerMessage, buildHandoff } from "./answer-message";
import {
  ChatbotCounter,
  keepUnansweredQuestion,
  listDailyCounts,
  listUnansweredQuestions,
} from "./chatbot-stats";
import { type EngineStats, createChatbotEngine } from "./create-chatbot-engine";
import { topicIdSchema } from "./schemas";
import { type ChatbotTextKey, chatbotText } from "./texts";
import { ChatbotPage, type ConversationTurn } from "./views/chatbot-page";
import { StaffChatbotPage } from "./views/staff-chatbot-page";

const maxText = 2000;

const messageBodySchema = z.object({
  text: z.string(),
  lang: z.string(),
  conversationId: z.string().max(200).optional(),
  municipality: z.string().max(10).optional(),
  topic: topicIdSchema.optional(),
});

const feedbackBodySchema = z.object({
  lang: z.string(),
  helpful: z.boolean(),
  topic: topicIdSchema.nullable().optional(),
});

const conversationIdPattern = /^[A-Za-z0-9_-]{16,64}$/;

const pageFormSchema = z.object({
  text: z.string().max(20_000).optional().default(""),
  history: z.string().max(40_000).optional().default(""),
  municipality: z.string().max(10).optional().default(""),
  action: z.string().max(80).optional().default("ask"),
});

const historySchema = z
  .array(z.object({ text: z.string().min(1).max(maxText), topic: topicIdSchema.optional() }))
  .max(10);
type HistoryTurn = z.infer<typeof historySchema>[number];

function parseHistory(raw: string): HistoryTurn[] {
  if (raw === "") return [];
  try {
    const parsed = historySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Registers the chatbot: the JSON API, the page that works without JavaScript, and the editors' page. */
export function registerChatbotRoutes(
  app: FastifyInstance,
  platform: Platform,
  deps: { onEngine?: (stats: EngineStats) => void } = {},
): void {
  void app.register(async (scope) => {
    // The handoff tells whether the live chat is open right now.
    const chat = createChatAvailability(platform);
    await chat.refresh();
    const { engine, stats } = await createChatbotEngine({ chatOpen: chat.isOpen });
    deps.onEngine?.(stats);
    scope.log.info({ trainMs: Math.round(stats.trainMs) }, "chatbot model trained");
    const counter = new ChatbotCounter(platform.database.sql);
    counter.start();
    scope.addHook("onClose", async () => {
      chat.stop();
      await counter.stop();
    });
    registerRoutes(scope, platform, engine, counter);
  });
}

/** Counts one answered message and keeps an unanswered one for editors (scrubbed and encrypted). */
async function recordReply(options: {
  platform: Platform;
  counter: ChatbotCounter;
  lang: Lang;
  text: string;
  reply: ChatbotReply;
  newConversation: boolean;
}): Promise<void> {
  const { reply } = options;
  options.counter.add(options.lang, reply.topic, {
    conversations: options.newConversation ? 1 : 0,
    messages: 1,
    crisis: reply.crisis ? 1 : 0,
    handoffs: reply.handoff ? 1 : 0,
    unanswered: reply.kind === "out-of-scope" ? 1 : 0,
    clarifications: reply.kind === "clarify" ? 1 : 0,
  });
  // A crisis message is never kept, even when no topic matched: it is the most sensitive text there is.
  if (reply.kind === "out-of-scope" && !reply.crisis) {
    await keepUnansweredQuestion({
      sql: options.platform.database.sql,
      cipher: options.platform.cipher,
      lang: options.lang,
      text: options.text,
    });
  }
}

function registerRoutes(
  app: FastifyInstance,
  platform: Platform,
  engine: ChatbotEngine,
  counter: ChatbotCounter,
): void {
  // A person types a few messages a minute; a flood from one address is refused with 429.
  const limited = (max: number) =>
    platform.config.rateLimit ? { config: { rateLimit: { max, timeWindow: "1 minute" } } } : {};

  const apiError = (reply: FastifyReply, lang: Lang, code: string, key: ChatbotTextKey): FastifyReply =>
    sendApiError(reply, { status: 400, code, message: chatbotText(lang, key) });

  app.post("/api/v1/chatbot/messages", limited(60), async (request, reply) => {
    const parsed = messageBodySchema.safeParse(request.body);
    if (!parsed.success) return apiError(reply, request.lang, "invalid-request", "errorInvalid");
    const body = parsed.data;
    if (!isLang(body.lang)) return apiError(reply, request.lang, "unsupported-lang", "errorLang");
    const lang = body.lang;
    if (body.text.trim().length === 0) return apiError(reply, lang, "empty-text", "errorEmpty");
    if (body.text.length > maxText) return apiError(reply, lang, "text-too-long", "errorTooLong");
    let municipality: Municipality | undefined;
    if (body.municipality !== undefined && body.municipality !== "") {
      municipality = engine.municipalities.get(body.municipality);
      if (!municipality) return apiError(reply, lang, "unknown-municipality", "errorMunicipality");
    }
    const known = body.conversationId !== undefined && conversationIdPattern.test(body.conversationId);
    const conversationId = known ? (body.conversationId ?? newToken()) : newToken();

    const result = answerMessage({
      engine,
      text: body.text,
      lang,
      ...(body.topic ? { topic: body.topic } : {}),
      ...(municipality ? { municipality } : {}),
    });
    await recordReply({ platform, counter, lang, text: body.text, reply: result, newConversation: !known });
    return reply.header("cache-control", "no-store").send({
      conversationId,
      topic: result.topic,
      crisis: result.crisis,
      kind: result.kind,
      answer: result.answer,
      suggestions: result.suggestions,
      ...(result.handoff ? { handoff: result.handoff } : {}),
      ...(municipality ? { services: result.services } : {}),
    });
  });

  app.post("/api/v1/chatbot/feedback", limited(30), async (request, reply) => {
    const parsed = feedbackBodySchema.safeParse(request.body);
    if (!parsed.success) return apiError(reply, request.lang, "invalid-request", "errorInvalid");
    if (!isLang(parsed.data.lang)) return apiError(reply, request.lang, "unsupported-lang", "errorLang");
    counter.add(parsed.data.lang, parsed.data.topic ?? null, {
      feedbackUp: parsed.data.helpful ? 1 : 0,
      feedbackDown: parsed.data.helpful ? 0 : 1,
    });
    return reply.code(204).send();
  });

  const sortedMunicipalities = Object.fromEntries(
    langs.map((lang) => [
      lang,
      [...engine.municipalities.values()].sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang)),
    ]),
  ) as Record<Lang, Municipality[]>;

  const renderPage = (
    reply: FastifyReply,
    lang: Lang,
    props: Omit<Parameters<typeof ChatbotPage>[0], "lang" | "action" | "municipalities">,
    status = 200,
  ) =>
    sendHtml(
      reply,
      renderPublicPage(
        reply.renderContext(),
        {
          lang,
          title: chatbotText(lang, "pageTitle"),
          description: chatbotText(lang, "pageLead"),
          alternates: alternatesOf("chatbot"),
          canonical: pagePath("chatbot", lang),
        },
        <ChatbotPage
          lang={lang}
          action={pagePath("chatbot", lang)}
          municipalities={sortedMunicipalities[lang]}
          {...props}
        />,
      ),
      status,
    );

  for (const lang of langs) {
    app.get(pagePath("chatbot", lang), async (_request, reply) => {
      void reply.publicCache();
      return renderPage(reply, lang, {
        turns: [],
        history: "",
        municipality: undefined,
        error: undefined,
        notice: undefined,
        handoff: undefined,
        text: "",
      });
    });

    // The same conversation without JavaScript: the turns travel in a hidden field and are answered
    // again on every post (answers are pure), so nothing about the person is kept on the server.
    app.post(pagePath("chatbot", lang), limited(60), async (request, reply) => {
      const form = pageFormSchema.safeParse(request.body ?? {});
      const data = form.success ? form.data : pageFormSchema.parse({});
      const history = parseHistory(data.history);
      const municipality = engine.municipalities.get(data.municipality);
      const answerTurn = (turn: HistoryTurn): ConversationTurn => ({
        shown: turn.topic ? engine.knowledgeBase.topics[lang][turn.topic].title : turn.text,
        reply: answerMessage({
          engine,
          text: turn.text,
          lang,
          ...(turn.topic ? { topic: turn.topic } : {}),
          ...(municipality ? { municipality } : {}),
        }),
      });
      let error: string | undefined;
      let notice: string | undefined;
      let handoff = undefined as ReturnType<typeof buildHandoff> | undefined;
      let text = "";
      let added: HistoryTurn | undefined;
      const previous = history.at(-1);
      const lastTopic = previous ? answerTurn(previous).reply.topic : null;

      if (data.action.startsWith("topic:")) {
        const topic = topicIdSchema.safeParse(data.action.slice("topic:".length));
        if (topic.success)
          added = { text: engine.knowledgeBase.topics[lang][topic.data].title, topic: topic.data };
      } else if (data.action === "handoff") {
        handoff = buildHandoff({ engine, lang, reason: "requested" });
        counter.add(lang, null, { handoffs: 1 });
      } else if (data.action === "up" || data.action === "down") {
        counter.add(lang, lastTopic, {
          feedbackUp: data.action === "up" ? 1 : 0,
          feedbackDown: data.action === "down" ? 1 : 0,
        });
        notice = chatbotText(lang, "feedbackThanks");
      } else if (data.text.trim().length === 0) {
        error = chatbotText(lang, "errorEmpty");
      } else if (data.text.length > maxText) {
        error = chatbotText(lang, "errorTooLong");
        text = data.text.slice(0, maxText);
      } else {
        added = { text: data.text };
      }

      const turnsIn = added ? [...history, added].slice(-10) : history;
      const turns = turnsIn.map(answerTurn);
      if (added) {
        const last = turns.at(-1);
        if (last)
          await recordReply({
            platform,
            counter,
            lang,
            text: added.text,
            reply: last.reply,
            newConversation: history.length === 0,
          });
      }
      return renderPage(
        reply,
        lang,
        {
          turns,
          history: JSON.stringify(turnsIn),
          municipality: municipality?.code,
          error,
          notice,
          handoff,
          text,
        },
        error ? 400 : 200,
      );
    });
  }

  app.get("/staff/chatbot", async (request, reply) => {
    const context = await platform.guard.require(request, reply, { roles: ["editor"] });
    if (!context) return reply;
    await counter.flush();
    const [counts, unanswered] = await Promise.all([
      listDailyCounts({ sql: platform.database.sql }),
      listUnansweredQuestions({ sql: platform.database.sql, cipher: platform.cipher }),
    ]);
    await appendAudit(platform.database.sql, {
      action: "chatbot.unanswered.view",
      actorUserId: context.userId,
      orgId: context.orgId,
      targetType: "chatbot_unanswered",
      targetId: null,
      details: { shown: unanswered.length },
    });
    const lang = request.lang;
    return sendHtml(
      reply,
      renderStaffPage(
        reply.renderContext(),
        { lang, title: chatbotText(lang, "staffTitle"), noindex: true },
        <StaffChatbotPage lang={lang} counts={counts} unanswered={unanswered} engine={engine} />,
        { displayName: context.displayName, csrfToken: platform.guard.csrfToken(context) },
      ),
    );
  });
}

import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { z } from "zod";
import { hashToken } from "../../platform/crypto/index";
import { assertCsrf, csrfTokenFor } from "../../platform/http/csrf";
import { HttpError } from "../../platform/http/http-error";
import { langs, langSchema, type Lang } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { renderPublicPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { chatErrorMessage } from "./error-messages";
import { FLOOD_LIMIT } from "./flood-guard";
import { messageText } from "./frames";
import { ChatError, type ChatCore, type SessionRow } from "./service";
import { chatText } from "./texts";
import {
  ChatPage,
  ClosedNotice,
  Crisis,
  FeedbackFields,
  formatEta,
  KeptText,
  MessageList,
  transcriptText,
  WhileWaiting,
} from "./views";

const COOKIE = "luukku_chat";
const COOKIE_PATH = "/chat/nojs";

const startForm = z.object({
  lang: langSchema,
  ui: langSchema.optional(),
  serviceId: z.string().max(100).optional(),
  topic: z.string().max(60).optional(),
});
// The text has no limit here: a refused one is given back whole (the body limit bounds it).
const sendForm = z.object({
  text: z.string(),
  clientMsgId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});
/** Whatever the person typed, to give back with any refusal. */
const typedText = (body: unknown): string => z.object({ text: z.string() }).safeParse(body).data?.text ?? "";
const feedbackForm = z.object({
  rating: z.coerce.number().int().min(1).max(5),
  text: z.string().max(2000).default(""),
});

export function registerChatPublicRoutes(
  app: FastifyInstance,
  deps: { platform: Platform; core: ChatCore },
): void {
  const { platform, core } = deps;
  const secret = platform.cipher.deriveSecret("chat-nojs-csrf");
  const secure = platform.config.secureCookies;
  // Starting sessions is limited per address (kept in memory only); RATE_LIMIT=off lifts it for benchmarks.
  const limited = platform.config.rateLimit
    ? { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } }
    : {};

  for (const lang of langs) {
    app.get(pagePath("chat", lang), async (_request, reply) => {
      const found = await core.pageStatus({ lang });
      const body = found ? (
        <ChatPage lang={lang} service={found.service} status={found.status} />
      ) : (
        <>
          <h1>{chatText(lang, "title")}</h1>
          <p>{chatText(lang, "errorNoService")}</p>
          <Crisis lang={lang} />
        </>
      );
      return sendHtml(
        reply.publicCache(60),
        renderPublicPage(
          reply.renderContext(),
          {
            lang,
            title: chatText(lang, "title"),
            description: chatText(lang, "description"),
            alternates: alternatesOf("chat"),
            canonical: pagePath("chat", lang),
          },
          body,
        ),
      );
    });
  }

  /** For the launcher on every public page: is a chat open now, and if not, when does it open. */
  app.get("/api/v1/chat/status", async (request, reply) => {
    const lang = langSchema.catch(request.lang).parse((request.query as Record<string, unknown>).lang);
    const found = await core.pageStatus({ lang });
    return reply.publicCache(30).send({
      open: found?.status.open ?? false,
      opensAt: found?.status.opensAt?.toISOString() ?? null,
      url: pagePath("chat", lang),
    });
  });

  // No timed refresh (WCAG 2.2.1): the person refreshes the conversation when they want to.
  const page = (reply: FastifyReply, lang: Lang, body: ComponentChildren, status = 200) =>
    sendHtml(
      reply,
      renderPublicPage(
        reply.renderContext(),
        {
          lang,
          title: chatText(lang, "title"),
          noindex: true,
        },
        body,
      ),
      status,
    );

  async function sessionOf(
    request: FastifyRequest,
  ): Promise<{ session: SessionRow; token: string } | undefined> {
    const token = request.cookies[COOKIE];
    if (typeof token !== "string" || token.length === 0) return undefined;
    try {
      return { session: await core.authenticate(token), token };
    } catch {
      return undefined;
    }
  }

  const csrfFor = (token: string): string => csrfTokenFor(secret, hashToken(token));
  const noSession = (reply: FastifyReply, lang: Lang, typed = "") =>
    page(
      reply,
      lang,
      <>
        <h1>{chatText(lang, "title")}</h1>
        <p>{chatText(lang, "noSession")}</p>
        {typed && <KeptText lang={lang} text={typed} />}
        <p>
          <a href={pagePath("chat", lang)}>{chatText(lang, "start")}</a>
        </p>
      </>,
      404,
    );

  app.post("/chat/nojs/start", limited, async (request, reply) => {
    if (request.headers["sec-fetch-site"] === "cross-site") throw new HttpError(403, "csrf", "error.csrf");
    const parsed = startForm.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, "bad-request", "error.badRequest");
    const { lang, topic, serviceId } = parsed.data;
    const ui = parsed.data.ui ?? lang;
    let result;
    try {
      result = await core.startSession({
        lang,
        ...(serviceId ? { serviceId } : {}),
        ...(topic ? { topic } : {}),
      });
    } catch (error) {
      if (!(error instanceof ChatError)) throw error;
      return page(
        reply,
        ui,
        <>
          <h1>{chatText(ui, "title")}</h1>
          <p class="error-text" role="alert">
            {chatErrorMessage(ui, error.code)}
          </p>
          <p>
            <a href={pagePath("chat", ui)}>{chatText(ui, "back")}</a>
          </p>
        </>,
        error.status,
      );
    }
    if (result.closed) {
      const service = await core.findService({ lang, ...(serviceId ? { serviceId } : {}) });
      return page(
        reply,
        ui,
        <>
          <h1>{chatText(ui, "title")}</h1>
          <ClosedNotice lang={ui} service={service} opensAt={result.opensAt} />
        </>,
        409,
      );
    }
    void reply.setCookie(COOKIE, result.token, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: "strict",
      secure,
    });
    return reply.redirect("/chat/nojs/conversation", 303);
  });

  app.get("/chat/nojs/conversation", async (request, reply) => {
    const found = await sessionOf(request);
    if (!found) return noSession(reply, request.lang);
    const { session, token } = found;
    const lang = session.lang;
    const messages = await core.messages(session.id);
    // The current worker, for the status line; each message carries its own writer's alias.
    const alias = session.assignedUserId ? await core.aliasOf(session.assignedUserId) : "";
    const queue = session.status === "queued" ? await core.queueInfoFor(session) : undefined;
    const ended = session.status === "ended";
    const thanks = (request.query as Record<string, unknown>).thanks === "1";
    return page(
      reply,
      lang,
      <>
        <h1>{chatText(lang, "title")}</h1>
        {!ended && <p class="small">{chatText(lang, "refreshNote")}</p>}
        <p role="status">
          {queue && (
            <>
              {chatText(lang, "position")}: <strong>{queue.position}</strong>. {chatText(lang, "eta")}:{" "}
              <strong>{formatEta(queue.etaSeconds, lang)}</strong>.
            </>
          )}
          {session.status === "active" && alias && `${alias} ${chatText(lang, "joined")}`}
          {ended && chatText(lang, "ended")}
        </p>
        {session.crisis && <Crisis lang={lang} />}
        {queue && (
          <div class="box box-soft">
            <WhileWaiting lang={lang} />
          </div>
        )}
        <h2>{chatText(lang, "conversation")}</h2>
        <MessageList lang={lang} messages={messages} />
        {!ended ? (
          <>
            <p class="chat-actions">
              <a class="button" href="/chat/nojs/write">
                {chatText(lang, "writeMessage")}
              </a>
              <a class="button button-secondary" href="/chat/nojs/conversation">
                {chatText(lang, "refreshNow")}
              </a>
            </p>
            <form method="post" action="/chat/nojs/end">
              <input type="hidden" name="_csrf" value={csrfFor(token)} />
              <button type="submit" class="button-secondary">
                {chatText(lang, "end")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>
              <a href="/chat/nojs/transcript" download="luukku-chat.txt">
                {chatText(lang, "transcript")}
              </a>
            </p>
            {thanks || session.feedbackRating !== null ? (
              <p class="notice">{chatText(lang, "feedbackThanks")}</p>
            ) : (
              <form method="post" action="/chat/nojs/feedback">
                <input type="hidden" name="_csrf" value={csrfFor(token)} />
                <FeedbackFields lang={lang} />
              </form>
            )}
          </>
        )}
      </>,
    );
  });

  const writePage = (
    reply: FastifyReply,
    options: { lang: Lang; token: string; error?: string; text?: string; status?: number },
  ) => {
    const { lang, token, error, text = "" } = options;
    return page(
      reply,
      lang,
      <>
        <h1>{chatText(lang, "writeMessage")}</h1>
        <form method="post" action="/chat/nojs/send">
          <input type="hidden" name="_csrf" value={csrfFor(token)} />
          {/* A resubmitted form carries the same id, so the message is stored once. */}
          <input type="hidden" name="clientMsgId" value={randomUUID()} />
          <div class="field">
            <label for="nojs-text">{chatText(lang, "messageLabel")}</label>
            {error && (
              <p id="nojs-text-error" class="error-text">
                {error}
              </p>
            )}
            <textarea
              id="nojs-text"
              name="text"
              rows={5}
              required
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? "nojs-text-error" : undefined}
            >
              {text}
            </textarea>
          </div>
          <button type="submit">{chatText(lang, "send")}</button>
        </form>
        <p>
          <a href="/chat/nojs/conversation">{chatText(lang, "back")}</a>
        </p>
      </>,
      options.status ?? (error ? 400 : 200),
    );
  };

  /** A message that cannot go anywhere any more (the conversation ended): the text is given back to keep. */
  const endedPage = (reply: FastifyReply, lang: Lang, typed: string) =>
    page(
      reply,
      lang,
      <>
        <h1>{chatText(lang, "title")}</h1>
        <p class="error-text" role="alert">
          {chatText(lang, "sendRefusedEnded")}
        </p>
        {typed && <KeptText lang={lang} text={typed} />}
        <p>
          <a href="/chat/nojs/conversation">{chatText(lang, "back")}</a>
        </p>
      </>,
      409,
    );

  app.get("/chat/nojs/write", async (request, reply) => {
    const found = await sessionOf(request);
    if (!found) return noSession(reply, request.lang);
    if (found.session.status === "ended") return reply.redirect("/chat/nojs/conversation", 303);
    return writePage(reply, { lang: found.session.lang, token: found.token });
  });

  // Every refusal keeps what the person typed: 400 for empty or too long, 409 once the chat has ended,
  // 429 for more messages in a moment than the WebSocket allows.
  app.post("/chat/nojs/send", async (request, reply) => {
    const typed = typedText(request.body);
    const found = await sessionOf(request);
    if (!found) return noSession(reply, request.lang, typed);
    assertCsrf(request, secret, hashToken(found.token));
    const { token } = found;
    const lang = found.session.lang;
    const parsed = sendForm.safeParse(request.body);
    if (!parsed.success) {
      const key = typed.trim() ? "errorBadRequest" : "errorEmpty";
      return writePage(reply, { lang, token, error: chatText(lang, key), text: typed });
    }
    const text = messageText.safeParse(parsed.data.text);
    if (!text.success) {
      const key = typed.trim() ? "errorTooLong" : "errorEmpty";
      return writePage(reply, { lang, token, error: chatText(lang, key), text: typed });
    }
    try {
      await core.postClientMessage({
        session: found.session,
        text: text.data,
        clientMsgId: parsed.data.clientMsgId,
        ...(platform.config.rateLimit ? { limit: FLOOD_LIMIT } : {}),
      });
    } catch (error) {
      if (!(error instanceof ChatError)) throw error;
      if (error.code === "ended") return endedPage(reply, lang, typed);
      const message = chatErrorMessage(lang, error.code);
      return writePage(reply, { lang, token, error: message, text: typed, status: error.status });
    }
    return reply.redirect("/chat/nojs/conversation", 303);
  });

  app.post("/chat/nojs/end", async (request, reply) => {
    const found = await sessionOf(request);
    if (!found) return noSession(reply, request.lang);
    assertCsrf(request, secret, hashToken(found.token));
    await core.endByClient(found.session).catch((error: unknown) => {
      if (!(error instanceof ChatError)) throw error;
    });
    return reply.redirect("/chat/nojs/conversation", 303);
  });

  app.post("/chat/nojs/feedback", async (request, reply) => {
    const found = await sessionOf(request);
    if (!found) return noSession(reply, request.lang);
    assertCsrf(request, secret, hashToken(found.token));
    const parsed = feedbackForm.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, "bad-request", "error.badRequest");
    await core
      .feedback({ session: found.session, rating: parsed.data.rating, text: parsed.data.text.trim() })
      .catch((error: unknown) => {
        if (!(error instanceof ChatError)) throw error;
      });
    return reply.redirect("/chat/nojs/conversation?thanks=1", 303);
  });

  app.get("/chat/nojs/transcript", async (request, reply) => {
    const found = await sessionOf(request);
    if (!found) return noSession(reply, request.lang);
    const { session } = found;
    const text = transcriptText({ lang: session.lang, messages: await core.messages(session.id) });
    return reply
      .type("text/plain; charset=utf-8")
      .header("content-disposition", 'attachment; filename="luukku-chat.txt"')
      .send(`${text}\n`);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { explainOversizeClose, type ChatSocket as WebSocket } from "./socket";
import { z } from "zod";
import { langSchema, type Lang } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { sendApiError } from "../../platform/http/send-api-error";
import { floodGuard } from "./flood-guard";
import { authFrame, clientFrame, MAX_FRAME_BYTES, messageText, parseFrame, workerFrame } from "./frames";
import {
  clientMessageFrame,
  send,
  sendMessageOnce,
  type ChatHub,
  type ClientConn,
  type WorkerConn,
} from "./hub";
import { ChatError, CLIENT_GONE_MINUTES, type ChatCore, type SessionRow } from "./service";
import { chatErrorMessage, errorFrame } from "./error-messages";
import { chatText } from "./texts";

function rawText(data: unknown): string | undefined {
  if (Buffer.isBuffer(data)) return data.length > MAX_FRAME_BYTES ? undefined : data.toString("utf8");
  if (Array.isArray(data)) return rawText(Buffer.concat(data as Buffer[]));
  if (data instanceof ArrayBuffer) return rawText(Buffer.from(data));
  return undefined;
}

/** Runs frame handlers one at a time per socket, so messages keep their order. */
function serial(): (task: () => Promise<void>) => void {
  let chain = Promise.resolve();
  return (task) => {
    chain = chain.then(task).catch(() => undefined);
  };
}

const startBody = z.object({
  lang: langSchema,
  serviceId: z.string().max(100).optional(),
  topic: z.string().max(60).optional(),
});

const feedbackBody = z.object({
  token: z.string().min(20).max(200),
  rating: z.coerce.number().int().min(1).max(5),
  text: z.string().max(2000).default(""),
});

export function registerChatRealtimeRoutes(
  app: FastifyInstance,
  deps: { platform: Platform; core: ChatCore; hub: ChatHub },
): void {
  const { platform, core, hub } = deps;
  const publicOrigin = new URL(platform.config.publicUrl).origin;
  // Starting sessions is limited per address (kept in memory only); RATE_LIMIT=off lifts it for benchmarks.
  const limited = platform.config.rateLimit
    ? { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } }
    : {};

  app.post("/api/v1/chat/sessions", limited, async (request, reply) => {
    const parsed = startBody.safeParse(request.body);
    const lang = parsed.success ? parsed.data.lang : request.lang;
    if (!parsed.success) {
      return sendApiError(reply, {
        status: 400,
        code: "bad-request",
        message: chatText(lang, "errorBadRequest"),
      });
    }
    try {
      const result = await core.startSession(parsed.data);
      if (result.closed) {
        return await sendApiError(reply, {
          status: 409,
          code: "closed",
          message: chatText(lang, "errorClosed"),
          extra: { opensAt: result.opensAt?.toISOString() ?? null },
        });
      }
      return await reply
        .code(201)
        .header("cache-control", "no-store")
        .send({ sessionId: result.sessionId, token: result.token, queue: result.queue });
    } catch (error) {
      if (error instanceof ChatError) {
        return sendApiError(reply, {
          status: error.status,
          code: error.code,
          message: chatErrorMessage(lang, error.code),
        });
      }
      throw error;
    }
  });

  /** Feedback after the end; the token travels in the body, never in the URL. */
  app.post("/chat/feedback", limited, async (request, reply) => {
    const parsed = feedbackBody.safeParse(request.body);
    if (!parsed.success) {
      return sendApiError(reply, {
        status: 400,
        code: "bad-request",
        message: chatText(request.lang, "errorBadRequest"),
      });
    }
    try {
      const session = await core.authenticate(parsed.data.token);
      await core.feedback({ session, rating: parsed.data.rating, text: parsed.data.text.trim() });
      return await reply.code(204).send();
    } catch (error) {
      if (error instanceof ChatError) {
        return sendApiError(reply, {
          status: error.status,
          code: error.code,
          message: chatErrorMessage(request.lang, error.code),
        });
      }
      throw error;
    }
  });

  /** Browsers always send Origin on WebSockets: a foreign one is refused before the upgrade. */
  const clientOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== publicOrigin) {
      return sendApiError(reply, {
        status: 403,
        code: "origin",
        message: chatText(request.lang, "errorOrigin"),
      });
    }
    return undefined;
  };

  const abandonTimers = new Set<NodeJS.Timeout>();
  app.addHook("onClose", (_instance, done) => {
    for (const t of abandonTimers) clearTimeout(t);
    done();
  });

  app.get(
    "/api/v1/chat/ws",
    { websocket: true, preValidation: clientOrigin },
    (socket: WebSocket, request) => {
      let lang: Lang = request.lang;
      let conn: ClientConn | undefined;
      let session: SessionRow | undefined;
      const queue = serial();
      // A flooding client gets an error frame and nothing is stored or broadcast.
      const allow = floodGuard(platform.config.rateLimit);
      const allowTyping = floodGuard(platform.config.rateLimit);
      explainOversizeClose(socket, () => errorFrame(lang, "too-large"));
      const authTimer = setTimeout(() => {
        if (!conn) {
          send(socket, errorFrame(lang, "unauthorized"));
          socket.close(4401, "auth timeout");
        }
      }, 10_000);

      socket.on("close", () => {
        clearTimeout(authTimer);
        if (!conn || !session) return;
        const last = hub.removeClient(conn);
        const id = session.id;
        if (last) {
          void core.clientDisconnected(id).catch(() => undefined);
          const timer = setTimeout(
            () => {
              abandonTimers.delete(timer);
              void core.endAbandoned().catch(() => undefined);
            },
            CLIENT_GONE_MINUTES * 60_000 + 1000,
          );
          timer.unref();
          abandonTimers.add(timer);
        }
      });

      socket.on("message", (data, isBinary) => {
        const raw = isBinary ? undefined : rawText(data);
        queue(async () => {
          if (raw === undefined) {
            send(socket, errorFrame(lang, isBinary ? "bad-frame" : "too-large"));
            if (!conn) socket.close(4400, "bad frame");
            return;
          }
          if (!conn) {
            const auth = parseFrame(raw, authFrame);
            if (!auth) {
              send(socket, errorFrame(lang, "bad-frame"));
              socket.close(4400, "auth expected");
              return;
            }
            try {
              session = await core.connectClient(auth.token);
            } catch (error) {
              const code = error instanceof ChatError ? error.code : "bad-token";
              send(socket, errorFrame(lang, code));
              socket.close(4401, code);
              return;
            }
            clearTimeout(authTimer);
            lang = session.lang;
            conn = { socket, sessionId: session.id, orgId: session.orgId, sent: new Set() };
            hub.addClient(conn);
            // On (re)connection: the whole conversation so far, then where things stand. The session row
            // read above is normally current; if it left the queue meanwhile, it is read again.
            for (const m of await core.messages(session.id))
              sendMessageOnce(conn, clientMessageFrame(m), m.id);
            let fresh: SessionRow | undefined = session;
            if (fresh.status === "queued") {
              const q = await core.queueInfoFor(fresh);
              if (q) {
                conn.lastQueue = `${q.position}:${q.etaSeconds}`;
                send(socket, { type: "queue", position: q.position, etaSeconds: q.etaSeconds });
                return;
              }
              fresh = await core.loadSession(session.id);
            }
            if (fresh?.status === "active" && fresh.assignedUserId) {
              send(socket, { type: "joined", worker: { alias: await core.aliasOf(fresh.assignedUserId) } });
            } else if (fresh?.status === "ended") {
              send(socket, { type: "ended", reason: fresh.endReason ?? "ended" });
            }
            return;
          }
          const frame = parseFrame(raw, clientFrame);
          if (!frame || !session) {
            send(socket, errorFrame(lang, "bad-frame"));
            return;
          }
          try {
            switch (frame.type) {
              case "message": {
                const text = messageText.safeParse(frame.text);
                if (!text.success) {
                  send(socket, errorFrame(lang, frame.text.trim() ? "too-long" : "bad-frame"));
                  return;
                }
                if (!allow()) {
                  send(socket, { ...errorFrame(lang, "rate-limited"), clientMsgId: frame.clientMsgId });
                  return;
                }
                const { message, crisisMessage } = await core.postClientMessage({
                  session,
                  text: text.data,
                  clientMsgId: frame.clientMsgId,
                });
                // Written to the database above: now the echo is the acknowledgement.
                sendMessageOnce(conn, clientMessageFrame(message), message.id);
                if (crisisMessage) sendMessageOnce(conn, clientMessageFrame(crisisMessage), crisisMessage.id);
                return;
              }
              case "typing":
                if (!allowTyping()) {
                  send(socket, errorFrame(lang, "rate-limited"));
                  return;
                }
                await core.typing({ sessionId: session.id, from: "c" });
                return;
              case "end":
                await core.endByClient(session);
                return;
            }
          } catch (error) {
            if (error instanceof ChatError) {
              send(socket, {
                ...errorFrame(lang, error.code),
                ...(frame.type === "message" ? { clientMsgId: frame.clientMsgId } : {}),
              });
              return;
            }
            request.log.error({ err: error }, "chat frame failed");
            send(socket, errorFrame(lang, "bad-frame"));
          }
        });
      });
    },
  );

  /** Staff real-time: the staff session cookie, MFA, role chat_worker, and an Origin that must be ours. */
  const workerCheck = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.headers.origin !== publicOrigin) {
      return sendApiError(reply, {
        status: 403,
        code: "origin",
        message: chatText(request.lang, "errorOrigin"),
      });
    }
    const token = platform.guard.readToken(request);
    const context = token ? await platform.auth.resolveSession({ token }) : undefined;
    if (!context?.mfaVerified || core.workerOrgIds(context).length === 0) {
      return sendApiError(reply, {
        status: 401,
        code: "unauthorized",
        message: chatText(request.lang, "errorBadToken"),
      });
    }
    return undefined;
  };

  app.get("/staff/chat/ws", { websocket: true, preValidation: workerCheck }, (socket: WebSocket, request) => {
    const lang = request.lang;
    const queue = serial();
    let conn: WorkerConn | undefined;
    const pending: string[] = [];
    const allowTyping = floodGuard(platform.config.rateLimit);
    explainOversizeClose(socket, () => errorFrame(lang, "too-large"));
    const token = platform.guard.readToken(request) ?? "";
    const ready = platform.auth.resolveSession({ token }).then(async (context) => {
      if (!context) {
        socket.close(4401, "unauthorized");
        return undefined;
      }
      conn = { socket, userId: context.userId, orgIds: core.workerOrgIds(context), sent: new Set() };
      hub.addWorker(conn);
      send(socket, { type: "queue", ...(await core.queueSummary(conn.orgIds)) });
      return context;
    });
    socket.on("close", () => {
      if (conn) hub.removeWorker(conn);
    });
    socket.on("message", (data, isBinary) => {
      const raw = isBinary ? undefined : rawText(data);
      pending.push(raw ?? "");
      queue(async () => {
        const context = await ready;
        const text = pending.shift();
        if (!context || !conn) return;
        const frame = text ? parseFrame(text, workerFrame) : undefined;
        if (!frame) {
          send(socket, errorFrame(lang, text === "" ? "too-large" : "bad-frame"));
          return;
        }
        // The staff session may have ended since the socket opened.
        const still = await platform.auth.resolveSession({ token });
        if (!still?.mfaVerified) {
          send(socket, errorFrame(lang, "unauthorized"));
          socket.close(4401, "session ended");
          return;
        }
        try {
          switch (frame.type) {
            case "message": {
              const body = messageText.safeParse(frame.text);
              if (!body.success) {
                send(socket, { ...errorFrame(lang, "too-long"), clientMsgId: frame.clientMsgId });
                return;
              }
              const message = await core.postWorkerMessage({
                context,
                sessionId: frame.sessionId,
                text: body.data,
                clientMsgId: frame.clientMsgId,
              });
              sendMessageOnce(
                conn,
                {
                  ...clientMessageFrame(message),
                  clientMsgId: frame.clientMsgId,
                  sessionId: message.sessionId,
                },
                message.id,
              );
              return;
            }
            case "typing":
              if (!allowTyping()) {
                send(socket, { ...errorFrame(lang, "rate-limited"), sessionId: frame.sessionId });
                return;
              }
              await core.sessionForWorker(context, frame.sessionId);
              await core.typing({ sessionId: frame.sessionId, from: "w" });
              return;
            case "accept": {
              const session = await core.accept({ context, sessionId: frame.sessionId });
              send(socket, { type: "accepted", sessionId: session.id });
              return;
            }
          }
        } catch (error) {
          if (error instanceof ChatError) {
            send(socket, {
              ...errorFrame(lang, error.code),
              ...("sessionId" in frame ? { sessionId: frame.sessionId } : {}),
              ...(frame.type === "message" ? { clientMsgId: frame.clientMsgId } : {}),
            });
            return;
          }
          request.log.error({ err: error }, "chat worker frame failed");
          send(socket, errorFrame(lang, "bad-frame"));
        }
      });
    });
  });
}

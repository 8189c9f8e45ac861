import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { z } from "zod";
import { staffHandler, type StaffContext } from "../../platform/auth/index";
import { HttpError } from "../../platform/http/http-error";
import type { Lang } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { renderStaffPage } from "../../platform/views/layout";
import { sendHtml } from "../../platform/views/send-html";
import { chatErrorMessage } from "./error-messages";
import { messageText } from "./frames";
import { ChatError, type ChatCore } from "./service";
import { teamText, type TeamTextKey } from "./admin-texts";
import { staffText } from "./texts";
import { topicLabel } from "./topic-label";
import { formatTime } from "./views";

const availabilityForm = z.object({
  available: z.literal("on").optional(),
  maxConcurrent: z.coerce.number().int().min(1).max(10).default(3),
});
const textForm = z.object({ text: z.string().max(8000) });
const cannedForm = z.object({ cannedId: z.string().max(100) });
const transferForm = z.object({
  toUserId: z.string().max(100).optional(),
  toTeamId: z.string().max(100).optional(),
  note: z.string().max(4000).default(""),
});
const idParams = z.object({ id: z.uuid() });

export function registerChatStaffRoutes(
  app: FastifyInstance,
  deps: { platform: Platform; core: ChatCore },
): void {
  const { platform, core } = deps;
  const { guard } = platform;

  const workerRoles = { roles: ["chat_worker", "manager", "org_admin"] } as const;

  const page = (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    title: string,
    body: ComponentChildren,
    status = 200,
  ) =>
    sendHtml(
      reply,
      renderStaffPage(
        reply.renderContext(),
        { lang, title },
        <div id="chat-workspace" data-lang={lang}>
          {body}
        </div>,
        {
          displayName: context.displayName,
          csrfToken: guard.csrfToken(context),
        },
      ),
      status,
    );

  /**
   * A staff route whose refusals are pages saying what happened in the worker's language (409 for a full
   * or unavailable worker, a taken chat and the like); other organisations' sessions are simply not found.
   */
  const workerRoute = (
    run: (request: FastifyRequest, reply: FastifyReply, context: StaffContext) => Promise<unknown>,
  ) =>
    staffHandler(guard, workerRoles, async (request, reply, context) => {
      try {
        return await run(request, reply, context);
      } catch (error) {
        if (!(error instanceof ChatError)) throw error;
        if (error.status === 404) throw new HttpError(404, error.code, "error.notFound");
        const lang = request.lang;
        return page(
          reply,
          context,
          lang,
          staffText(lang, "refused"),
          <>
            <h1>{staffText(lang, "refused")}</h1>
            <p class="error-text" role="alert" data-code={error.code}>
              {chatErrorMessage(lang, error.code)}
            </p>
            <p>
              <a href="/staff/chat">{staffText(lang, "title")}</a>
            </p>
          </>,
          error.status,
        );
      }
    });

  app.get(
    "/staff/chat",
    workerRoute(async (request, reply, context) => {
      const lang = request.lang;
      const s = (k: Parameters<typeof staffText>[1]) => staffText(lang, k);
      const t = (k: TeamTextKey) => teamText(lang, k);
      const orgs = core.workerOrgIds(context);
      const status = await core.workerStatus(context);
      const summary = await core.queueSummary(orgs);
      const queued = await core.queuedList({ orgIds: orgs, lang });
      const mine = await core.mySessions({ context, lang });
      const supervisor = core.hasSupervisorRole(context);
      const supOrgs = core.supervisorOrgIds(context);
      const load = supervisor ? await core.workerLoad(supOrgs) : [];
      const supSummary = supervisor ? await core.queueSummary(supOrgs) : undefined;
      const csrf = guard.csrfToken(context);
      return page(
        reply,
        context,
        lang,
        s("title"),
        <>
          <h1>{s("title")}</h1>
          {core.isOrgAdmin(context) && (
            <p>
              <a href="/staff/chat/admin">{t("adminLink")}</a>
            </p>
          )}
          <form method="post" action="/staff/chat/availability" class="box">
            <input type="hidden" name="_csrf" value={csrf} />
            <label class="choice" for="available">
              <input type="checkbox" id="available" name="available" checked={status.available} />{" "}
              {s("available")}
            </label>
            <div class="field">
              <label for="maxConcurrent">{s("maxConcurrent")}</label>
              <input
                type="number"
                id="maxConcurrent"
                name="maxConcurrent"
                min={1}
                max={10}
                value={String(status.maxConcurrent)}
              />
            </div>
            <button type="submit">{s("saveAvailability")}</button>
          </form>
          <section aria-labelledby="queue-h">
            <h2 id="queue-h">{s("queue")}</h2>
            <p id="chat-queue-summary" role="status">
              {s("queued")}: <strong id="chat-queue-count">{summary.queued}</strong> ({s("crisisQueued")}{" "}
              <strong id="chat-queue-crisis">{summary.crisis}</strong>), {s("longestWait")}{" "}
              <span id="chat-queue-longest">{Math.round(summary.longestWaitSeconds / 60)}</span> min
            </p>
            <form method="post" action="/staff/chat/accept-next">
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit" id="accept-next">
                {s("acceptNext")}
              </button>
            </form>
            {queued.length > 0 && (
              <table>
                <caption class="visually-hidden">{s("queue")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s("topic")}</th>
                    <th scope="col">{s("lang")}</th>
                    <th scope="col">{s("crisis")}</th>
                    <th scope="col">{s("waited")}</th>
                    <th scope="col">{t("team")}</th>
                  </tr>
                </thead>
                <tbody>
                  {queued.map((q) => (
                    <tr key={q.id} class={q.crisis ? "chat-crisis-row" : undefined}>
                      <td>{q.topic ?? "–"}</td>
                      <td>{q.lang}</td>
                      <td>{q.crisis ? `${s("crisis")}: ${q.crisisCategories.join(", ")}` : s("no")}</td>
                      <td>{Math.round((Date.now() - q.createdAt.getTime()) / 60000)} min</td>
                      <td>{q.team ?? "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="mine-h">
            <h2 id="mine-h">{s("myChats")}</h2>
            {mine.length === 0 ? (
              <p>{s("none")}</p>
            ) : (
              <ul>
                {mine.map((m) => (
                  <li key={m.id} data-session-id={m.id} data-crisis={m.crisis ? "1" : "0"}>
                    <a href={`/staff/chat/sessions/${m.id}`}>
                      {s("open")}: {m.topic ?? "–"} ({m.lang}){m.crisis ? ` · ${s("crisis")}` : ""}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {supervisor && supSummary && (
            <section aria-labelledby="sup-h">
              <h2 id="sup-h">{s("supervisor")}</h2>
              <p>
                {s("queued")}: {supSummary.queued} · {s("crisisQueued")} {supSummary.crisis} ·{" "}
                {s("longestWait")} {supSummary.longestWaitSeconds} {s("seconds")}
              </p>
              <table>
                <caption class="visually-hidden">{s("supervisor")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s("worker")}</th>
                    <th scope="col">{s("availableShort")}</th>
                    <th scope="col">{s("load")}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.map((w) => (
                    <tr key={w.display_name}>
                      <td>
                        {w.display_name} ({w.alias})
                      </td>
                      <td>{w.available ? s("yes") : s("no")}</td>
                      <td>
                        {w.open} / {w.max_concurrent}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>,
      );
    }),
  );

  app.post(
    "/staff/chat/availability",
    workerRoute(async (request, reply, context) => {
      const parsed = availabilityForm.safeParse(request.body);
      if (!parsed.success) throw new HttpError(400, "bad-request", "error.badRequest");
      await core.setAvailability({
        context,
        available: parsed.data.available === "on",
        maxConcurrent: parsed.data.maxConcurrent,
      });
      return reply.redirect("/staff/chat", 303);
    }),
  );

  app.post(
    "/staff/chat/accept-next",
    workerRoute(async (_request, reply, context) => {
      const session = await core.accept({ context });
      return reply.redirect(`/staff/chat/sessions/${session.id}`, 303);
    }),
  );

  app.post(
    "/staff/chat/sessions/:id/accept",
    workerRoute(async (request, reply, context) => {
      const params = idParams.safeParse(request.params);
      if (!params.success) throw new HttpError(404, "not-found", "error.notFound");
      const session = await core.accept({ context, sessionId: params.data.id });
      return reply.redirect(`/staff/chat/sessions/${session.id}`, 303);
    }),
  );

  app.get(
    "/staff/chat/sessions/:id",
    workerRoute(async (request, reply, context) => {
      const params = idParams.safeParse(request.params);
      if (!params.success) throw new HttpError(404, "not-found", "error.notFound");
      const lang = request.lang;
      const s = (k: Parameters<typeof staffText>[1]) => staffText(lang, k);
      const t = (k: TeamTextKey) => teamText(lang, k);
      const view = await core.transcriptForWorker({ context, sessionId: params.data.id });
      const { session } = view;
      const mine = session.assignedUserId === context.userId && session.status === "active";
      const csrf = guard.csrfToken(context);
      const canned = await core.cannedReplies({ orgId: session.orgId, lang: session.lang });
      const colleagues = mine ? await core.colleagues({ context, orgId: session.orgId }) : [];
      const teams = mine ? await core.teams({ orgId: session.orgId }) : [];
      const base = `/staff/chat/sessions/${session.id}`;
      const service = await core.loadService(session.serviceId);
      const topic = topicLabel({ topics: service?.topics, id: session.topic, lang });
      return page(
        reply,
        context,
        lang,
        s("transcript"),
        <div
          id="chat-session"
          data-session-id={session.id}
          data-mine={mine ? "1" : "0"}
          data-crisis={session.crisis ? "1" : "0"}
        >
          <h1>{s("transcript")}</h1>
          <p>
            <a href="/staff/chat">{s("title")}</a>
          </p>
          <dl>
            <dt>{s("topic")}</dt>
            <dd>{topic ?? "–"}</dd>
            <dt>{s("lang")}</dt>
            <dd>{session.lang}</dd>
            {session.crisis && (
              <>
                <dt>{s("crisisReasons")}</dt>
                <dd class="chat-crisis-reasons">
                  {session.crisisCategories.join(", ")}
                  {view.crisisReasons.length > 0 && ` (${view.crisisReasons.join("; ")})`}
                </dd>
              </>
            )}
          </dl>
          {session.status === "ended" && <p class="notice">{s("ended")}</p>}
          <ol id="chat-log" class="chat-log" aria-live="polite">
            {view.messages.map((m) => (
              <li key={m.id} data-id={m.id} class={`chat-msg chat-msg-${m.from}`}>
                <span class="chat-who">
                  {m.from === "client"
                    ? s("client")
                    : m.from === "worker"
                      ? (m.alias ?? s("worker"))
                      : "Luukku"}
                </span>{" "}
                <span class="small">{formatTime(m.at, lang)}</span>
                <p class="chat-text">{m.text}</p>
              </li>
            ))}
          </ol>
          <p id="chat-typing" class="small" aria-live="polite"></p>
          {mine && (
            <>
              <form method="post" action={`${base}/messages`} id="chat-reply">
                <input type="hidden" name="_csrf" value={csrf} />
                <div class="field">
                  <label for="reply-text">{s("reply")}</label>
                  <textarea id="reply-text" name="text" rows={3} required maxLength={4000}></textarea>
                </div>
                <button type="submit">{s("send")}</button>
              </form>
              {canned.length > 0 && (
                <form method="post" action={`${base}/canned`} class="inline-form">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <label for="canned">{s("canned")}</label>{" "}
                  <select id="canned" name="cannedId">
                    {canned.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.title}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="submit">{s("sendCanned")}</button>
                </form>
              )}
              {colleagues.length > 0 && (
                <form method="post" action={`${base}/transfer`} class="box">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <fieldset>
                    <legend>{s("transfer")}</legend>
                    <div class="field">
                      <label for="toUserId">{s("transferTo")}</label>
                      <select id="toUserId" name="toUserId">
                        {colleagues.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.displayName} ({c.alias}){c.free ? "" : ` · ${s("busy")}`}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div class="field">
                      <label for="transfer-note">{s("transferNote")}</label>
                      <textarea id="transfer-note" name="note" rows={2} maxLength={4000}></textarea>
                    </div>
                    <button type="submit">{s("transfer")}</button>
                  </fieldset>
                </form>
              )}
              {teams.length > 0 && (
                <form method="post" action={`${base}/transfer`} class="box" id="chat-transfer-team">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <fieldset>
                    <legend>{t("transferToTeam")}</legend>
                    <div class="field">
                      <label for="toTeamId">{t("team")}</label>
                      <select id="toTeamId" name="toTeamId">
                        {teams.map((team) => (
                          <option key={team.id} value={team.id}>
                            {team.name}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div class="field">
                      <label for="team-note">{s("transferNote")}</label>
                      <textarea id="team-note" name="note" rows={2} maxLength={4000}></textarea>
                    </div>
                    <button type="submit">{t("transferToTeam")}</button>
                  </fieldset>
                </form>
              )}
              <form method="post" action={`${base}/end`}>
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="button-secondary">
                  {s("end")}
                </button>
              </form>
            </>
          )}
          {session.status === "queued" && (
            <form method="post" action={`${base}/accept`}>
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit">{s("acceptNext")}</button>
            </form>
          )}
          <section aria-labelledby="notes-h">
            <h2 id="notes-h">{s("notes")}</h2>
            <ul>
              {view.notes.map((n) => (
                <li key={n.id}>
                  <span class="small">
                    {n.author} {formatTime(n.at.toISOString(), lang)}
                  </span>
                  <p>{n.text}</p>
                </li>
              ))}
            </ul>
            <form method="post" action={`${base}/notes`}>
              <input type="hidden" name="_csrf" value={csrf} />
              <div class="field">
                <label for="note-text">{s("note")}</label>
                <textarea id="note-text" name="text" rows={2} required maxLength={4000}></textarea>
              </div>
              <button type="submit">{s("addNote")}</button>
            </form>
          </section>
        </div>,
      );
    }),
  );

  const sessionPost = (
    path: string,
    handler: (options: {
      context: StaffContext;
      sessionId: string;
      body: unknown;
    }) => Promise<string | undefined>,
  ) => {
    app.post(
      `/staff/chat/sessions/:id/${path}`,
      workerRoute(async (request, reply, context) => {
        const params = idParams.safeParse(request.params);
        if (!params.success) throw new HttpError(404, "not-found", "error.notFound");
        const target = await handler({ context, sessionId: params.data.id, body: request.body });
        return reply.redirect(target ?? `/staff/chat/sessions/${params.data.id}`, 303);
      }),
    );
  };

  const text = (body: unknown): string => {
    const parsed = textForm.safeParse(body);
    const value = parsed.success ? messageText.safeParse(parsed.data.text) : undefined;
    if (!value?.success) throw new HttpError(400, "bad-request", "error.badRequest");
    return value.data;
  };

  sessionPost("messages", async ({ context, sessionId, body }) => {
    await core.postWorkerMessage({ context, sessionId, text: text(body) });
    return undefined;
  });
  sessionPost("canned", async ({ context, sessionId, body }) => {
    const parsed = cannedForm.safeParse(body);
    const session = await core.sessionForWorker(context, sessionId);
    const reply = parsed.success
      ? await core.cannedReply({ orgId: session.orgId, id: parsed.data.cannedId })
      : undefined;
    if (!reply) throw new HttpError(400, "bad-request", "error.badRequest");
    await core.postWorkerMessage({ context, sessionId, text: reply });
    return undefined;
  });
  sessionPost("notes", async ({ context, sessionId, body }) => {
    await core.addNote({ context, sessionId, text: text(body) });
    return undefined;
  });
  sessionPost("end", async ({ context, sessionId }) => {
    await core.endByWorker({ context, sessionId });
    return undefined;
  });
  sessionPost("transfer", async ({ context, sessionId, body }) => {
    const parsed = transferForm.safeParse(body);
    if (!parsed.success) throw new HttpError(400, "bad-request", "error.badRequest");
    const { toUserId, toTeamId, note } = parsed.data;
    if (toTeamId) await core.transfer({ context, sessionId, toTeamId, note });
    else if (toUserId) await core.transfer({ context, sessionId, toUserId, note });
    else throw new HttpError(400, "bad-request", "error.badRequest");
    return "/staff/chat";
  });
}

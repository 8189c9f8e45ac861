import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import QRCode from "qrcode";
import { z } from "zod";
import {
  ErrorSummary,
  hasRole,
  isGlobalAdmin,
  staffHandler,
  type Role,
  type StaffContext,
} from "../../platform/auth/index";
import { notFound } from "../../platform/http/http-error";
import { langs, type Lang } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { renderStaffPage } from "../../platform/views/layout";
import { pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { formatDate } from "./format-date";
import { questionReport } from "./question-report";
import { staffTextForm, templateForm, TRANSFER_NOTE_MAX, transferForm, voucherBatchForm } from "./schemas";
import {
  addNote,
  addTemplate,
  answerThread,
  answeringOrgIds,
  claimThread,
  createVoucherBatch,
  listQueue,
  listTemplates,
  listVoucherUnits,
  releaseThread,
  servicesOfOrgs,
  teamLoad,
  teamOrgIds,
  transferThread,
  viewThreadAsStaff,
  voucherOrgIds,
  type QueueRow,
  type StaffActionError,
  type StaffThread,
} from "./service";
import { professionName, staffText as st, text, topicName, type StaffTextKey } from "./texts";
import { ReportFilter, ReportTables } from "./views/report-view";

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const reportQuery = z.object({
  org: z.string().max(100).optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});

/** `YYYY-MM` of a date in Helsinki, moved by `shift` months. */
function helsinkiMonth(date: Date, shift = 0): string {
  const [year = 0, month = 1] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
  })
    .format(date)
    .split("-")
    .map(Number);
  const index = year * 12 + (month - 1) + shift;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const monthsBetween = (from: string, to: string): number => {
  const [fy = 0, fm = 0] = from.split("-").map(Number);
  const [ty = 0, tm = 0] = to.split("-").map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
};

const langNames: Record<Lang, string> = { fi: "suomi", sv: "svenska", en: "English" };

/** Who may open which page; the nav offers only these, and the routes' guards enforce the same. */
const pageRoles = {
  queue: ["counsellor"],
  team: ["org_admin", "manager"],
  vouchers: ["org_admin", "referrer"],
  reports: ["manager", "org_admin"],
} as const satisfies Record<string, readonly Role[]>;

const mayOpen = (context: StaffContext, roles: readonly Role[]): boolean =>
  isGlobalAdmin(context) || roles.some((role) => hasRole(context, role));

function StaffNav(props: { lang: Lang; context: StaffContext }) {
  const { lang, context } = props;
  const links: [string, StaffTextKey, readonly Role[]][] = [
    ["/staff/questions", "navQueue", pageRoles.queue],
    ["/staff/questions/team", "teamTitle", pageRoles.team],
    ["/staff/questions/templates", "templatesTitle", pageRoles.queue],
    ["/staff/questions/vouchers", "vouchersTitle", pageRoles.vouchers],
    ["/staff/questions/reports", "navReports", pageRoles.reports],
  ];
  return (
    <nav aria-label={st(lang, "queueTitle")} class="questions-staff-nav">
      <ul class="inline-list">
        {links
          .filter(([, , roles]) => mayOpen(context, roles))
          .map(([href, key]) => (
            <li key={href}>
              <a href={href}>{st(lang, key)}</a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** The alert over the queue: how many crisis questions wait at its top. */
function CrisisBanner(props: { lang: Lang; count: number }) {
  if (props.count === 0) return null;
  return (
    <p class="error-summary questions-crisis-alert" role="alert" data-crisis-count={props.count}>
      <strong>{st(props.lang, "crisisFlag")}:</strong>{" "}
      {props.count === 1
        ? st(props.lang, "queueCrisisOne")
        : st(props.lang, "queueCrisisMany", { count: props.count })}
    </p>
  );
}

function QueueTable(props: { lang: Lang; rows: QueueRow[] }) {
  const { lang } = props;
  return (
    <table class="questions-queue">
      <thead>
        <tr>
          <th scope="col">{st(lang, "colDue")}</th>
          <th scope="col">{st(lang, "colService")}</th>
          <th scope="col">{st(lang, "colTopic")}</th>
          <th scope="col">{st(lang, "colFor")}</th>
          <th scope="col">{st(lang, "colLang")}</th>
          <th scope="col">{st(lang, "colClaimed")}</th>
          <th scope="col">{st(lang, "colOpen")}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.id} class={r.crisis ? "questions-crisis" : r.overdue ? "questions-overdue" : undefined}>
            <td>
              {r.crisis && <strong class="questions-flag">{st(lang, "crisisFlag")} </strong>}
              {r.overdue && <strong class="questions-flag">{st(lang, "overdue")} </strong>}
              {formatDate(lang, r.answerDue, true)}
            </td>
            <td>{r.serviceName}</td>
            <td>{r.topic ? topicName(lang, r.topic) : st(lang, "topicNone")}</td>
            <td>{r.profession ? professionName(lang, r.profession) : st(lang, "anyoneInService")}</td>
            <td>{r.lang}</td>
            <td>{r.claimedByName ?? st(lang, "unclaimed")}</td>
            <td>
              <a href={`/staff/questions/${r.id}`}>
                {st(lang, "colOpen")}
                <span class="visually-hidden">: {formatDate(lang, r.answerDue, true)}</span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ThreadView(props: {
  lang: Lang;
  thread: StaffThread;
  actor: StaffContext;
  csrf: string;
  templates: { id: string; title: string; body: string }[];
  services: { id: string; name: Record<string, string>; professions: string[]; languages: string[] }[];
  answerText: string;
  transferNote: string;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { lang, thread, csrf } = props;
  const mine = thread.claimedBy === props.actor.userId;
  const mayTransfer = thread.status !== "closed" && (thread.claimedBy === null || mine);
  // Every place the thread could go but where it is now; a service not answering its language is left out.
  const targets = props.services
    .filter((s) => s.languages.includes(thread.lang))
    .map((s) => ({
      service: s,
      options: [undefined, ...s.professions]
        .filter((p) => !(s.id === thread.serviceId && (p ?? null) === thread.profession))
        .map((p) => ({
          value: p ? `${s.id}/${p}` : s.id,
          label: p ? professionName(lang, p) : st(lang, "anyoneInService"),
        })),
    }))
    .filter((t) => t.options.length > 0);
  // Where a form is not offered (closed, or held by someone else), what was typed for it is shown to copy.
  const unsent = [thread.status === "closed" ? props.answerText : "", mayTransfer ? "" : props.transferNote]
    .filter((t) => t !== "")
    .join("\n\n");
  const base = `/staff/questions/${thread.id}`;
  return (
    <>
      <p>
        <a href="/staff/questions">{st(lang, "back")}</a>
      </p>
      <h1>
        {thread.serviceName} · {formatDate(lang, thread.createdAt, true)}
      </h1>
      {thread.crisis && (
        <p class="error-summary" role="alert">
          {st(lang, "crisisFlag")}: {st(lang, "crisisAlert")} ({thread.crisisCategories.join(", ")})
        </p>
      )}
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <ErrorSummary message={props.error} />
      <p>
        {st(lang, "colStatus")}: {text(lang, `status.${thread.status as "waiting" | "answered" | "closed"}`)}{" "}
        · {st(lang, "colDue")}: {formatDate(lang, thread.answerDue, true)} · {st(lang, "colLang")}:{" "}
        {thread.lang} · {st(lang, "colTopic")}:{" "}
        <span data-topic>{thread.topic ? topicName(lang, thread.topic) : st(lang, "topicNone")}</span> ·{" "}
        {st(lang, "colFor")}:{" "}
        <span data-profession>
          {thread.profession ? professionName(lang, thread.profession) : st(lang, "anyoneInService")}
        </span>
      </p>
      <p data-claim>
        {thread.claimedBy === null
          ? st(lang, "unclaimed")
          : mine
            ? st(lang, "claimedByYou")
            : st(lang, "claimedByOther", { name: thread.claimedByName ?? "?" })}
      </p>
      {thread.status !== "closed" && (
        <form method="post" action={`${base}/${mine ? "release" : "claim"}`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit" class={mine ? "button-secondary" : undefined}>
            {mine ? st(lang, "release") : st(lang, "claim")}
          </button>
        </form>
      )}
      <h2>{st(lang, "messagesTitle")}</h2>
      <ol class="questions-messages">
        {thread.messages.map((m) => (
          <li key={m.id} class={`from-${m.author}`}>
            <p class="meta">
              <strong>
                {m.author === "client"
                  ? st(lang, "client")
                  : m.author === "note"
                    ? `${st(lang, "noteFrom")} (${m.by ?? ""})`
                    : (m.by ?? "")}
              </strong>{" "}
              · {formatDate(lang, m.at, true)}
            </p>
            <p class="questions-text">{m.text}</p>
          </li>
        ))}
      </ol>
      {thread.status !== "closed" && (
        <>
          <h2>{st(lang, "answerLabel")}</h2>
          <form method="get" action={base} class="inline-form">
            <label for="template">{st(lang, "templateLabel")}</label>
            <select id="template" name="template">
              {props.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
            <button type="submit" class="button-secondary">
              {st(lang, "useTemplate")}
            </button>
          </form>
          {props.templates.length === 0 && <p class="small">{st(lang, "noTemplates")}</p>}
          <form method="post" action={`${base}/answer`}>
            <input type="hidden" name="_csrf" value={csrf} />
            <div class="field">
              <label for="answer">{st(lang, "answerLabel")}</label>
              <textarea id="answer" name="text" rows={10} required maxLength={10_000}>
                {props.answerText}
              </textarea>
            </div>
            <button type="submit">{st(lang, "answerSend")}</button>
          </form>
        </>
      )}
      {unsent !== "" && (
        <div class="field">
          <label for="unsent-text">{st(lang, "unsentText")}</label>
          <textarea id="unsent-text" rows={6} readOnly>
            {unsent}
          </textarea>
        </div>
      )}
      <form method="post" action={`${base}/note`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <div class="field">
          <label for="note">{st(lang, "noteLabel")}</label>
          <textarea id="note" name="text" rows={3} required maxLength={10_000} />
        </div>
        <button type="submit" class="button-secondary">
          {st(lang, "noteSend")}
        </button>
      </form>
      {thread.status !== "closed" && (
        <section aria-labelledby="transfer-heading">
          <h2 id="transfer-heading">{st(lang, "transferTitle")}</h2>
          <p class="small" id="transfer-hint">
            {st(lang, "transferHint")}
          </p>
          {mayTransfer && targets.length > 0 && (
            <form method="post" action={`${base}/transfer`}>
              <input type="hidden" name="_csrf" value={csrf} />
              <div class="field">
                <label for="transfer-target">{st(lang, "transferTo")}</label>
                <select id="transfer-target" name="target" aria-describedby="transfer-hint">
                  {targets.map((t) => (
                    <optgroup key={t.service.id} label={t.service.name[lang] ?? t.service.id}>
                      {t.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {`${t.service.name[lang] ?? t.service.id} · ${o.label}`}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="transfer-note">{st(lang, "transferNote")}</label>
                <textarea id="transfer-note" name="note" rows={3} maxLength={TRANSFER_NOTE_MAX}>
                  {props.transferNote}
                </textarea>
              </div>
              <button type="submit" class="button-secondary">
                {st(lang, "transferSend")}
              </button>
            </form>
          )}
        </section>
      )}
    </>
  );
}

export function registerQuestionsStaffRoutes(
  app: FastifyInstance,
  platform: Platform,
  hooks: { onAnswerSaved: () => void },
): void {
  const { guard, database } = platform;
  const deps = { database, cipher: platform.cipher };
  const page = (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    title: string,
    body: preact.ComponentChildren,
    status = 200,
  ) =>
    sendHtml(
      reply,
      renderStaffPage(
        reply.renderContext(),
        { lang, title },
        <>
          <StaffNav lang={lang} context={context} />
          {body}
        </>,
        { displayName: context.displayName, csrfToken: guard.csrfToken(context) },
      ),
      status,
    );

  app.get(
    "/staff/questions",
    staffHandler(guard, { roles: pageRoles.queue }, async (request, reply, context) => {
      const lang = request.lang;
      const queue = await listQueue({ database, orgIds: answeringOrgIds(context), lang });
      // The count in the tab title too, so a crisis shows in a background tab, with or without JavaScript.
      const title =
        queue.crisis > 0
          ? `(${String(queue.crisis)}) ${st(lang, "crisisFlag")} · ${st(lang, "queueTitle")}`
          : st(lang, "queueTitle");
      return page(
        reply,
        context,
        lang,
        title,
        <>
          <h1>{st(lang, "queueTitle")}</h1>
          <CrisisBanner lang={lang} count={queue.crisis} />
          <p>
            {st(lang, "queueCount", { count: queue.total, overdue: queue.overdue })}{" "}
            {queue.total > queue.rows.length ? st(lang, "queueShowing", { shown: queue.rows.length }) : ""}
          </p>
          {queue.rows.length === 0 ? (
            <p>{st(lang, "queueEmpty")}</p>
          ) : (
            <QueueTable lang={lang} rows={queue.rows} />
          )}
        </>,
      );
    }),
  );

  app.get(
    "/staff/questions/team",
    // Who holds how much is for those who lead the organisation's work, and only for their organisations.
    staffHandler(guard, { roles: pageRoles.team }, async (request, reply, context) => {
      const lang = request.lang;
      const load = await teamLoad(database, { orgIds: teamOrgIds(context), lang });
      return page(
        reply,
        context,
        lang,
        st(lang, "teamTitle"),
        <>
          <h1>{st(lang, "teamTitle")}</h1>
          <h2>{st(lang, "teamByService")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{st(lang, "colService")}</th>
                <th scope="col">{st(lang, "colOpenCount")}</th>
                <th scope="col">{st(lang, "colOverdue")}</th>
                <th scope="col">{st(lang, "colDueToday")}</th>
                <th scope="col">{st(lang, "colNextDue")}</th>
              </tr>
            </thead>
            <tbody>
              {load.byService.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{s.open}</td>
                  <td class={s.overdue > 0 ? "questions-overdue" : undefined}>{s.overdue}</td>
                  <td>{s.dueToday}</td>
                  <td>{s.nextDue ? formatDate(lang, s.nextDue, true) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{st(lang, "teamByWorker")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{st(lang, "colWorker")}</th>
                <th scope="col">{st(lang, "colClaimedCount")}</th>
              </tr>
            </thead>
            <tbody>
              {load.byWorker.map((w) => (
                <tr key={w.name}>
                  <th scope="row">{w.name}</th>
                  <td>{w.claimed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>,
      );
    }),
  );

  const templatesPage = async (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    error?: string,
    status = 200,
  ) => {
    const templates = await listTemplates(database, { orgIds: answeringOrgIds(context) });
    return page(
      reply,
      context,
      lang,
      st(lang, "templatesTitle"),
      <>
        <h1>{st(lang, "templatesTitle")}</h1>
        <ErrorSummary message={error} />
        <ul>
          {templates.map((t) => (
            <li key={t.id}>
              <strong>{t.title}</strong> ({langNames[t.lang as Lang]})
            </li>
          ))}
        </ul>
        <h2>{st(lang, "templateAdd")}</h2>
        <form method="post" action="/staff/questions/templates">
          <input type="hidden" name="_csrf" value={guard.csrfToken(context)} />
          <div class="field">
            <label for="tpl-lang">{st(lang, "templateLang")}</label>
            <select id="tpl-lang" name="lang">
              {langs.map((l) => (
                <option key={l} value={l}>
                  {langNames[l]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="tpl-title">{st(lang, "templateTitle")}</label>
            <input type="text" id="tpl-title" name="title" required maxLength={200} />
          </div>
          <div class="field">
            <label for="tpl-body">{st(lang, "templateBody")}</label>
            <textarea id="tpl-body" name="body" required maxLength={5000} rows={6} />
          </div>
          <button type="submit">{st(lang, "templateAdd")}</button>
        </form>
      </>,
      status,
    );
  };

  app.get(
    "/staff/questions/templates",
    staffHandler(guard, { roles: ["counsellor"] }, async (request, reply, context) => {
      return templatesPage(reply, context, request.lang);
    }),
  );

  app.post(
    "/staff/questions/templates",
    staffHandler(guard, { roles: ["counsellor"] }, async (request, reply, context) => {
      const form = templateForm.safeParse(request.body);
      if (!form.success) return templatesPage(reply, context, request.lang, st(request.lang, "invalid"), 400);
      await addTemplate(database, { actor: context, ...form.data });
      return reply.redirect("/staff/questions/templates", 303);
    }),
  );

  const vouchersPage = async (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    error?: string,
    status = 200,
  ) => {
    const orgIds = voucherOrgIds(context);
    const units = await listVoucherUnits(database, orgIds);
    const defaultExpiry = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
    return page(
      reply,
      context,
      lang,
      st(lang, "vouchersTitle"),
      <>
        <h1>{st(lang, "vouchersTitle")}</h1>
        <ErrorSummary message={error} />
        <table>
          <thead>
            <tr>
              <th scope="col">{st(lang, "colUnit")}</th>
              <th scope="col">{st(lang, "colIssued")}</th>
              <th scope="col">{st(lang, "colRedeemed")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.vouchersIssued}</td>
                <td data-redemptions>{u.redemptions}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{st(lang, "createBatch")}</h2>
        <form method="post" action="/staff/questions/vouchers">
          <input type="hidden" name="_csrf" value={guard.csrfToken(context)} />
          <input type="hidden" name="orgId" value={orgIds[0] ?? ""} />
          <div class="field">
            <label for="unitName">{st(lang, "unitLabel")}</label>
            <input type="text" id="unitName" name="unitName" required maxLength={200} />
          </div>
          <div class="field">
            <label for="count">{st(lang, "countLabel")}</label>
            <input type="number" id="count" name="count" min={1} max={200} value="8" required />
          </div>
          <div class="field">
            <label for="questionsPerVoucher">{st(lang, "perVoucherLabel")}</label>
            <input
              type="number"
              id="questionsPerVoucher"
              name="questionsPerVoucher"
              min={1}
              max={20}
              value="1"
              required
            />
          </div>
          <div class="field">
            <label for="expires">{st(lang, "expiresLabel")}</label>
            <input type="date" id="expires" name="expires" value={defaultExpiry} required />
          </div>
          <div class="field">
            <label for="card-lang">{st(lang, "cardLangLabel")}</label>
            <select id="card-lang" name="lang">
              {langs.map((l) => (
                <option key={l} value={l}>
                  {langNames[l]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{st(lang, "createBatch")}</button>
        </form>
      </>,
      status,
    );
  };

  app.get(
    "/staff/questions/vouchers",
    staffHandler(guard, { roles: pageRoles.vouchers }, async (request, reply, context) => {
      return vouchersPage(reply, context, request.lang);
    }),
  );

  app.post(
    "/staff/questions/vouchers",
    staffHandler(guard, { roles: pageRoles.vouchers }, async (request, reply, context) => {
      const lang = request.lang;
      const form = voucherBatchForm.safeParse(request.body);
      const expiresAt = form.success ? new Date(`${form.data.expires}T23:59:59+03:00`) : undefined;
      if (!form.success || !expiresAt || expiresAt <= new Date())
        return vouchersPage(reply, context, lang, st(lang, "invalid"), 400);
      const batch = await createVoucherBatch(database, { actor: context, ...form.data, expiresAt });
      if (!batch) throw notFound();
      const cardLang = form.data.lang;
      const askUrl = `${platform.config.publicUrl}${pagePath("questions", cardLang)}`;
      const cards = await Promise.all(
        batch.codes.map(async (code) => ({
          code,
          // The code rides in the fragment, which browsers never send to the server.
          qrSvg: await QRCode.toString(`${askUrl}#voucher=${code}`, {
            type: "svg",
            margin: 1,
            errorCorrectionLevel: "M",
          }),
        })),
      );
      return page(
        reply,
        context,
        lang,
        st(lang, "batchPrintTitle"),
        <>
          <div class="no-print">
            <h1>{st(lang, "batchPrintTitle")}</h1>
            <p class="notice" role="status">
              {st(lang, "batchPrintHint")}
            </p>
          </div>
          <ul class="voucher-sheet" aria-label={st(lang, "batchPrintTitle")}>
            {cards.map((card) => (
              <li class="voucher-card" key={card.code}>
                <p class="voucher-title">{text(cardLang, "voucherCardTitle")}</p>
                <div
                  class="voucher-qr"
                  role="img"
                  aria-label={`QR: ${askUrl}`}
                  dangerouslySetInnerHTML={{ __html: card.qrSvg }}
                />
                <p class="small">{text(cardLang, "voucherCardText", { url: askUrl })}</p>
                <p class="voucher-code" data-voucher-code>
                  {card.code}
                </p>
                <p class="small">
                  {batch.unitName} ·{" "}
                  {text(cardLang, "voucherCardExpires", { date: formatDate(cardLang, batch.expiresAt) })}
                </p>
              </li>
            ))}
          </ul>
        </>,
        201,
      );
    }),
  );

  const threadPage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    context: StaffContext,
    options: {
      notice?: string | undefined;
      error?: string | undefined;
      answerText?: string | undefined;
      transferNote?: string | undefined;
      status?: number | undefined;
    } = {},
  ) => {
    const lang = request.lang;
    const thread = await viewThreadAsStaff(deps, { actor: context, threadId: request.params.id, lang });
    if (!thread) throw notFound();
    const orgIds = [thread.orgId];
    const [templates, services] = await Promise.all([
      listTemplates(database, { orgIds, lang: thread.lang }),
      servicesOfOrgs(database, orgIds),
    ]);
    const query = z.object({ template: z.string().max(100).optional() }).safeParse(request.query);
    const chosen = templates.find((t) => t.id === (query.success ? query.data.template : undefined));
    return page(
      reply,
      context,
      lang,
      thread.serviceName,
      <ThreadView
        lang={lang}
        thread={thread}
        actor={context}
        csrf={guard.csrfToken(context)}
        templates={templates}
        services={services}
        answerText={options.answerText ?? chosen?.body ?? ""}
        transferNote={options.transferNote ?? ""}
        notice={options.notice}
        error={options.error}
      />,
      options.status,
    );
  };

  app.get<{ Params: { id: string } }>(
    "/staff/questions/:id",
    staffHandler<{ Params: { id: string } }>(
      guard,
      { roles: ["counsellor"] },
      async (request, reply, context) => {
        const done = z
          .object({ done: z.enum(["answered", "claimed", "released", "noted"]).optional() })
          .safeParse(request.query);
        const notice =
          done.success && done.data.done === "answered" ? st(request.lang, "answered") : undefined;
        return threadPage(request, reply, context, { notice });
      },
    ),
  );

  // Numbers for managers: anonymous counts only, so no audit entry is needed (no client content is shown).
  app.get(
    "/staff/questions/reports",
    staffHandler(guard, { roles: pageRoles.reports }, async (request, reply, context) => {
      const lang = request.lang;
      const orgIds = [
        ...new Set(
          context.grants.filter((g) => g.role === "manager" || g.role === "org_admin").map((g) => g.orgId),
        ),
      ];
      const orgs =
        orgIds.length === 0
          ? []
          : await database.sql<{ id: string; name: string }[]>`
            select id, name from organisations where id in ${database.sql(orgIds)} order by name`;
      const parsed = reportQuery.safeParse(request.query);
      const query = parsed.success ? parsed.data : {};
      const to = query.to ?? helsinkiMonth(new Date());
      const from = query.from ?? helsinkiMonth(new Date(), -11);
      const orgId = query.org ?? orgs[0]?.id;
      // Another organisation's numbers "do not exist" for this manager.
      if (query.org !== undefined && !orgIds.includes(query.org)) throw notFound();
      const span = monthsBetween(from, to);
      const badRange = !parsed.success || span < 0 || span > 35;
      const report = orgId && !badRange ? await questionReport({ database, orgId, from, to }) : undefined;
      return page(
        reply,
        context,
        lang,
        st(lang, "reportsTitle"),
        <>
          <h1>{st(lang, "reportsTitle")}</h1>
          <p>{st(lang, "reportsLead")}</p>
          <ReportFilter
            lang={lang}
            orgs={orgs}
            orgId={orgId ?? ""}
            from={from}
            to={to}
            error={badRange ? st(lang, "reportsBadRange") : undefined}
          />
          {report && <ReportTables lang={lang} report={report} />}
        </>,
        badRange ? 400 : 200,
      );
    }),
  );

  const claimError = (lang: Lang, name: string | null | undefined) =>
    st(lang, "claimedByOther", { name: name ?? "?" });

  const actionMessages: Record<Exclude<StaffActionError, "not-found">, [number, StaffTextKey]> = {
    "claimed-by-other": [409, "claimedByOther"],
    "claim-lost": [409, "claimLost"],
    closed: [409, "threadClosedNow"],
    "unknown-service": [400, "transferUnknownService"],
    "unknown-profession": [400, "transferUnknownProfession"],
    "unsupported-language": [400, "transferLanguage"],
    "same-place": [400, "transferSamePlace"],
  };

  /** A refused staff action as its status and words; the caller shows the typed text again. */
  const actionError = (
    lang: Lang,
    result: { error: StaffActionError; claimedByName?: string | null | undefined },
  ): { status: number; error: string } => {
    if (result.error === "not-found") throw notFound();
    if (result.error === "claimed-by-other")
      return { status: 409, error: claimError(lang, result.claimedByName) };
    const [status, key] = actionMessages[result.error];
    return { status, error: st(lang, key) };
  };

  app.post<{ Params: { id: string } }>(
    "/staff/questions/:id/claim",
    staffHandler<{ Params: { id: string } }>(
      guard,
      { roles: ["counsellor"] },
      async (request, reply, context) => {
        const result = await claimThread(database, { actor: context, threadId: request.params.id });
        if (!result.ok) return threadPage(request, reply, context, actionError(request.lang, result));
        return reply.redirect(`/staff/questions/${request.params.id}?done=claimed`, 303);
      },
    ),
  );

  app.post<{ Params: { id: string } }>(
    "/staff/questions/:id/release",
    staffHandler<{ Params: { id: string } }>(
      guard,
      { roles: ["counsellor"] },
      async (request, reply, context) => {
        const result = await releaseThread(database, { actor: context, threadId: request.params.id });
        if (!result.ok && result.error === "not-found") throw notFound();
        return reply.redirect(`/staff/questions/${request.params.id}?done=released`, 303);
      },
    ),
  );

  app.post<{ Params: { id: string } }>(
    "/staff/questions/:id/answer",
    staffHandler<{ Params: { id: string } }>(
      guard,
      { roles: ["counsellor"] },
      async (request, reply, context) => {
        const form = staffTextForm.safeParse(request.body);
        const typed = (request.body as { text?: unknown } | undefined)?.text;
        if (!form.success)
          return threadPage(request, reply, context, {
            error: st(request.lang, "invalid"),
            answerText: typeof typed === "string" ? typed.slice(0, 10_000) : "",
            status: 400,
          });
        const result = await answerThread(deps, {
          actor: context,
          threadId: request.params.id,
          text: form.data.text,
        });
        if (result.ok && result.noticeQueued) hooks.onAnswerSaved();
        if (!result.ok)
          // The typed answer is shown again, so nothing written is lost.
          return threadPage(request, reply, context, {
            ...actionError(request.lang, result),
            answerText: form.data.text,
          });
        return reply.redirect(`/staff/questions/${request.params.id}?done=answered`, 303);
      },
    ),
  );

  app.post<{ Params: { id: string } }>(
    "/staff/questions/:id/note",
    staffHandler<{ Params: { id: string } }>(
      guard,
      { roles: ["counsellor"] },
      async (request, reply, context) => {
        const form = staffTextForm.safeParse(request.body);
        if (!form.success)
          return threadPage(request, reply, context, { error: st(request.lang, "invalid"), status: 400 });
        const result = await addNote(deps, {
          actor: context,
          threadId: request.params.id,
          text: form.data.text,
        });
        if (!result.ok) throw notFound();
        return reply.redirect(`/staff/questions/${request.params.id}?done=noted`, 303);
      },
    ),
  );

  app.post<{ Params: { id: string } }>(
    "/staff/questions/:id/transfer",
    staffHandler<{ Params: { id: string } }>(
      guard,
      { roles: ["counsellor"] },
      async (request, reply, context) => {
        const form = transferForm.safeParse(request.body);
        const typed = (request.body as { note?: unknown } | undefined)?.note;
        const transferNote = typeof typed === "string" ? typed.slice(0, TRANSFER_NOTE_MAX) : "";
        if (!form.success)
          return threadPage(request, reply, context, {
            error: st(request.lang, "invalid"),
            transferNote,
            status: 400,
          });
        const result = await transferThread(deps, {
          actor: context,
          threadId: request.params.id,
          serviceId: form.data.target.serviceId,
          profession: form.data.target.profession,
          note: form.data.note,
        });
        if (!result.ok)
          return threadPage(request, reply, context, { ...actionError(request.lang, result), transferNote });
        return reply.redirect("/staff/questions", 303);
      },
    ),
  );
}

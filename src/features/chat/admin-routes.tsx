import type { FastifyInstance, FastifyReply } from "fastify";
import type { ComponentChildren } from "preact";
import { z } from "zod";
import { ErrorSummary, staffHandler, type StaffContext } from "../../platform/auth/index";
import { HttpError } from "../../platform/http/http-error";
import { langs, type Lang } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { renderStaffPage } from "../../platform/views/layout";
import { sendHtml } from "../../platform/views/send-html";
import { weekdays } from "../services/index";
import {
  AdminNotFound,
  cannedForm,
  createChatAdmin,
  emptyServiceForm,
  parseServiceForm,
  readServiceForm,
  teamForm,
  type ServiceField,
  type ServiceFormValues,
} from "./admin-service";
import { teamText, type TeamTextKey } from "./admin-texts";

const adminRoles = { roles: ["org_admin"] } as const;
const idParams = z.object({ id: z.string().max(100) });

const notFound = () => new HttpError(404, "not-found", "error.notFound");

function paramId(params: unknown): string {
  const parsed = idParams.safeParse(params);
  if (!parsed.success) throw notFound();
  return parsed.data.id;
}

/** Runs a use case; an object of another organisation (or none) is simply not found. */
async function owned<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AdminNotFound) throw notFound();
    throw error;
  }
}

function FieldError(props: { id: string; show: boolean; lang: Lang }) {
  if (!props.show) return null;
  return (
    <p class="error-text" id={`${props.id}-error`}>
      {teamText(props.lang, "fieldInvalid")}
    </p>
  );
}

const invalidProps = (id: string, bad: boolean) =>
  bad ? { "aria-invalid": "true" as const, "aria-describedby": `${id}-error` } : {};

function ServiceForm(props: {
  lang: Lang;
  csrf: string;
  action: string;
  orgId?: string;
  form: ServiceFormValues;
  errors: Set<ServiceField>;
  summary?: string;
}) {
  const t = (k: TeamTextKey) => teamText(props.lang, k);
  const { values } = props.form;
  const bad = (f: ServiceField) => props.errors.has(f);
  const text = (name: (typeof weekdays)[number] | "slug" | "nameFi" | "nameSv" | "nameEn", label: string) => (
    <div class="field">
      <label for={`svc-${name}`}>{label}</label>
      <input
        id={`svc-${name}`}
        name={name}
        type="text"
        value={values[name] ?? ""}
        {...invalidProps(`svc-${name}`, bad(name))}
      />
      <FieldError id={`svc-${name}`} show={bad(name)} lang={props.lang} />
    </div>
  );
  return (
    <form method="post" action={props.action} class="box" novalidate>
      <ErrorSummary message={props.summary} />
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.orgId && <input type="hidden" name="orgId" value={props.orgId} />}
      {text("slug", t("slug"))}
      {text("nameFi", t("nameFi"))}
      {text("nameSv", t("nameSv"))}
      {text("nameEn", t("nameEn"))}
      <fieldset>
        <legend>{t("languages")}</legend>
        {langs.map((l) => (
          <label class="choice" for={`svc-lang-${l}`} key={l}>
            <input
              type="checkbox"
              id={`svc-lang-${l}`}
              name="languages"
              value={l}
              checked={props.form.languages.includes(l)}
            />{" "}
            {l}
          </label>
        ))}
        <FieldError id="svc-languages" show={bad("languages")} lang={props.lang} />
      </fieldset>
      <div class="field">
        <label for="svc-topics">{t("topics")}</label>
        <p class="small" id="svc-topics-hint">
          {t("topicsHint")}
        </p>
        <textarea
          id="svc-topics"
          name="topics"
          rows={5}
          aria-describedby={bad("topics") ? "svc-topics-hint svc-topics-error" : "svc-topics-hint"}
          aria-invalid={bad("topics") ? "true" : undefined}
        >
          {values.topics ?? ""}
        </textarea>
        <FieldError id="svc-topics" show={bad("topics")} lang={props.lang} />
      </div>
      <fieldset>
        <legend>{t("weekly")}</legend>
        <label class="choice" for="svc-alwaysOpen">
          <input type="checkbox" id="svc-alwaysOpen" name="alwaysOpen" checked={props.form.alwaysOpen} />{" "}
          {t("allDay")}
        </label>
        <p class="small">{t("dayHint")}</p>
        {weekdays.map((d) => text(d, t(d)))}
      </fieldset>
      <fieldset>
        <legend>{t("holidays")}</legend>
        {(["closed", "open", "special"] as const).map((rule) => (
          <label class="choice" for={`svc-holiday-${rule}`} key={rule}>
            <input
              type="radio"
              id={`svc-holiday-${rule}`}
              name="holidayRule"
              value={rule}
              checked={(values.holidayRule ?? "closed") === rule}
            />{" "}
            {t(rule === "closed" ? "holidayClosed" : rule === "open" ? "holidayOpen" : "holidaySpecial")}
          </label>
        ))}
        <div class="field">
          <label for="svc-holidaySpecial">{t("holidaySpecial")}</label>
          <input
            id="svc-holidaySpecial"
            name="holidaySpecial"
            type="text"
            value={values.holidaySpecial ?? ""}
            {...invalidProps("svc-holidaySpecial", bad("holidaySpecial"))}
          />
          <FieldError id="svc-holidaySpecial" show={bad("holidaySpecial")} lang={props.lang} />
        </div>
      </fieldset>
      <div class="field">
        <label for="svc-exceptions">{t("exceptions")}</label>
        <p class="small" id="svc-exceptions-hint">
          {t("exceptionsHint")}
        </p>
        <textarea
          id="svc-exceptions"
          name="exceptions"
          rows={4}
          aria-describedby={
            bad("exceptions") ? "svc-exceptions-hint svc-exceptions-error" : "svc-exceptions-hint"
          }
          aria-invalid={bad("exceptions") ? "true" : undefined}
        >
          {values.exceptions ?? ""}
        </textarea>
        <FieldError id="svc-exceptions" show={bad("exceptions")} lang={props.lang} />
      </div>
      {(["retentionDays", "defaultMaxConcurrent"] as const).map((f) => (
        <div class="field" key={f}>
          <label for={`svc-${f}`}>{t(f)}</label>
          <input
            id={`svc-${f}`}
            name={f}
            type="number"
            min={1}
            max={f === "retentionDays" ? 365 : 10}
            value={values[f] ?? ""}
            {...invalidProps(`svc-${f}`, bad(f))}
          />
          <FieldError id={`svc-${f}`} show={bad(f)} lang={props.lang} />
        </div>
      ))}
      <button type="submit">{t("save")}</button>
    </form>
  );
}

/** Chat administration for an organisation's org_admin: services, teams and canned replies. Audited. */
export function registerChatAdminRoutes(app: FastifyInstance, deps: { platform: Platform }): void {
  const { guard } = deps.platform;
  const admin = createChatAdmin({ database: deps.platform.database });
  const requireOrg = (context: StaffContext, orgId: string): void => {
    try {
      admin.checkOrg(context, orgId);
    } catch {
      throw notFound();
    }
  };

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
        <>
          <p>
            <a href="/staff/chat/admin">{teamText(lang, "adminTitle")}</a>
          </p>
          {body}
        </>,
        { displayName: context.displayName, csrfToken: guard.csrfToken(context) },
      ),
      status,
    );

  app.get(
    "/staff/chat/admin",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const lang = request.lang;
      const t = (k: TeamTextKey) => teamText(lang, k);
      const csrf = guard.csrfToken(context);
      const sections = [];
      for (const org of await admin.organisations(context)) {
        const [services, teams, workers] = await Promise.all([
          admin.services(org.id),
          admin.teams(org.id),
          admin.workers(org.id),
        ]);
        sections.push(
          <section key={org.id} aria-labelledby={`org-${org.id}`}>
            <h2 id={`org-${org.id}`}>{org.name}</h2>
            <h3>{t("services")}</h3>
            <ul>
              {services.map((s) => (
                <li key={s.id}>
                  <a href={`/staff/chat/admin/services/${s.id}`}>
                    {t("edit")}: {s.names[lang] ?? s.names.fi ?? s.slug}
                  </a>
                </li>
              ))}
              <li>
                <a href={`/staff/chat/admin/services/new?org=${org.id}`}>{t("newService")}</a>
              </li>
              <li>
                <a href={`/staff/chat/admin/orgs/${org.id}/canned`}>{t("canned")}</a>
              </li>
            </ul>
            <h3>{t("teams")}</h3>
            {teams.map((team) => (
              <form
                key={team.id}
                method="post"
                action={`/staff/chat/admin/teams/${team.id}/members`}
                class="box"
              >
                <input type="hidden" name="_csrf" value={csrf} />
                <fieldset>
                  <legend>
                    {team.name}: {t("members")}
                  </legend>
                  {workers.length === 0 && <p>{t("noWorkers")}</p>}
                  {workers.map((w) => (
                    <label class="choice" for={`m-${team.id}-${w.id}`} key={w.id}>
                      <input
                        type="checkbox"
                        id={`m-${team.id}-${w.id}`}
                        name="userIds"
                        value={w.id}
                        checked={team.members.has(w.id)}
                      />{" "}
                      {w.display_name} ({w.alias})
                    </label>
                  ))}
                </fieldset>
                <button type="submit">{t("saveMembers")}</button>{" "}
                <button
                  type="submit"
                  class="button-secondary"
                  formaction={`/staff/chat/admin/teams/${team.id}/delete`}
                >
                  {t("delete")}
                </button>
              </form>
            ))}
            <form method="post" action={`/staff/chat/admin/orgs/${org.id}/teams`} class="inline-form">
              <input type="hidden" name="_csrf" value={csrf} />
              <label for={`team-name-${org.id}`}>{t("teamName")}</label>{" "}
              <input id={`team-name-${org.id}`} name="name" type="text" required maxLength={80} />{" "}
              <button type="submit">{t("newTeam")}</button>
            </form>
          </section>,
        );
      }
      return page(
        reply,
        context,
        lang,
        t("adminTitle"),
        <>
          <h1>{t("adminTitle")}</h1>
          {sections}
        </>,
      );
    }),
  );

  const servicePage = (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    options: {
      action: string;
      orgId?: string;
      form: ServiceFormValues;
      errors?: Set<ServiceField>;
      status?: number;
      title: string;
      saved?: boolean;
    },
  ) =>
    page(
      reply,
      context,
      lang,
      options.title,
      <>
        <h1>{options.title}</h1>
        {options.saved && <p class="notice">{teamText(lang, "saved")}</p>}
        <ServiceForm
          lang={lang}
          csrf={guard.csrfToken(context)}
          action={options.action}
          {...(options.orgId ? { orgId: options.orgId } : {})}
          form={options.form}
          errors={options.errors ?? new Set()}
          {...(options.errors?.size ? { summary: teamText(lang, "invalid") } : {})}
        />
      </>,
      options.status,
    );

  app.get(
    "/staff/chat/admin/services/new",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const org = paramId({ id: (request.query as Record<string, unknown>).org });
      requireOrg(context, org);
      return servicePage(reply, context, request.lang, {
        action: "/staff/chat/admin/services",
        orgId: org,
        form: emptyServiceForm,
        title: teamText(request.lang, "newService"),
      });
    }),
  );

  app.post(
    "/staff/chat/admin/services",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const orgId = z.object({ orgId: z.string().max(100) }).safeParse(request.body);
      if (!orgId.success) throw notFound();
      requireOrg(context, orgId.data.orgId);
      const form = readServiceForm(request.body);
      const parsed = parseServiceForm(form);
      const result = parsed.ok
        ? await owned(admin.saveService({ context, orgId: orgId.data.orgId, value: parsed.value }))
        : undefined;
      if (result?.ok) return reply.redirect(`/staff/chat/admin/services/${result.id}?saved=1`, 303);
      return servicePage(reply, context, request.lang, {
        action: "/staff/chat/admin/services",
        orgId: orgId.data.orgId,
        form,
        errors: parsed.ok ? new Set<ServiceField>(["slug"]) : parsed.errors,
        status: 400,
        title: teamText(request.lang, "newService"),
      });
    }),
  );

  app.get(
    "/staff/chat/admin/services/:id",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      const service = await owned(admin.service(context, id));
      return servicePage(reply, context, request.lang, {
        action: `/staff/chat/admin/services/${service.id}`,
        form: service.form,
        title: teamText(request.lang, "editService"),
        saved: (request.query as Record<string, unknown>).saved === "1",
      });
    }),
  );

  app.post(
    "/staff/chat/admin/services/:id",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      const service = await owned(admin.service(context, id));
      const form = readServiceForm(request.body);
      const parsed = parseServiceForm(form);
      const result = parsed.ok
        ? await owned(admin.saveService({ context, orgId: service.orgId, id, value: parsed.value }))
        : undefined;
      if (result?.ok) return reply.redirect(`/staff/chat/admin/services/${id}?saved=1`, 303);
      return servicePage(reply, context, request.lang, {
        action: `/staff/chat/admin/services/${id}`,
        form,
        errors: parsed.ok ? new Set<ServiceField>(["slug"]) : parsed.errors,
        status: 400,
        title: teamText(request.lang, "editService"),
      });
    }),
  );

  // ---- teams ----

  app.post(
    "/staff/chat/admin/orgs/:id/teams",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      requireOrg(context, id);
      const form = teamForm.safeParse(request.body);
      if (!form.success) throw new HttpError(400, "bad-request", "error.badRequest");
      await admin.createTeam({ context, orgId: id, name: form.data.name });
      return reply.redirect("/staff/chat/admin", 303);
    }),
  );

  app.post(
    "/staff/chat/admin/teams/:id/members",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      const raw = (request.body as Record<string, unknown> | undefined)?.userIds;
      const userIds = z
        .array(z.string().max(100))
        .max(500)
        .safeParse(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
      if (!userIds.success) throw new HttpError(400, "bad-request", "error.badRequest");
      const ok = await owned(admin.setMembers({ context, teamId: id, userIds: userIds.data }));
      if (!ok) throw new HttpError(400, "bad-request", "error.badRequest");
      return reply.redirect("/staff/chat/admin", 303);
    }),
  );

  app.post(
    "/staff/chat/admin/teams/:id/delete",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      await owned(admin.deleteTeam({ context, teamId: id }));
      return reply.redirect("/staff/chat/admin", 303);
    }),
  );

  // ---- canned replies ----

  interface CannedDraft {
    lang: string;
    title: string;
    text: string;
  }
  const readCanned = (body: unknown): CannedDraft => {
    const r = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" ? v.slice(0, 8000) : "");
    return { lang: str(r.lang), title: str(r.title), text: str(r.text) };
  };

  const cannedPage = async (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    orgId: string,
    failed?: { id: string; draft: CannedDraft },
  ) => {
    const t = (k: TeamTextKey) => teamText(lang, k);
    const csrf = guard.csrfToken(context);
    const replies = await admin.cannedReplies(orgId);
    const form = (id: string, action: string, value: CannedDraft, submit: string) => {
      const draft = failed?.id === id ? failed.draft : value;
      const bad = failed?.id === id;
      const badLang = bad && !langs.includes(draft.lang as Lang);
      const badTitle = bad && !draft.title.trim();
      const badText = bad && !draft.text.trim();
      return (
        <form method="post" action={action} class="box" key={id}>
          <input type="hidden" name="_csrf" value={csrf} />
          {bad && <ErrorSummary message={t("invalid")} />}
          <div class="field">
            <label for={`c-${id}-lang`}>{t("lang")}</label>
            <select id={`c-${id}-lang`} name="lang" {...invalidProps(`c-${id}-lang`, badLang)}>
              {langs.map((l) => (
                <option key={l} value={l} selected={draft.lang === l}>
                  {l}
                </option>
              ))}
            </select>
            <FieldError id={`c-${id}-lang`} show={badLang} lang={lang} />
          </div>
          <div class="field">
            <label for={`c-${id}-title`}>{t("title")}</label>
            <input
              id={`c-${id}-title`}
              name="title"
              type="text"
              maxLength={120}
              value={draft.title}
              {...invalidProps(`c-${id}-title`, badTitle)}
            />
            <FieldError id={`c-${id}-title`} show={badTitle} lang={lang} />
          </div>
          <div class="field">
            <label for={`c-${id}-text`}>{t("text")}</label>
            <textarea
              id={`c-${id}-text`}
              name="text"
              rows={3}
              maxLength={4000}
              {...invalidProps(`c-${id}-text`, badText)}
            >
              {draft.text}
            </textarea>
            <FieldError id={`c-${id}-text`} show={badText} lang={lang} />
          </div>
          <button type="submit">{submit}</button>
          {id !== "new" && (
            <>
              {" "}
              <button
                type="submit"
                class="button-secondary"
                formaction={`/staff/chat/admin/canned/${id}/delete`}
              >
                {t("delete")}
              </button>
            </>
          )}
        </form>
      );
    };
    return page(
      reply,
      context,
      lang,
      t("canned"),
      <>
        <h1>{t("canned")}</h1>
        {replies.map((r) => form(r.id, `/staff/chat/admin/canned/${r.id}`, r, t("save")))}
        <h2>{t("newCanned")}</h2>
        {form("new", `/staff/chat/admin/orgs/${orgId}/canned`, { lang, title: "", text: "" }, t("create"))}
      </>,
      failed ? 400 : 200,
    );
  };

  app.get(
    "/staff/chat/admin/orgs/:id/canned",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      requireOrg(context, id);
      return cannedPage(reply, context, request.lang, id);
    }),
  );

  app.post(
    "/staff/chat/admin/orgs/:id/canned",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      requireOrg(context, id);
      const draft = readCanned(request.body);
      const parsed = cannedForm.safeParse(draft);
      if (!parsed.success) return cannedPage(reply, context, request.lang, id, { id: "new", draft });
      await admin.createCanned({ context, orgId: id, value: parsed.data });
      return reply.redirect(`/staff/chat/admin/orgs/${id}/canned`, 303);
    }),
  );

  app.post(
    "/staff/chat/admin/canned/:id",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      const orgId = await owned(admin.cannedOrg(context, id));
      const draft = readCanned(request.body);
      const parsed = cannedForm.safeParse(draft);
      if (!parsed.success) return cannedPage(reply, context, request.lang, orgId, { id, draft });
      await admin.updateCanned({ context, id, value: parsed.data });
      return reply.redirect(`/staff/chat/admin/orgs/${orgId}/canned`, 303);
    }),
  );

  app.post(
    "/staff/chat/admin/canned/:id/delete",
    staffHandler(guard, adminRoles, async (request, reply, context) => {
      const id = paramId(request.params);
      const orgId = await owned(admin.deleteCanned({ context, id }));
      return reply.redirect(`/staff/chat/admin/orgs/${orgId}/canned`, 303);
    }),
  );
}

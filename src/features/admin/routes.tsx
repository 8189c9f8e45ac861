import type { FastifyInstance } from "fastify";
import {
  ErrorSummary,
  hasRole,
  isGlobalAdmin,
  StaffUserError,
  type Role,
  type StaffContext,
  type StaffGuard,
} from "../../platform/auth/index";
import type { Database } from "../../platform/db/index";
import { translator, type Translate } from "../../platform/i18n/index";
import { renderStaffPage, type RenderContext } from "../../platform/views/layout";
import { sendHtml } from "../../platform/views/send-html";
import { z } from "zod";
import {
  addUser,
  assignableRoles,
  createUserForm,
  getOrganisation,
  listUsers,
  updateUser,
  updateUserForm,
  type ManagedUser,
} from "./service";

const orgQuery = z.object({ org: z.string().max(100).optional(), done: z.string().max(20).optional() });

function RoleCheckboxes(props: {
  t: Translate;
  options: readonly string[];
  checked: readonly string[];
  idPrefix: string;
}) {
  return (
    <fieldset>
      <legend>{props.t("staff.roles")}</legend>
      {props.options.map((role) => (
        <label class="choice" key={role} for={`${props.idPrefix}-${role}`}>
          <input
            type="checkbox"
            id={`${props.idPrefix}-${role}`}
            name="roles"
            value={role}
            checked={props.checked.includes(role)}
          />
          {props.t(`role.${role}` as Parameters<Translate>[0])}
        </label>
      ))}
    </fieldset>
  );
}

function UserRow(props: { user: ManagedUser; t: Translate; csrf: string; roleOptions: readonly string[] }) {
  const { user, t } = props;
  return (
    <li class="box">
      <h3>
        {user.displayName} <span class="small">({user.email})</span>
      </h3>
      <p class="small">{user.mfaEnrolled ? t("staff.mfaEnabled") : t("staff.mfaMissing")}</p>
      <form method="post" action={`/staff/users/${user.id}`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <RoleCheckboxes t={t} options={props.roleOptions} checked={user.roles} idPrefix={`u-${user.id}`} />
        <div class="field">
          <label for={`pw-${user.id}`}>{t("staff.newPassword")}</label>
          <input
            id={`pw-${user.id}`}
            name="newPassword"
            type="password"
            autocomplete="new-password"
            minLength={12}
          />
        </div>
        <label class="choice" for={`mfa-${user.id}`}>
          <input type="checkbox" id={`mfa-${user.id}`} name="resetMfa" /> {t("staff.resetMfa")}
        </label>
        <button type="submit">{t("staff.save")}</button>
      </form>
    </li>
  );
}

export function registerAdminRoutes(
  app: FastifyInstance,
  deps: { database: Database; guard: StaffGuard },
): void {
  const { database, guard } = deps;

  app.get("/staff", async (request, reply) => {
    const context = await guard.require(request, reply);
    if (!context) return reply;
    const t = translator(request.lang);
    const can = (...roles: Role[]): boolean =>
      isGlobalAdmin(context) || roles.some((r) => hasRole(context, r));
    const tools: [string, string][] = [
      ...(can("org_admin") ? [["/staff/users", t("staff.users")] as [string, string]] : []),
      ...(can("chat_worker") ? [["/staff/chat", t("staff.toolChat")] as [string, string]] : []),
      ...(can("counsellor") ? [["/staff/questions", t("staff.toolQuestions")] as [string, string]] : []),
      ...(can("org_admin", "referrer")
        ? [["/staff/questions/vouchers", t("staff.toolVouchers")] as [string, string]]
        : []),
      ...(can("counsellor") ? [["/staff/programs", t("staff.toolPrograms")] as [string, string]] : []),
      ...(can("counsellor", "referrer")
        ? [["/staff/questionnaires", t("staff.toolQuestionnaires")] as [string, string]]
        : []),
      ...(can("editor") ? [["/staff/chatbot", t("staff.toolChatbot")] as [string, string]] : []),
    ];
    return sendHtml(
      reply,
      renderStaffPage(
        reply.renderContext(),
        { lang: request.lang, title: t("staff.title") },
        <>
          <h1>{t("staff.homeTitle", { name: context.displayName })}</h1>
          <h2>{t("staff.rolesTitle")}</h2>
          <ul>
            {context.grants.map((g) => (
              <li key={`${g.orgId}-${g.role}`}>{t(`role.${g.role}`)}</li>
            ))}
          </ul>
          <h2>{t("staff.toolsTitle")}</h2>
          {tools.length === 0 ? (
            <p>{t("staff.noTools")}</p>
          ) : (
            <ul>
              {tools.map(([href, label]) => (
                <li key={href}>
                  <a href={href}>{label}</a>
                </li>
              ))}
            </ul>
          )}
        </>,
        { displayName: context.displayName, csrfToken: guard.csrfToken(context) },
      ),
    );
  });

  const usersPage = async (
    context: StaffContext,
    lang: "fi" | "sv" | "en",
    orgSlug: string | undefined,
    notice: string | undefined,
    error: string | undefined,
    ctx: () => RenderContext,
  ) => {
    const t = translator(lang);
    const org = await getOrganisation({ database, actor: context, slug: orgSlug });
    const users = await listUsers({ database, actor: context, orgId: org.id });
    const csrf = guard.csrfToken(context);
    const roleOptions = assignableRoles(context);
    const action = `/staff/users${orgSlug ? `?org=${encodeURIComponent(orgSlug)}` : ""}`;
    return renderStaffPage(
      ctx(),
      { lang, title: t("staff.usersTitle", { org: org.name }) },
      <>
        <h1>{t("staff.usersTitle", { org: org.name })}</h1>
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <ErrorSummary message={error} />
        <ul class="plain" aria-label={t("staff.users")}>
          {users.map((user) => (
            <UserRow key={user.id} user={user} t={t} csrf={csrf} roleOptions={roleOptions} />
          ))}
        </ul>
        <h2>{t("staff.createUser")}</h2>
        <form method="post" action={action}>
          <input type="hidden" name="_csrf" value={csrf} />
          <div class="field">
            <label for="new-email">{t("staff.email")}</label>
            <input id="new-email" name="email" type="email" required />
          </div>
          <div class="field">
            <label for="new-name">{t("staff.displayName")}</label>
            <input id="new-name" name="displayName" type="text" required />
          </div>
          <div class="field">
            <label for="new-alias">{t("staff.alias")}</label>
            <input id="new-alias" name="alias" type="text" />
          </div>
          <div class="field">
            <label for="new-password">{t("staff.newPassword")}</label>
            <input
              id="new-password"
              name="password"
              type="password"
              autocomplete="new-password"
              minLength={12}
              required
            />
          </div>
          <RoleCheckboxes t={t} options={roleOptions} checked={[]} idPrefix="new" />
          <button type="submit">{t("staff.createUser")}</button>
        </form>
      </>,
      { displayName: context.displayName, csrfToken: csrf },
    );
  };

  app.get("/staff/users", async (request, reply) => {
    const context = await guard.require(request, reply, { roles: ["org_admin"] });
    if (!context) return reply;
    const query = orgQuery.parse(request.query);
    const t = translator(request.lang);
    const notice =
      query.done === "created"
        ? t("staff.userCreated")
        : query.done === "updated"
          ? t("staff.userUpdated")
          : undefined;
    return sendHtml(
      reply,
      await usersPage(context, request.lang, query.org, notice, undefined, () => reply.renderContext()),
    );
  });

  app.post("/staff/users", async (request, reply) => {
    const context = await guard.require(request, reply, { roles: ["org_admin"] });
    if (!context) return reply;
    guard.checkCsrf(request, context);
    const query = orgQuery.parse(request.query);
    const t = translator(request.lang);
    const form = createUserForm.safeParse(request.body);
    const org = await getOrganisation({ database, actor: context, slug: query.org });
    let error: string | undefined;
    if (!form.success) error = t("staff.invalidInput");
    else {
      try {
        await addUser({ database, actor: context, org, form: form.data });
        return await reply.redirect(
          `/staff/users?${new URLSearchParams({ ...(query.org ? { org: query.org } : {}), done: "created" }).toString()}`,
          303,
        );
      } catch (e) {
        if (e instanceof StaffUserError && e.code === "email-taken") error = t("staff.emailTaken");
        else if (e instanceof z.ZodError) error = t("staff.invalidInput");
        else throw e;
      }
    }
    return sendHtml(
      reply,
      await usersPage(context, request.lang, query.org, undefined, error, () => reply.renderContext()),
      400,
    );
  });

  app.post<{ Params: { id: string } }>("/staff/users/:id", async (request, reply) => {
    const context = await guard.require(request, reply, { roles: ["org_admin"] });
    if (!context) return reply;
    guard.checkCsrf(request, context);
    const form = updateUserForm.safeParse(request.body);
    if (!form.success) {
      const t = translator(request.lang);
      return sendHtml(
        reply,
        await usersPage(context, request.lang, undefined, undefined, t("staff.invalidInput"), () =>
          reply.renderContext(),
        ),
        400,
      );
    }
    await updateUser({ database, actor: context, userId: request.params.id, form: form.data });
    return reply.redirect("/staff/users?done=updated", 303);
  });
}

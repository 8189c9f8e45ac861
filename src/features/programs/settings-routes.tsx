import type { FastifyInstance, FastifyReply } from "fastify";
import { staffHandler, type StaffContext } from "../../platform/auth/index";
import type { Lang } from "../../platform/i18n/lang";
import { notFound } from "../../platform/http/http-error";
import type { Platform } from "../../platform/platform";
import { renderStaffPage } from "../../platform/views/layout";
import { sendHtml } from "../../platform/views/send-html";
import { STAFF_PROGRAMS_SETTINGS_PATH } from "./paths";
import { listEditableSettings, programSettingsForm, saveProgramSettings } from "./program-settings";
import { staffText } from "./texts";

const ROLES = { roles: ["org_admin"] as const };

/** The guided-program settings of the organisations the signed-in org_admin runs. */
export function registerProgramSettingsRoutes(app: FastifyInstance, platform: Platform): void {
  const { database, guard } = platform;

  const page = async (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    extra: { notice?: string; error?: { orgId: string; text: string }; status?: number } = {},
  ) => {
    const orgs = await listEditableSettings({ database, context });
    const csrf = guard.csrfToken(context);
    const title = staffText(lang, "settings");
    return sendHtml(
      reply,
      renderStaffPage(
        reply.renderContext(),
        { lang, title },
        <>
          <h1>{title}</h1>
          <p>{staffText(lang, "settingsLead")}</p>
          {extra.notice && (
            <p class="notice" role="status">
              {extra.notice}
            </p>
          )}
          {orgs.length === 0 && <p>{staffText(lang, "noSettingsOrgs")}</p>}
          {extra.error && !orgs.some((o) => o.orgId === extra.error?.orgId) && (
            <p class="error-summary" role="alert">
              {extra.error.text}
            </p>
          )}
          {orgs.map(({ orgId, name, settings }) => {
            const error = extra.error?.orgId === orgId ? extra.error.text : undefined;
            const errorId = `settings-error-${orgId}`;
            const described = error ? errorId : undefined;
            return (
              <form method="post" action={STAFF_PROGRAMS_SETTINGS_PATH} key={orgId} class="box">
                <input type="hidden" name="_csrf" value={csrf} />
                <input type="hidden" name="orgId" value={orgId} />
                <fieldset>
                  <legend>{name}</legend>
                  {error && (
                    <p class="error-text" id={errorId} role="alert">
                      {error}
                    </p>
                  )}
                  <div class="field">
                    <label for={`retention-${orgId}`}>{staffText(lang, "retentionMonths")}</label>
                    <input
                      type="number"
                      id={`retention-${orgId}`}
                      name="retentionMonths"
                      min={1}
                      max={12}
                      required
                      value={String(settings.retentionMonths)}
                      aria-describedby={described}
                      aria-invalid={error ? true : undefined}
                    />
                  </div>
                  <div class="field">
                    <label for={`reply-days-${orgId}`}>{staffText(lang, "replyWorkingDays")}</label>
                    <input
                      type="number"
                      id={`reply-days-${orgId}`}
                      name="replyWorkingDays"
                      min={1}
                      max={10}
                      required
                      value={String(settings.replyWorkingDays)}
                      aria-describedby={described}
                      aria-invalid={error ? true : undefined}
                    />
                  </div>
                </fieldset>
                <button type="submit">{staffText(lang, "settingsSave")}</button>
              </form>
            );
          })}
        </>,
        { displayName: context.displayName, csrfToken: csrf },
      ),
      extra.status,
    );
  };

  interface SettingsRoute {
    Querystring: { saved?: string };
  }
  app.get<SettingsRoute>(
    STAFF_PROGRAMS_SETTINGS_PATH,
    staffHandler<SettingsRoute>(guard, ROLES, (request, reply, context) =>
      page(reply, context, request.lang, {
        notice: request.query.saved ? staffText(request.lang, "settingsSaved") : undefined,
      }),
    ),
  );

  app.post(
    STAFF_PROGRAMS_SETTINGS_PATH,
    staffHandler(guard, ROLES, async (request, reply, context) => {
      const form = programSettingsForm.safeParse(request.body);
      if (!form.success) {
        const orgId = (request.body as { orgId?: unknown } | undefined)?.orgId;
        return page(reply, context, request.lang, {
          error: {
            orgId: typeof orgId === "string" ? orgId : "",
            text: staffText(request.lang, "settingsInvalid"),
          },
          status: 400,
        });
      }
      const { orgId, ...settings } = form.data;
      // Another organisation's settings "do not exist" for this admin.
      if (!(await saveProgramSettings({ database, context, orgId, settings }))) throw notFound();
      return reply.redirect(`${STAFF_PROGRAMS_SETTINGS_PATH}?saved=1`, 303);
    }),
  );
}

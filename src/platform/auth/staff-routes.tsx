import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import QRCode from "qrcode";
import { z } from "zod";
import { csrfError } from "../http/csrf";
import type { Lang } from "../i18n/lang";
import { translator } from "../i18n/translate";
import { renderStaffPage } from "../views/layout";
import { sendHtml } from "../views/send-html";
import type { StaffAuth, StaffContext } from "./staff-auth";
import type { StaffGuard } from "./staff-guard";

const loginBody = z.object({ email: z.string().max(300), password: z.string().max(300) });
const codeBody = z.object({ code: z.string().max(20) });
const authRateLimit = { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } };

/**
 * Login has no session yet to bind a token to, so it accepts same-origin posts only. Browsers send
 * `Origin: null` under our no-referrer policy, so Sec-Fetch-Site is the signal; Origin is the fallback.
 */
function assertSameOrigin(request: FastifyRequest, origin: string): void {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") throw csrfError();
  const sentOrigin = request.headers.origin;
  if (site === undefined && sentOrigin && sentOrigin !== "null" && sentOrigin !== origin) throw csrfError();
}

export function ErrorSummary(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <div class="error-summary" role="alert" id="error-summary">
      {props.message}
    </div>
  );
}

function LoginForm(props: { error: string | undefined; email: string; lang: Lang }) {
  const t = translator(props.lang);
  return (
    <>
      <h1>{t("staff.loginTitle")}</h1>
      <ErrorSummary message={props.error} />
      <form method="post" action="/staff/login">
        <div class="field">
          <label for="email">{t("staff.email")}</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email} />
        </div>
        <div class="field">
          <label for="password">{t("staff.password")}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">{t("staff.login")}</button>
      </form>
    </>
  );
}

function CodeForm(props: { action: string; csrf: string; hasError: boolean; lang: Lang }) {
  const t = translator(props.lang);
  return (
    <form method="post" action={props.action}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <div class="field">
        <label for="code">{t("staff.totpCode")}</label>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autocomplete="one-time-code"
          required
          aria-invalid={props.hasError ? "true" : undefined}
          aria-describedby={props.hasError ? "error-summary" : undefined}
        />
      </div>
      <button type="submit">{t("staff.verify")}</button>
    </form>
  );
}

export function registerStaffAuthRoutes(
  app: FastifyInstance,
  deps: { auth: StaffAuth; guard: StaffGuard; origin: string },
): void {
  const { auth, guard } = deps;

  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    title: string,
    body: ComponentChildren,
    status = 200,
  ) => sendHtml(reply, renderStaffPage(reply.renderContext(), { lang: request.lang, title }, body), status);

  app.get("/staff/login", async (request, reply) => {
    const t = translator(request.lang);
    return page(
      request,
      reply,
      t("staff.loginTitle"),
      <LoginForm error={undefined} email="" lang={request.lang} />,
    );
  });

  app.post("/staff/login", authRateLimit, async (request, reply) => {
    assertSameOrigin(request, deps.origin);
    const t = translator(request.lang);
    const parsed = loginBody.safeParse(request.body);
    const result = parsed.success ? await auth.login(parsed.data) : undefined;
    if (!result?.ok) {
      const locked = result?.reason === "locked";
      const message = locked ? t("staff.locked") : t("staff.invalidCredentials");
      const email = parsed.success ? parsed.data.email : "";
      return page(
        request,
        reply,
        t("staff.loginTitle"),
        <LoginForm error={message} email={email} lang={request.lang} />,
        locked ? 429 : 401,
      );
    }
    guard.setSessionCookie(reply, result.token);
    return reply.redirect(result.needsEnrolment ? "/staff/mfa/setup" : "/staff/login/verify", 303);
  });

  const verifyPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    context: StaffContext,
    error?: string,
  ) => {
    const t = translator(request.lang);
    return page(
      request,
      reply,
      t("staff.totpTitle"),
      <>
        <h1>{t("staff.totpTitle")}</h1>
        <ErrorSummary message={error} />
        <p>{t("staff.totpText")}</p>
        <CodeForm
          action="/staff/login/verify"
          csrf={guard.csrfToken(context)}
          hasError={error !== undefined}
          lang={request.lang}
        />
      </>,
      error ? 401 : 200,
    );
  };

  app.get("/staff/login/verify", async (request, reply) => {
    const context = await guard.require(request, reply, { mfa: false });
    if (!context) return reply;
    if (!context.totpEnrolled) return reply.redirect("/staff/mfa/setup", 303);
    return verifyPage(request, reply, context);
  });

  app.post("/staff/login/verify", authRateLimit, async (request, reply) => {
    const context = await guard.require(request, reply, { mfa: false });
    if (!context) return reply;
    guard.checkCsrf(request, context);
    const body = codeBody.safeParse(request.body);
    if (body.success && (await auth.verifyTotp({ context, code: body.data.code }))) {
      return reply.redirect("/staff", 303);
    }
    return verifyPage(request, reply, context, translator(request.lang)("staff.invalidCode"));
  });

  const enrolPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    context: StaffContext,
    error?: string,
  ) => {
    const t = translator(request.lang);
    const { secret, otpauthUrl } = await auth.startTotpEnrolment({ context });
    const qrSvg = await QRCode.toString(otpauthUrl, { type: "svg", margin: 1, width: 200 });
    return page(
      request,
      reply,
      t("staff.enrolTitle"),
      <>
        <h1>{t("staff.enrolTitle")}</h1>
        <ErrorSummary message={error} />
        <p>{t("staff.enrolText")}</p>
        <div class="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <p>
          {t("staff.enrolKey")}: <code data-totp-secret={secret}>{secret.match(/.{1,4}/g)?.join(" ")}</code>
        </p>
        <CodeForm
          action="/staff/mfa/setup"
          csrf={guard.csrfToken(context)}
          hasError={error !== undefined}
          lang={request.lang}
        />
      </>,
      error ? 400 : 200,
    );
  };

  app.get("/staff/mfa/setup", async (request, reply) => {
    const context = await guard.require(request, reply, { mfa: false });
    if (!context) return reply;
    if (context.totpEnrolled)
      return reply.redirect(context.mfaVerified ? "/staff" : "/staff/login/verify", 303);
    return enrolPage(request, reply, context);
  });

  app.post("/staff/mfa/setup", authRateLimit, async (request, reply) => {
    const context = await guard.require(request, reply, { mfa: false });
    if (!context) return reply;
    guard.checkCsrf(request, context);
    if (context.totpEnrolled) return reply.redirect("/staff/login/verify", 303);
    const body = codeBody.safeParse(request.body);
    if (body.success && (await auth.confirmTotpEnrolment({ context, code: body.data.code }))) {
      return reply.redirect("/staff", 303);
    }
    // A failed attempt starts over with a fresh secret, so a wrong scan cannot linger.
    return enrolPage(request, reply, context, translator(request.lang)("staff.invalidCode"));
  });

  app.post("/staff/logout", async (request, reply) => {
    const token = guard.readToken(request);
    const context = token ? await auth.resolveSession({ token }) : undefined;
    if (context && token) {
      guard.checkCsrf(request, context);
      await auth.logout({ token });
    }
    guard.clearSessionCookie(reply);
    return reply.redirect("/staff/login", 303);
  });
}

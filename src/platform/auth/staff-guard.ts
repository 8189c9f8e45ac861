import type { FastifyReply, FastifyRequest, RouteGenericInterface } from "fastify";
import { assertCsrf, csrfTokenFor } from "../http/csrf";
import { forbidden, HttpError } from "../http/http-error";
import type { Role } from "./roles";
import { hasRole, isGlobalAdmin, type StaffAuth, type StaffContext } from "./staff-auth";

export interface StaffGuard {
  cookieName: string;
  setSessionCookie: (reply: FastifyReply, token: string) => void;
  clearSessionCookie: (reply: FastifyReply) => void;
  readToken: (request: FastifyRequest) => string | undefined;
  /**
   * The signed-in staff member, or a redirect to login. With `mfa` (the default) the session must have
   * passed TOTP; `roles` limits the page to those roles (global admins always pass).
   */
  require: (
    request: FastifyRequest,
    reply: FastifyReply,
    options?: { mfa?: boolean; roles?: readonly Role[] },
  ) => Promise<StaffContext | undefined>;
  csrfToken: (context: StaffContext) => string;
  checkCsrf: (request: FastifyRequest, context: StaffContext) => void;
}

export function createStaffGuard(deps: {
  auth: StaffAuth;
  secureCookies: boolean;
  csrfSecret: Buffer;
}): StaffGuard {
  // `__Host-` binds the cookie to this exact origin over HTTPS; plain HTTP (local dev) cannot use it.
  const cookieName = deps.secureCookies ? "__Host-luukku_staff" : "luukku_staff";
  return {
    cookieName,
    setSessionCookie(reply, token) {
      void reply.setCookie(cookieName, token, {
        path: "/",
        httpOnly: true,
        secure: deps.secureCookies,
        sameSite: "lax",
      });
    },
    clearSessionCookie(reply) {
      void reply.clearCookie(cookieName, {
        path: "/",
        secure: deps.secureCookies,
        httpOnly: true,
        sameSite: "lax",
      });
    },
    readToken(request) {
      const value = request.cookies[cookieName];
      return typeof value === "string" && value.length > 0 ? value : undefined;
    },
    async require(request, reply, options = {}) {
      const token = this.readToken(request);
      const context = token ? await deps.auth.resolveSession({ token }) : undefined;
      const wantsJson =
        request.url.includes("/api/") || request.headers.accept?.includes("application/json") === true;
      if (!context) {
        if (token) this.clearSessionCookie(reply);
        if (wantsJson) throw new HttpError(401, "unauthorized", "error.unauthorized");
        await reply.redirect("/staff/login", 303);
        return undefined;
      }
      if (options.mfa !== false && !context.mfaVerified) {
        if (wantsJson) throw new HttpError(401, "mfa-required", "error.unauthorized");
        await reply.redirect(context.totpEnrolled ? "/staff/login/verify" : "/staff/mfa/setup", 303);
        return undefined;
      }
      if (options.roles && !isGlobalAdmin(context) && !options.roles.some((r) => hasRole(context, r))) {
        throw forbidden();
      }
      return context;
    },
    csrfToken(context) {
      return csrfTokenFor(deps.csrfSecret, context.sessionIdHash);
    },
    checkCsrf(request, context) {
      assertCsrf(request, deps.csrfSecret, context.sessionIdHash);
    },
  };
}

/**
 * A staff route handler with the common prologue done once: the signed-in, MFA-verified staff member with one
 * of `roles` (or a redirect to login), and for anything but GET/HEAD a valid CSRF token.
 */
export function staffHandler<Route extends RouteGenericInterface = RouteGenericInterface>(
  guard: StaffGuard,
  options: { roles?: readonly Role[]; mfa?: boolean },
  handle: (request: FastifyRequest<Route>, reply: FastifyReply, context: StaffContext) => Promise<unknown>,
) {
  return async (request: FastifyRequest<Route>, reply: FastifyReply): Promise<unknown> => {
    const context = await guard.require(request, reply, options);
    if (!context) return reply;
    if (request.method !== "GET" && request.method !== "HEAD") guard.checkCsrf(request, context);
    return handle(request, reply, context);
  };
}

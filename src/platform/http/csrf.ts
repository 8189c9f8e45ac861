import { createHmac } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { safeEqual } from "../crypto/tokens";
import { HttpError } from "./http-error";

/** A CSRF token bound to one session: HMAC of the session id, so it needs no storage. */
export function csrfTokenFor(secret: Buffer, sessionKey: string): string {
  return createHmac("sha256", secret).update(sessionKey).digest("base64url");
}

export const csrfError = (): HttpError => new HttpError(403, "csrf", "error.csrf");

/** Checks the `_csrf` form field (or x-csrf-token header) and refuses cross-site posts outright. */
export function assertCsrf(request: FastifyRequest, secret: Buffer, sessionKey: string): void {
  if (request.headers["sec-fetch-site"] === "cross-site") throw csrfError();
  const body = request.body as Record<string, unknown> | undefined;
  const sent = typeof body?._csrf === "string" ? body._csrf : request.headers["x-csrf-token"];
  if (typeof sent !== "string" || !safeEqual(sent, csrfTokenFor(secret, sessionKey))) throw csrfError();
}

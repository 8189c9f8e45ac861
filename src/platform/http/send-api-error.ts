import type { FastifyReply } from "fastify";

/** A contract-shaped JSON error with a message the feature already put in the user's language. */
export function sendApiError(
  reply: FastifyReply,
  options: { status: number; code: string; message: string; extra?: Record<string, unknown> },
): FastifyReply {
  return reply
    .code(options.status)
    .header("cache-control", "no-store")
    .send({ error: { code: options.code, message: options.message }, ...options.extra });
}

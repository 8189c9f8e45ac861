import type { MessageKey } from "../i18n/translate";

/** An expected failure with a status, a stable kebab-case code, and a message in the user's language. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = (): HttpError => new HttpError(404, "not-found", "error.notFound");
export const forbidden = (): HttpError => new HttpError(403, "forbidden", "error.forbidden");
export const badRequest = (code = "bad-request"): HttpError => new HttpError(400, code, "error.badRequest");

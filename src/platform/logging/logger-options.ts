import type { FastifyServerOptions } from "fastify";

/**
 * Logs say what happened, never who or what was written: no bodies, cookies, tokens, query strings
 * (a code could be pasted there) or client addresses.
 */
export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
    hooks: {
      // @fastify/compress logs a browser that went away mid-answer (a click onwards, a closed tab) as an error:
      // it is ordinary, so it is told at debug level and errors stay worth waking someone for.
      logMethod(args, method, numericLevel) {
        if (numericLevel >= 50 && isClientGone(args[0])) {
          this.debug(...(args as [object, string]));
          return;
        }
        method.apply(this, args);
      },
    },
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        "req.body",
        "res.headers['set-cookie']",
        "*.token",
        "*.password",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split("?")[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** Whether a logged value is the stream error of a client closing its connection before the answer ended. */
export function isClientGone(value: unknown): boolean {
  const error = value instanceof Error ? value : (value as { err?: unknown } | null)?.err;
  if (!(error instanceof Error)) return false;
  return (
    (error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE" ||
    error.message === "premature close"
  );
}

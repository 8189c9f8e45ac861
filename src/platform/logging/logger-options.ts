import type { FastifyServerOptions } from "fastify";

/**
 * Logs say what happened, never who or what was written: no bodies, cookies, tokens, query strings
 * (a code could be pasted there) or client addresses.
 */
export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
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

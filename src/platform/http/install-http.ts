import { createHash } from "node:crypto";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import rateLimit from "@fastify/rate-limit";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { langs, type Lang } from "../i18n/lang";
import { negotiateLang } from "../i18n/negotiate-lang";
import { translate } from "../i18n/translate";
import { randomBytesPooled } from "../crypto/random-pool";
import type { RenderContext } from "../views/layout";
import type { BuiltAssets } from "../views/assets";
import { HttpError } from "./http-error";
import { type Precompressed, precompress, sendPrecompressed, staticRouteOptions } from "./precompressed";
import { apiSecurityHeaders, buildCsp, defaultCsp, securityHeaders } from "./security-headers";

export { buildCsp } from "./security-headers";

declare module "fastify" {
  interface FastifyRequest {
    /** The language of the page or API call, from the URL, the body or Accept-Language. */
    lang: Lang;
  }
  interface FastifyReply {
    /** A per-response nonce; asking for it adds it to the CSP. */
    pageNonce: () => string;
    /** Marks an anonymous page as cacheable by browsers and CDNs (ETag, no cookies). */
    publicCache: (maxAgeSeconds?: number) => FastifyReply;
    renderContext: () => RenderContext;
    nonceValue: string | undefined;
  }
}

export type ErrorPageRenderer = (options: {
  lang: Lang;
  status: number;
  ctx: RenderContext;
  message?: string;
}) => string;

const langSet: ReadonlySet<string> = new Set(langs);
const negotiatedLangs = new Map<string, Lang>();

function langFromRequest(request: FastifyRequest): Lang {
  const url = request.url;
  // "/fi", "/fi/…" or "/fi?…": read without splitting the URL on every request.
  const end = url.charCodeAt(3);
  if (url.charCodeAt(0) === 47 && (url.length === 3 || end === 47 || end === 63)) {
    const first = url.slice(1, 3);
    if (langSet.has(first)) return first as Lang;
  }
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = query?.lang;
  if (typeof fromQuery === "string" && langSet.has(fromQuery)) return fromQuery as Lang;
  const header = request.headers["accept-language"];
  if (header === undefined) return "fi";
  // Browsers send a handful of distinct headers; each is parsed once.
  let lang = negotiatedLangs.get(header);
  if (lang === undefined) {
    lang = negotiateLang(header);
    if (negotiatedLangs.size < 500) negotiatedLangs.set(header, lang);
  }
  return lang;
}

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/") || request.url === "/metrics";
}

const errorCodes: Record<string, { code: string; key: Parameters<typeof translate>[1] }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "invalid-json", key: "error.invalidJson" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "invalid-json", key: "error.invalidJson" },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "body-too-large", key: "error.tooLarge" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: "unsupported-media-type", key: "error.unsupportedMediaType" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: "bad-request", key: "error.badRequest" },
  FST_ERR_RATE_LIMIT: { code: "rate-limited", key: "error.rateLimited" },
};

/** Set on every response before the handler runs; handlers and pages override what they must. */
const baseHeaders: Readonly<Record<string, string>> = {
  ...securityHeaders,
  // Personal by default: only pages that opt in with publicCache() may be stored anywhere.
  "cache-control": "no-store",
};

/**
 * Security headers, caching rules, compression, cookies, forms, rate limits and one error shape for
 * the whole app: JSON `{error:{code,message}}` on the API, a localised page everywhere else.
 */
export async function installHttp(
  app: FastifyInstance,
  deps: { assets: BuiltAssets; origin: string; rateLimit: boolean; renderErrorPage: ErrorPageRenderer },
): Promise<void> {
  // Security headers are a precomputed set (see security-headers.ts) applied in the onRequest hook below.
  // Request bodies are never compressed by browsers, so request decompression stays off.
  await app.register(compress, { threshold: 1024, encodings: ["br", "gzip"], globalDecompression: false });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  // With RATE_LIMIT=off (benchmarks on loopback) the plugin is left out, so per-route limits are off too.
  // Static routes (memoised pages, assets) opt out with staticRouteConfig; everything else keeps the limit.
  if (deps.rateLimit) {
    await app.register(rateLimit, {
      global: true,
      max: 300,
      timeWindow: "1 minute",
      // The address is used only in memory for counting; it is never logged or stored.
      keyGenerator: (request) => request.ip,
      errorResponseBuilder: (_request, context) => ({
        statusCode: context.statusCode,
        code: "FST_ERR_RATE_LIMIT",
        message: "rate limited",
      }),
    });
  }

  app.decorateRequest("lang", "fi");
  app.decorateReply("nonceValue", undefined);
  app.decorateReply("pageNonce", function (this: FastifyReply) {
    this.nonceValue ??= randomBytesPooled(16).toString("base64");
    return this.nonceValue;
  });
  app.decorateReply("publicCache", function (this: FastifyReply, maxAgeSeconds = 300) {
    void this.header("cache-control", `public, max-age=${maxAgeSeconds}, stale-while-revalidate=60`);
    return this;
  });
  app.decorateReply("renderContext", function (this: FastifyReply): RenderContext {
    const cacheable = String(this.getHeader("cache-control") ?? "").startsWith("public");
    return { assets: deps.assets, origin: deps.origin, nonce: cacheable ? undefined : this.pageNonce() };
  });

  // Hooks are synchronous: an async hook costs a promise and a microtask turn on every request.
  app.addHook("onRequest", (request, reply, done) => {
    request.lang = langFromRequest(request);
    void reply.headers(isApi(request) ? apiSecurityHeaders : baseHeaders);
    done();
  });

  app.addHook("onSend", (request, reply, payload, done) => {
    if (!reply.hasHeader("content-security-policy")) {
      const nonce = reply.nonceValue;
      void reply.header("content-security-policy", nonce === undefined ? defaultCsp : buildCsp(nonce));
    }
    if (request.method === "GET" && reply.statusCode === 200) {
      const cacheControl = reply.getHeader("cache-control");
      if (typeof cacheControl === "string" && cacheControl.startsWith("public")) {
        if (reply.hasHeader("set-cookie")) {
          // A response that sets a cookie is personal, whatever the page asked for.
          void reply.header("cache-control", "no-store");
        } else if (!reply.hasHeader("etag") && (typeof payload === "string" || Buffer.isBuffer(payload))) {
          // Memoised pages and assets bring their ETag; other public pages are hashed here.
          const etag = `"${createHash("sha1").update(payload).digest("base64url")}"`;
          void reply.header("etag", etag);
          void reply.header("vary", "accept-encoding");
          if (request.headers["if-none-match"] === etag) {
            void reply.code(304);
            done(null, "");
            return;
          }
        }
      }
    }
    done(null, payload);
  });

  // Each asset is compressed once (br at maximum quality, gzip), on first request, not per response.
  const compressedAssets = new Map<string, Precompressed>();
  app.get<{ Params: { file: string } }>("/assets/:file", staticRouteOptions(), (request, reply) => {
    const name = request.params.file;
    const file = deps.assets.files.get(name);
    if (!file) throw new HttpError(404, "not-found", "error.notFound");
    let body = compressedAssets.get(name);
    if (!body) {
      body = precompress(file.body, file.contentType);
      compressedAssets.set(name, body);
    }
    void reply.header("cache-control", "public, max-age=31536000, immutable");
    sendPrecompressed(request, reply, body);
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    let status = 500;
    let code = "internal-error";
    let message = translate(request.lang, "error.serverTitle");
    let extra: Record<string, unknown> = {};
    if (error instanceof HttpError) {
      status = error.statusCode;
      code = error.code;
      message = translate(request.lang, error.messageKey);
      extra = error.extra;
    } else {
      const known = errorCodes[error.code];
      const statusCode = error.statusCode ?? 500;
      if (known) {
        status =
          error.code === "FST_ERR_RATE_LIMIT"
            ? 429
            : statusCode >= 400 && statusCode < 500
              ? statusCode
              : 400;
        code = known.code;
        message = translate(request.lang, known.key);
      } else if (error instanceof z.ZodError) {
        // A schema parse that escaped a handler judged input from outside: the client's mistake, not ours.
        status = 400;
        code = "bad-request";
        message = translate(request.lang, "error.badRequest");
      } else if (error.validation || (statusCode >= 400 && statusCode < 500)) {
        status = statusCode >= 400 && statusCode < 500 ? statusCode : 400;
        code = status === 405 ? "method-not-allowed" : "bad-request";
        message = translate(request.lang, status === 405 ? "error.methodNotAllowed" : "error.badRequest");
      }
    }
    if (status >= 500) request.log.error({ err: error }, "request failed");
    void reply.header("cache-control", "no-store");
    if (isApi(request) || request.headers.accept?.includes("application/json") === true) {
      return reply
        .code(status)
        .type("application/json")
        .send({ error: { code, message }, ...extra });
    }
    return reply
      .code(status)
      .type("text/html; charset=utf-8")
      .send(
        deps.renderErrorPage({
          lang: request.lang,
          status,
          ctx: reply.renderContext(),
          message: status < 500 ? message : undefined,
        }),
      );
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request)) {
      return reply
        .code(404)
        .send({ error: { code: "not-found", message: translate(request.lang, "error.notFound") } });
    }
    return reply
      .code(404)
      .type("text/html; charset=utf-8")
      .send(deps.renderErrorPage({ lang: request.lang, status: 404, ctx: reply.renderContext() }));
  });
}

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { isLang, langs, type Lang } from "../../platform/i18n/index";
import { sendApiError } from "../../platform/http/send-api-error";
import type { Platform } from "../../platform/platform";
import { renderPublicPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { buildSearchIndex } from "./build-search-index";
import { MAX_QUERY_CHARS, normaliseQuery } from "./search-query";
import { type SearchHit, searchSite } from "./search-site";
import { searchTexts as tx } from "./texts";
import { SearchPage } from "./views/search-page";

const limitSchema = z.coerce.number().int().min(1).max(50);

/** `GET /api/v1/search` and the search pages (`/fi/haku`, `/sv/sok`, `/en/search`). */
export function registerSearchRoutes(app: FastifyInstance, platform: Platform): void {
  const { database } = platform;
  // Results depend only on the content, which changes only at start: popular queries are answered from memory.
  const cache = new Map<string, SearchHit[]>();
  const cachedSearch = async (q: string, lang: Lang, limit: number): Promise<SearchHit[]> => {
    const key = `${lang}\u0000${String(limit)}\u0000${q}`;
    const hit = cache.get(key);
    if (hit) return hit;
    await ensureIndex();
    const hits = await searchSite({ database, q, lang, limit });
    if (cache.size >= 1000) cache.delete(cache.keys().next().value ?? "");
    cache.set(key, hits);
    return hits;
  };
  let ready: Promise<unknown> | undefined;
  // The index is built at start; this covers processes (and tests) that skipped that step.
  const ensureIndex = (): Promise<unknown> =>
    (ready ??= buildSearchIndex({ database }).catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));

  app.get("/api/v1/search", async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const msgLang: Lang = isLang(query.lang) ? query.lang : request.lang;
    if (query.lang !== undefined && !isLang(query.lang)) {
      return sendApiError(reply, { status: 400, code: "invalid-lang", message: tx.badLang[msgLang] });
    }
    if (typeof query.q !== "string" || normaliseQuery(query.q) === "") {
      return sendApiError(reply, { status: 400, code: "missing-query", message: tx.missingQuery[msgLang] });
    }
    if (query.q.length > MAX_QUERY_CHARS) {
      return sendApiError(reply, { status: 400, code: "query-too-long", message: tx.tooLong[msgLang] });
    }
    const limit =
      query.limit === undefined ? { success: true as const, data: 10 } : limitSchema.safeParse(query.limit);
    if (!limit.success) {
      return sendApiError(reply, { status: 400, code: "invalid-limit", message: tx.badLimit[msgLang] });
    }
    const hits = await cachedSearch(normaliseQuery(query.q), msgLang, limit.data);
    void reply.header("cache-control", "public, max-age=60");
    return { results: hits.map(({ type, title, url, snippet }) => ({ type, title, url, snippet })) };
  });

  for (const lang of langs) {
    app.get(pagePath("search", lang), async (request, reply) => {
      const raw = (request.query as Record<string, unknown> | undefined)?.q;
      const q = typeof raw === "string" ? normaliseQuery(raw).slice(0, 200) : "";
      let hits: SearchHit[] | undefined;
      if (q !== "") {
        hits = await cachedSearch(q, lang, 20);
      }
      reply.publicCache(q === "" ? 300 : 60);
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          {
            lang,
            title: q === "" ? tx.title[lang] : `${tx.resultsFor[lang]} “${q}”`,
            description: tx.lead[lang],
            alternates: alternatesOf("search"),
            canonical: pagePath("search", lang),
            ...(q === "" ? {} : { noindex: true }),
          },
          <SearchPage lang={lang} q={q} hits={hits} />,
        ),
      );
    });
  }
}

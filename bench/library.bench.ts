import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Bench } from "./harness";

const queries = [
  "masennus",
  "masennuksesta",
  "toimeentulotukea",
  "velat",
  "ahdistuksen",
  "uni",
  "masis",
  "alkoholi",
];

/** Issue 4's figures: article page throughput against the control, search API p99 at 20 clients, article weight. */
export const libraryBench: Bench = {
  name: "library",
  async run(ctx) {
    const path = "/fi/tietoa/masennus";
    const html = await (await fetch(`${ctx.origin}${path}`)).text();
    const cssHref = /href="(\/assets\/styles\.css[^"]*)"/.exec(html)?.[1] ?? "";
    const css = await (await fetch(`${ctx.origin}${cssHref}`)).text();
    // Warm the search index and caches before measuring.
    await fetch(`${ctx.origin}/api/v1/search?q=masennus&lang=fi`);
    const ratio = await ctx.ratioToControl(path);
    const search = await ctx.measure({
      url: ctx.origin,
      connections: 20,
      seconds: 5,
      requests: queries.map((q) => ({
        method: "GET" as const,
        path: `/api/v1/search?q=${encodeURIComponent(q)}&lang=fi&limit=10`,
      })),
    });
    return {
      ...ratio,
      search_rps: search.requestsPerSecond,
      search_p50_ms: search.p50Ms,
      search_p99_ms: search.p99Ms,
      search_errors: search.errors + search.non2xx,
      article_html_css_brotli_bytes: brotliCompressSync(Buffer.from(html + css)).length,
      article_html_css_gzip_bytes: gzipSync(Buffer.from(html + css)).length,
    };
  },
};

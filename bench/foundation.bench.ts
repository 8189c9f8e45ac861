import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Bench } from "./harness";

/** Issue 3's figures: home page throughput against the static control, and its compressed weight. */
export const foundationBench: Bench = {
  name: "foundation",
  async run(ctx) {
    const html = await (await fetch(`${ctx.origin}/fi`)).text();
    const cssHref = /href="(\/assets\/styles\.css[^"]*)"/.exec(html)?.[1] ?? "";
    const css = await (await fetch(`${ctx.origin}${cssHref}`)).text();
    const ratio = await ctx.ratioToControl("/fi");
    return {
      ...ratio,
      home_html_css_brotli_bytes: brotliCompressSync(Buffer.from(html + css)).length,
      home_html_css_gzip_bytes: gzipSync(Buffer.from(html + css)).length,
    };
  },
};

import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { negotiateEncoding, precompress, sendPrecompressed } from "./precompressed";

const html = `<!doctype html><html lang="fi"><body>${"<p>Tervetuloa Luukkuun.</p>".repeat(200)}</body></html>`;

describe("negotiateEncoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip, deflate, br", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.8", "gzip"],
    ["identity", "identity"],
    ["*", "br"],
    ["deflate", "identity"],
  ] as const)("%s → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe("precompress", () => {
  it("keeps each encoding decodable to the same bytes, with its own ETag", () => {
    const body = precompress(html, "text/html; charset=utf-8");
    expect(brotliDecompressSync(body.variants.br.body).toString()).toBe(html);
    expect(gunzipSync(body.variants.gzip.body).toString()).toBe(html);
    expect(body.variants.identity.body.toString()).toBe(html);
    const etags = new Set(Object.values(body.variants).map((v) => v.etag));
    expect(etags.size).toBe(3);
    expect(body.variants.br.body.length).toBeLessThan(body.variants.gzip.body.length);
  });

  it("leaves a small body uncompressed", () => {
    const body = precompress("<p>hei</p>", "text/html; charset=utf-8");
    expect(body.variants.br.encoding).toBe("identity");
    expect(body.variants.br.body.toString()).toBe("<p>hei</p>");
  });
});

describe("sendPrecompressed", () => {
  it("answers in the client's encoding and 304 for its own ETag", async () => {
    const app = Fastify();
    const body = precompress(html, "text/html; charset=utf-8");
    app.get("/", (request, reply) => sendPrecompressed(request, reply, body));
    const br = await app.inject({ url: "/", headers: { "accept-encoding": "gzip, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("accept-encoding");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(html);
    const plain = await app.inject("/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(html);
    expect(plain.headers.etag).not.toBe(br.headers.etag);
    const again = await app.inject({
      url: "/",
      headers: { "accept-encoding": "gzip, br", "if-none-match": String(br.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const stale = await app.inject({ url: "/", headers: { "if-none-match": '"old"' } });
    expect(stale.statusCode).toBe(200);
    await app.close();
  });
});

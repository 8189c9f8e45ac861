import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

type Encoding = "br" | "gzip" | "identity";

interface Variant {
  body: Buffer;
  etag: string;
  encoding: Encoding;
}

/** A response body compressed once, in each encoding, with a strong ETag per representation. */
export interface Precompressed {
  contentType: string;
  variants: Record<Encoding, Variant>;
}

/**
 * Options for a route that answers the same precompressed bytes to everyone (memoised pages, assets):
 * no on-the-fly compression and no per-address rate limit, which protects sensitive routes, not these.
 */
export function staticRouteOptions(): { config: { compress: false; rateLimit: false } } {
  return { config: { compress: false, rateLimit: false } };
}

/** Bodies below this size are sent as they are: compressing them saves less than the header costs. */
const threshold = 1024;

export function precompress(body: string | Buffer, contentType: string): Precompressed {
  const identity = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const hash = createHash("sha1").update(identity).digest("base64url");
  const variant = (encoding: Encoding, compressed: Buffer, suffix: string): Variant =>
    // A compressed body that is not smaller is pointless; the identity body serves that client.
    compressed.length < identity.length
      ? { body: compressed, etag: `"${hash}${suffix}"`, encoding }
      : { body: identity, etag: `"${hash}"`, encoding: "identity" };
  const plain: Variant = { body: identity, etag: `"${hash}"`, encoding: "identity" };
  if (identity.length < threshold)
    return { contentType, variants: { br: plain, gzip: plain, identity: plain } };
  return {
    contentType,
    variants: {
      // Done once per body, so the slowest, smallest settings are affordable.
      br: variant(
        "br",
        brotliCompressSync(identity, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
        "-br",
      ),
      gzip: variant("gzip", gzipSync(identity, { level: 9 }), "-gz"),
      identity: plain,
    },
  };
}

const negotiated = new Map<string, Encoding>();

function parseAcceptEncoding(header: string): Encoding {
  const q: Partial<Record<string, number>> = {};
  for (const part of header.split(",", 20)) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q[token] = weight === undefined ? 1 : Number(weight);
  }
  const allowed = (name: string): number =>
    q[name] ?? (q["*"] !== undefined && name !== "identity" ? q["*"] : 0);
  const br = allowed("br");
  const gzip = allowed("gzip");
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return "identity";
}

/** br, gzip or identity for an Accept-Encoding header; browsers send a handful of distinct values, so they are remembered. */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return "identity";
  let encoding = negotiated.get(header);
  if (encoding === undefined) {
    encoding = parseAcceptEncoding(header);
    if (negotiated.size < 200) negotiated.set(header, encoding);
  }
  return encoding;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch === etag || ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * Sends a precompressed body in the client's encoding, or 304 when the client already has it.
 * The caller sets cache-control; the ETag and `Vary: accept-encoding` are set here.
 */
export function sendPrecompressed(
  request: FastifyRequest,
  reply: FastifyReply,
  body: Precompressed,
): FastifyReply {
  const variant = body.variants[negotiateEncoding(request.headers["accept-encoding"])];
  void reply.header("etag", variant.etag).header("vary", "accept-encoding");
  if (matches(request.headers["if-none-match"], variant.etag)) return reply.code(304).send();
  if (variant.encoding !== "identity") void reply.header("content-encoding", variant.encoding);
  return reply.type(body.contentType).send(variant.body);
}

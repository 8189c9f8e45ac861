/**
 * The response headers every answer carries, computed once: what @fastify/helmet sets with our options
 * (CSP is ours, per response), without running helmet's middleware chain on each request.
 * `security-headers.test.ts` compares this list with helmet's own output, so an upgrade that changes
 * helmet's defaults fails the test instead of silently drifting.
 */
export const helmetOptions = {
  contentSecurityPolicy: false,
  referrerPolicy: { policy: "no-referrer" },
  hsts: { maxAge: 63_072_000, includeSubDomains: true },
  crossOriginEmbedderPolicy: false,
} as const;

export const securityHeaders: Readonly<Record<string, string>> = Object.freeze({
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
});

/**
 * What a JSON answer needs, after the OWASP REST Security Cheat Sheet: no caching, nothing loads or frames it,
 * no sniffing, HTTPS only. The document headers (opener, agent cluster, prefetch…) mean nothing for JSON, and
 * the shorter set makes every API answer about 400 bytes smaller.
 */
export const apiSecurityHeaders: Readonly<Record<string, string>> = Object.freeze({
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
  "strict-transport-security": securityHeaders["strict-transport-security"] ?? "",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
});

export function buildCsp(nonce: string | undefined, frameAncestors = "'none'"): string {
  const script = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** The policy of every response that asked for no nonce: built once, not per request. */
export const defaultCsp = buildCsp(undefined);

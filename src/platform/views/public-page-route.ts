import type { FastifyInstance } from "fastify";
import {
  type Precompressed,
  precompress,
  sendPrecompressed,
  staticRouteOptions,
} from "../http/precompressed";
import { defaultCsp } from "../http/security-headers";
import type { RenderContext } from "./layout";

/**
 * A GET route for an anonymous page that is the same for everyone until the content changes: rendered
 * and compressed once per process on first request, then served from memory with public caching, an
 * ETag per encoding and the CSP without a nonce (the page has no inline script).
 */
export function registerPublicPage(
  app: FastifyInstance,
  path: string,
  render: (ctx: RenderContext) => string,
): void {
  let page: Precompressed | undefined;
  app.get(path, staticRouteOptions(), (request, reply) => {
    reply.publicCache();
    page ??= precompress(render(reply.renderContext()), "text/html; charset=utf-8");
    void reply.header("content-security-policy", defaultCsp);
    sendPrecompressed(request, reply, page);
  });
}

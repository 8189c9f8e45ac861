import type { FastifyInstance } from "fastify";
import type { RenderContext } from "./layout";
import { sendHtml } from "./send-html";

/**
 * A GET route for an anonymous page that is the same for everyone until the content changes: rendered
 * once per process on first request, then served from memory with public caching and an ETag.
 */
export function registerPublicPage(
  app: FastifyInstance,
  path: string,
  render: (ctx: RenderContext) => string,
): void {
  let html: string | undefined;
  app.get(path, async (_request, reply) => {
    reply.publicCache();
    html ??= render(reply.renderContext());
    return sendHtml(reply, html);
  });
}

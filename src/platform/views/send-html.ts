import type { FastifyReply } from "fastify";

export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(html);
}

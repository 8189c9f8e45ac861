import type { FastifyRequest } from "fastify";

/**
 * What a socket error means for the logs: `ws` names the client's protocol faults (a frame over the size limit,
 * a bad opcode, invalid UTF-8) with WS_ERR_* codes. Those are the client's doing and already answered with a close
 * code, so they are told at info level; anything else is ours and stays an error.
 */
export function isClientProtocolError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("WS_ERR_");
}

/** The one part of a `ws` socket this needs (the package ships no types). */
interface Terminable {
  terminate: () => void;
}

export function websocketErrorHandler(error: Error, socket: Terminable, request: FastifyRequest): void {
  if (isClientProtocolError(error))
    request.log.info({ code: (error as NodeJS.ErrnoException).code }, error.message);
  else request.log.error(error);
  socket.terminate();
}

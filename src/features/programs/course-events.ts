import type { FastifyReply, FastifyRequest } from "fastify";
import type { EventBus } from "../../platform/realtime/index";

/** The LISTEN/NOTIFY channel of guided courses; the payload is a course id and nothing else. */
export const COURSE_CHANNEL = "program_course";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Open streams per process; beyond this a page simply keeps working by reload. */
const MAX_STREAMS = 2000;
const HEARTBEAT_MS = 25_000;

export interface CourseEventHub {
  /** Tells every process that something in this course changed (a message, consent, the end). */
  changed: (courseId: string) => Promise<void>;
  /** Streams this course's changes to one browser as Server-Sent Events until it goes away. */
  stream: (request: FastifyRequest, reply: FastifyReply, courseId: string) => Promise<FastifyReply>;
  /** Listen for one course's changes (tests and the stream). */
  listen: (courseId: string, onChange: () => void) => Promise<() => void>;
  close: () => Promise<void>;
}

/**
 * One LISTEN per process for all guided courses. A change is announced by id only; each browser then fetches its
 * own page again with its own session, so what it may see is decided exactly as on a reload.
 */
export function createCourseEventHub(deps: {
  events: EventBus;
  log: { warn: (o: unknown, m: string) => void };
}): CourseEventHub {
  const listeners = new Map<string, Set<() => void>>();
  const streams = new Set<() => void>();
  let subscribed: Promise<() => Promise<void>> | undefined;
  let closed = false;

  const ensureSubscribed = () =>
    (subscribed ??= deps.events.subscribe(COURSE_CHANNEL, (payload) => {
      if (!uuidPattern.test(payload)) return;
      for (const listener of listeners.get(payload) ?? []) listener();
    }));

  const listen = async (courseId: string, onChange: () => void) => {
    await ensureSubscribed();
    let set = listeners.get(courseId);
    if (!set) listeners.set(courseId, (set = new Set()));
    set.add(onChange);
    return () => {
      set.delete(onChange);
      if (set.size === 0 && listeners.get(courseId) === set) listeners.delete(courseId);
    };
  };

  return {
    async changed(courseId) {
      await deps.events.publish(COURSE_CHANNEL, courseId).catch((error: unknown) => {
        // A missed live update is not lost data: the next reload shows it.
        deps.log.warn({ err: error }, "program course event not published");
      });
    },
    listen,
    async stream(request, reply, courseId) {
      if (closed || streams.size >= MAX_STREAMS) return reply.code(503).send();
      const raw = reply.raw;
      const unlisten = await listen(courseId, () => {
        raw.write("event: change\ndata: {}\n\n");
      });
      reply.hijack();
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      // Ask the browser to wait a little before reconnecting after a restart.
      raw.write("retry: 3000\n\n");
      const heartbeat = setInterval(() => raw.write(": ping\n\n"), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        unlisten();
        streams.delete(end);
        if (!raw.writableEnded) raw.end();
      };
      streams.add(end);
      // The response closes when the browser goes away (or the socket breaks): stop listening then.
      raw.on("close", end);
      request.raw.on("error", end);
      return reply;
    },
    async close() {
      closed = true;
      for (const end of [...streams]) end();
      listeners.clear();
      const unsubscribe = await subscribed?.catch(() => undefined);
      await unsubscribe?.();
    },
  };
}

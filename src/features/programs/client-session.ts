import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../../platform/db/index";
import { findCourseByCode, isCourseOpen, type Course } from "./guided-service";
import { openResumeRecord } from "./resume-store";
import { parseCode, type SavedData } from "./resume-vault";

/** Resume and course codes ride in HttpOnly, SameSite=Strict cookies: never in a URL, never readable by scripts. */
export interface ClientCookies {
  resumeName: string;
  courseName: string;
  setResume: (reply: FastifyReply, code: string) => void;
  clearResume: (reply: FastifyReply) => void;
  setCourse: (reply: FastifyReply, code: string) => void;
  clearCourse: (reply: FastifyReply) => void;
  read: (request: FastifyRequest) => { resume?: string; course?: string };
}

export function clientCookies(secure: boolean): ClientCookies {
  const prefix = secure ? "__Host-" : "";
  const resumeName = `${prefix}luukku_resume`;
  const courseName = `${prefix}luukku_course`;
  const base = { path: "/", httpOnly: true, secure, sameSite: "strict" } as const;
  return {
    resumeName,
    courseName,
    // A session cookie: the code lives only as long as the browser session.
    setResume: (reply, code) => void reply.setCookie(resumeName, code, base),
    clearResume: (reply) => void reply.clearCookie(resumeName, base),
    // A guided course runs for weeks; the cookie lasts until the longest course would end.
    setCourse: (reply, code) => void reply.setCookie(courseName, code, { ...base, maxAge: 90 * 86_400 }),
    clearCourse: (reply) => void reply.clearCookie(courseName, base),
    read: (request) => ({
      resume: parseCode(request.cookies[resumeName]),
      course: parseCode(request.cookies[courseName]),
    }),
  };
}

export interface ClientState {
  resume?: { code: string; data: SavedData };
  course?: { code: string; course: Course };
  /** True when the request carried any of our cookies, so the page is personal. */
  personal: boolean;
}

export async function readClientState(options: {
  request: FastifyRequest;
  cookies: ClientCookies;
  database: Database;
}): Promise<ClientState> {
  const codes = options.cookies.read(options.request);
  const state: ClientState = { personal: codes.resume !== undefined || codes.course !== undefined };
  if (codes.resume) {
    const opened = await openResumeRecord({ database: options.database, code: codes.resume });
    if (opened) state.resume = { code: codes.resume, data: opened.data };
  }
  if (codes.course) {
    const course = await findCourseByCode({ database: options.database, code: codes.course });
    if (course) state.course = { code: codes.course, course };
  }
  return state;
}

export type StorageKind = "course" | "server" | "none";

/** Where this program's answers go: an open guided course first, then a resume code, else only the device. */
export function storageFor(state: ClientState, programId: string): StorageKind {
  if (state.course?.course.programId === programId && isCourseOpen(state.course.course)) return "course";
  if (state.resume) return "server";
  return "none";
}

import type { Lang } from "../../platform/i18n/lang";
import { pagePath } from "../../platform/views/paths";
import type { Program, ProgramModule } from "./program-schema";

/** The catalogue of self-care programs in one language. */
export const cataloguePath = (lang: Lang): string => pagePath("selfCare", lang);

export const programPath = (lang: Lang, program: Pick<Program, "slug">): string =>
  `${cataloguePath(lang)}/${program.slug}`;

export const modulePath = (
  lang: Lang,
  program: Pick<Program, "slug">,
  module: Pick<ProgramModule, "slug">,
): string => `${programPath(lang, program)}/${module.slug}`;

export const STAFF_PROGRAMS_PATH = "/staff/programs";
export const STAFF_PROGRAMS_SETTINGS_PATH = `${STAFF_PROGRAMS_PATH}/settings`;
export const staffCoursePath = (courseId: string): string => `${STAFF_PROGRAMS_PATH}/courses/${courseId}`;
export const staffPrintPath = (programId: string, lang: Lang): string =>
  `${STAFF_PROGRAMS_PATH}/print/${lang}/${programId}`;

export type ActionName =
  | "resume"
  | "resume/new"
  | "resume/forget"
  | "guided/join"
  | "guided/return"
  | "guided/leave"
  | "guided/events"
  | "guided/message"
  | "guided/share"
  | "guided/who5"
  | "guided/feedback";

/** Where the forms of the program pages post; one set per language so replies stay in that language. */
export const actionPath = (lang: Lang, name: ActionName): string => `${cataloguePath(lang)}/${name}`;

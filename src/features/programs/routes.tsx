import path from "node:path";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { assessCrisis } from "../../platform/crisis/index";
import { langs, type Lang } from "../../platform/i18n/lang";
import { badRequest, notFound } from "../../platform/http/http-error";
import { sendApiError } from "../../platform/http/send-api-error";
import type { Platform } from "../../platform/platform";
import { renderPublicPage } from "../../platform/views/layout";
import { sendHtml } from "../../platform/views/send-html";
import { scoreQuestionnaire } from "../questionnaires/index";
import { crisisContacts, loadHelplines } from "../services/index";
import { type Catalogue, type CatalogueModule, type CatalogueProgram, loadCatalogue } from "./catalogue";
import {
  type ClientCookies,
  clientCookies,
  type ClientState,
  readClientState,
  storageFor,
} from "./client-session";
import { type CodeGuessLimiter, createCodeGuessLimiter } from "./code-guess-limiter";
import {
  answerFromForm,
  fieldOfError,
  type FormAnswer,
  formValuesFromAnswer,
  type FormValues,
  first,
  formAnswerOfJson,
  readFormValues,
} from "./form-answer";
import {
  addCourseMessage,
  counsellorAlias,
  doneModulesOf,
  isCourseOpen,
  joinCourse,
  findCourseByCode,
  hasContactsLeft,
  listCourseMessages,
  markCourseCrisis,
  MAX_FEEDBACK_LENGTH,
  MAX_MESSAGE_LENGTH,
  readFeedback,
  readWho5,
  saveCourseAnswer,
  saveFeedback,
  saveWho5,
  setModuleDone,
  setSharedParts,
  loadCourseAnswers,
} from "./guided-service";
import { createCourseEventHub, type CourseEventHub } from "./course-events";
import { actionPath, cataloguePath } from "./paths";
import { type Exercise, partKinds, type PartKind } from "./program-schema";
import { getProgramSettings } from "./program-settings";
import { readWho5Form } from "./read-who5-form";
import { createResumeRecord, openResumeRecord, updateResumeRecord } from "./resume-store";
import { parseCode, type SavedData, type SavedProgram } from "./resume-vault";
import { registerStaffProgramRoutes } from "./staff-routes";
import { sumBudget } from "./sum-budget";
import { answerErrorTexts, programText } from "./texts";
import { type AnswerError, type ExerciseAnswer, validateExerciseAnswer } from "./validate-exercise-answer";
import type { ExerciseState } from "./views/exercise-form";
import {
  CataloguePage,
  type GuidedView,
  ModulePage,
  ProgramPage,
  ResumeSection,
  type ResumeView,
} from "./views/public-pages";

const contentDir = path.resolve(import.meta.dirname, "../../../content");
/** Device answers the island may move behind a new code in one form post. */
const MAX_DEVICE_DATA = 60_000;

const programField = z.object({ program: z.string().max(100) });
const jsonSaveBody = z.object({
  exercise: z.string().max(100),
  answer: z.unknown(),
  action: z.enum(["save", "device"]).optional(),
});

interface PageDeps {
  platform: Platform;
  catalogue: Catalogue;
  cookies: ClientCookies;
  courseEvents: CourseEventHub;
  guesses: CodeGuessLimiter;
}

// Media types are case-insensitive (RFC 9110), and Fastify parses `Application/JSON` as JSON: so must we.
const isJsonType = (header: string | undefined) =>
  header?.toLowerCase().startsWith("application/json") === true;
const sendsJson = (request: FastifyRequest) => isJsonType(request.headers["content-type"]);
const wantsJson = (request: FastifyRequest) => sendsJson(request) || isJsonType(request.headers.accept);

/** Answer errors for the island: each with its message in the person's language and, where known, its field. */
function jsonAnswerErrors(options: {
  exercise: Exercise;
  answer: unknown;
  errors: AnswerError[];
  lang: Lang;
}) {
  const built = formAnswerOfJson(options.answer);
  return options.errors.map((e) => ({
    path: e.path,
    code: e.code,
    message: answerErrorTexts[options.lang][e.code],
    field: fieldOfError(options.exercise, e, built),
  }));
}

/**
 * Program and module pages are the same for everyone until a person uses a code; then the same URL turns personal.
 * Browsers must therefore ask again each time (ETag keeps that cheap), or a cached anonymous copy would hide
 * the person's own answers after they open a code.
 */
function revalidatedPublic(reply: FastifyReply): void {
  void reply.header("cache-control", "public, max-age=0, must-revalidate");
}

/** Strings a person wrote in an answer, for the crisis check (ids and choices are left out). */
function answerTexts(answer: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (!["type", "day", "slot", "kind"].includes(key)) out.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(answer, "");
  return out;
}

function hasNewCrisisText(answer: ExerciseAnswer, previous: ExerciseAnswer | undefined, lang: Lang): boolean {
  const before = new Set(answerTexts(previous));
  const fresh = answerTexts(answer).filter((t) => !before.has(t));
  return fresh.length > 0 && assessCrisis({ text: fresh.join("\n"), lang }).crisis;
}

function savedProgram(data: SavedData | undefined, programId: string): SavedProgram {
  return data?.programs[programId] ?? { answers: {}, done: [] };
}

/** Everything the pages of one program need to know about this person's saved work. */
async function loadSaved(deps: PageDeps, state: ClientState, programId: string) {
  const storage = storageFor(state, programId);
  if (storage === "course" && state.course) {
    const answers = await loadCourseAnswers({
      database: deps.platform.database,
      cipher: deps.platform.cipher,
      courseId: state.course.course.id,
    });
    return { storage, answers, done: new Set(doneModulesOf(state.course.course)) };
  }
  if (storage === "server" && state.resume) {
    const saved = savedProgram(state.resume.data, programId);
    return {
      storage,
      answers: new Map(Object.entries(saved.answers) as [string, ExerciseAnswer][]),
      done: new Set(saved.done),
    };
  }
  return { storage, answers: new Map<string, ExerciseAnswer>(), done: undefined };
}

function stateFor(exercise: Exercise, saved: ExerciseAnswer | undefined): ExerciseState {
  return {
    values: formValuesFromAnswer(saved),
    saved,
    errors: new Map(),
    generalErrors: [],
    sums: exercise.type === "budget" && saved?.type === "budget" ? sumBudget(saved) : undefined,
  };
}

async function guidedView(deps: PageDeps, state: ClientState, programId: string): Promise<GuidedView> {
  const course = state.course?.course;
  if (course?.programId !== programId) return {};
  const { database, cipher } = deps.platform;
  return {
    course,
    alias: await counsellorAlias(database, course.counsellorUserId),
    messages: await listCourseMessages({ database, cipher, courseId: course.id }),
    who5: readWho5(cipher, course),
    feedback: readFeedback(cipher, course),
    replyWorkingDays: (await getProgramSettings({ database, orgId: course.orgId })).replyWorkingDays,
  };
}

export function registerProgramRoutes(app: FastifyInstance, platform: Platform): void {
  const cookies = clientCookies(platform.config.secureCookies);
  const helplines = loadHelplines();
  const contactsFor = (lang: Lang) => crisisContacts({ lang, helplines });

  const courseEvents = createCourseEventHub({ events: platform.events, log: app.log });
  // Open live streams would keep the server from closing: end them first.
  app.addHook("preClose", async () => {
    await courseEvents.close();
  });
  // One counter per client for every way of trying a code, in all languages; RATE_LIMIT=off lifts it.
  const guesses = createCodeGuessLimiter({ enabled: platform.config.rateLimit });
  void app.register(async (scope) => {
    const catalogue = await loadCatalogue({ contentDir });
    const deps: PageDeps = { platform, catalogue, cookies, courseEvents, guesses };
    for (const lang of langs) registerLang(scope, deps, lang, contactsFor(lang));
    registerStaffProgramRoutes(scope, platform, catalogue, courseEvents);
  });
}

function registerLang(
  app: FastifyInstance,
  deps: PageDeps,
  lang: Lang,
  contacts: ReturnType<typeof crisisContacts>,
): void {
  const { platform, catalogue, cookies, courseEvents, guesses } = deps;
  const { database, cipher } = platform;
  const base = cataloguePath(lang);

  /**
   * The person's codes from the cookies, opened. A code that opens nothing was a guess (or is stale): it counts
   * against the same per-client limit as the entry forms and its cookie is cleared. A client over the limit has
   * no code looked up at all, or the answer would still tell a right guess from a wrong one.
   */
  const readState = async (request: FastifyRequest, reply: FastifyReply): Promise<ClientState> => {
    const codes = cookies.read(request);
    if (codes.resume === undefined && codes.course === undefined) return { personal: false };
    guesses.assertAllowed(request.ip);
    const state = await readClientState({ request, cookies, database });
    const missedResume = codes.resume !== undefined && state.resume === undefined;
    const missedCourse = codes.course !== undefined && state.course === undefined;
    if (missedResume) cookies.clearResume(reply);
    if (missedCourse) cookies.clearCourse(reply);
    if (missedResume || missedCourse) guesses.count(request.ip);
    return state;
  };

  // Anonymous program and module pages are the same for everyone: rendered once, then served from memory.
  const anonymousHtml = new Map<string, string>();
  const cachedAnonymous = (reply: FastifyReply, key: string) => {
    const html = anonymousHtml.get(key);
    return html === undefined ? undefined : sendHtml(reply, html);
  };

  const programPage = async (
    reply: FastifyReply,
    program: CatalogueProgram,
    state: ClientState,
    extra: {
      status?: number;
      resume?: Partial<ResumeView>;
      guided?: Partial<GuidedView>;
      crisis?: boolean;
      clearDevice?: boolean;
      cacheKey?: string;
    } = {},
  ) => {
    const saved = await loadSaved(deps, state, program.program.id);
    const guided = { ...(await guidedView(deps, state, program.program.id)), ...extra.guided };
    const html = renderPublicPage(
      reply.renderContext(),
      {
        lang,
        title: program.program.title,
        description: program.program.description,
        alternates: program.alternates,
        canonical: program.path,
      },
      <ProgramPage
        lang={lang}
        program={program}
        done={saved.done}
        resume={{ active: state.resume !== undefined, ...extra.resume }}
        guided={guided}
        crisis={extra.crisis ? contacts : undefined}
        crisisContacts={contacts}
        clearDevice={extra.clearDevice}
      />,
    );
    if (extra.cacheKey) anonymousHtml.set(extra.cacheKey, html);
    return sendHtml(reply, html, extra.status);
  };

  const modulePage = async (
    reply: FastifyReply,
    program: CatalogueProgram,
    module: CatalogueModule,
    state: ClientState,
    extra: {
      status?: number;
      override?: [string, ExerciseState];
      notice?: [string, string];
      crisis?: boolean;
      resume?: Partial<ResumeView>;
      cacheKey?: string;
    } = {},
  ) => {
    const saved = await loadSaved(deps, state, program.program.id);
    const states = new Map<string, ExerciseState>();
    for (const exercise of module.module.exercises) {
      const s = stateFor(exercise, saved.answers.get(exercise.id));
      if (extra.notice?.[0] === exercise.id) s.notice = extra.notice[1];
      states.set(exercise.id, s);
    }
    if (extra.override) states.set(extra.override[0], extra.override[1]);
    const storage = saved.storage;
    const html = renderPublicPage(
      reply.renderContext(),
      {
        lang,
        title: `${module.module.title} – ${program.program.title}`,
        description: program.program.description,
        alternates: module.alternates,
        canonical: module.path,
      },
      <ModulePage
        lang={lang}
        program={program}
        module={module}
        states={states}
        storage={storage}
        done={saved.done?.has(module.module.id) ?? false}
        crisis={extra.crisis ?? false}
        crisisContacts={contacts}
        resumePanel={
          storage === "course" ? undefined : (
            <ResumeSection
              lang={lang}
              programId={program.program.id}
              returnTo={module.path}
              view={{ active: state.resume !== undefined, ...extra.resume }}
            />
          )
        }
      />,
    );
    if (extra.cacheKey) anonymousHtml.set(extra.cacheKey, html);
    return sendHtml(reply, html, extra.status);
  };

  const findProgram = (id: unknown) => (typeof id === "string" ? catalogue.byId(lang, id) : undefined);

  // Catalogue: anonymous, cacheable.
  app.get(base, async (_request, reply) =>
    sendHtml(
      reply.publicCache(),
      renderPublicPage(
        reply.renderContext(),
        {
          lang,
          title: programText(lang, "catalogueTitle"),
          description: programText(lang, "catalogueDescription"),
          alternates: { fi: cataloguePath("fi"), sv: cataloguePath("sv"), en: cataloguePath("en") },
          canonical: base,
        },
        <CataloguePage lang={lang} programs={catalogue.list(lang)} />,
      ),
    ),
  );

  app.get<{ Params: { program: string } }>(`${base}/:program`, async (request, reply) => {
    const program = catalogue.bySlug(lang, request.params.program);
    if (!program) throw notFound();
    const state = await readState(request, reply);
    if (state.personal) return programPage(reply, program, state);
    revalidatedPublic(reply);
    return (
      cachedAnonymous(reply, program.path) ?? programPage(reply, program, state, { cacheKey: program.path })
    );
  });

  app.get<{ Params: { program: string; module: string }; Querystring: { saved?: string } }>(
    `${base}/:program/:module`,
    async (request, reply) => {
      const program = catalogue.bySlug(lang, request.params.program);
      const module = program?.modules.find((m) => m.module.slug === request.params.module);
      if (!program || !module) throw notFound();
      const state = await readState(request, reply);
      if (!state.personal) revalidatedPublic(reply);
      const savedId = typeof request.query.saved === "string" ? request.query.saved : undefined;
      const storage = storageFor(state, program.program.id);
      const notice: [string, string] | undefined = savedId
        ? [savedId, programText(lang, storage === "course" ? "savedCourse" : "savedServer")]
        : undefined;
      if (!state.personal && !notice) {
        return (
          cachedAnonymous(reply, module.path) ??
          modulePage(reply, program, module, state, { cacheKey: module.path })
        );
      }
      return modulePage(reply, program, module, state, { notice });
    },
  );

  // Saving one exercise: a plain form post without JavaScript, JSON from the island.
  app.post<{ Params: { program: string; module: string } }>(
    `${base}/:program/:module`,
    async (request, reply) => {
      const program = catalogue.bySlug(lang, request.params.program);
      const module = program?.modules.find((m) => m.module.slug === request.params.module);
      if (!program || !module) throw notFound();
      const json = wantsJson(request);
      if (request.headers["sec-fetch-site"] === "cross-site") {
        return sendApiError(reply, {
          status: 403,
          code: "cross-site",
          message: programText(lang, "notSaved"),
        });
      }
      let exerciseId: string | undefined;
      let form: FormValues = {};
      let rawAnswer: unknown;
      let action: string | undefined;
      if (sendsJson(request)) {
        const parsed = jsonSaveBody.safeParse(request.body);
        if (!parsed.success)
          return sendApiError(reply, {
            status: 400,
            code: "bad-request",
            message: programText(lang, "notSaved"),
          });
        exerciseId = parsed.data.exercise;
        rawAnswer = parsed.data.answer;
        action = parsed.data.action;
      } else {
        form = readFormValues(request.body).values;
        exerciseId = first(form.exercise);
        action = first(form.action);
      }
      const exercise = module.module.exercises.find((e) => e.id === exerciseId);
      if (!exercise) {
        if (json)
          return sendApiError(reply, {
            status: 400,
            code: "unknown-exercise",
            message: programText(lang, "notSaved"),
          });
        throw badRequest("unknown-exercise");
      }
      const codes = cookies.read(request);
      if (json && codes.resume && !codes.course) {
        guesses.assertAllowed(request.ip);
        // The island's save behind a resume code: one locked read-change-write, nothing else.
        let invalid: AnswerError[] | undefined;
        let crisis = false;
        let sums: ReturnType<typeof sumBudget> | undefined;
        const result = await updateResumeRecord({
          database,
          code: codes.resume,
          change: (data) => {
            const p = savedProgram(data, program.program.id);
            const validation = validateExerciseAnswer({ exercise, answer: rawAnswer });
            if (!validation.ok) {
              invalid = validation.errors;
              return undefined;
            }
            const answer = validation.answer;
            crisis = hasNewCrisisText(answer, p.answers[exercise.id] as ExerciseAnswer | undefined, lang);
            if (answer.type === "budget") sums = sumBudget(answer);
            return {
              ...data,
              programs: {
                ...data.programs,
                [program.program.id]: { ...p, answers: { ...p.answers, [exercise.id]: answer } },
              },
            };
          },
        });
        if (invalid) {
          return sendApiError(reply, {
            status: 400,
            code: "invalid-answer",
            message: programText(lang, "notSaved"),
            extra: { errors: jsonAnswerErrors({ exercise, answer: rawAnswer, errors: invalid, lang }) },
          });
        }
        if (!result.ok && result.reason === "too-large") {
          return sendApiError(reply, {
            status: 413,
            code: "too-large",
            message: programText(lang, "tooLarge"),
          });
        }
        if (!result.ok) {
          guesses.count(request.ip);
          cookies.clearResume(reply);
          return sendApiError(reply, {
            status: 404,
            code: "code-not-found",
            message: programText(lang, "codeNotFound"),
          });
        }
        return reply.send({ saved: true, storage: "server", crisis, ...(sums ? { sums } : {}) });
      }
      const state = await readState(request, reply);
      const saved = await loadSaved(deps, state, program.program.id);
      const previous = saved.answers.get(exercise.id);
      const built: FormAnswer = json
        ? { answer: rawAnswer, cellKeys: [], notText: [] }
        : answerFromForm({ exercise, form: request.body, previous });
      if (built.notText.length > 0) {
        // Only a body parsed as something other than a form gets here; it is refused like any invalid field.
        const text = answerErrorTexts[lang].invalid_type;
        return modulePage(reply, program, module, state, {
          status: 400,
          override: [
            exercise.id,
            {
              values: form,
              saved: previous,
              errors: new Map(built.notText.map((name) => [name, text])),
              generalErrors: [programText(lang, "notSaved")],
            },
          ],
        });
      }
      const validation = validateExerciseAnswer({ exercise, answer: built.answer });
      if (!validation.ok) {
        const errors = new Map<string, string>();
        const general: string[] = [];
        for (const error of validation.errors) {
          const text = answerErrorTexts[lang][error.code];
          const field = fieldOfError(exercise, error, built);
          if (field && !errors.has(field)) errors.set(field, text);
          else if (!field && !general.includes(text)) general.push(text);
        }
        if (json) {
          return sendApiError(reply, {
            status: 400,
            code: "invalid-answer",
            message: programText(lang, "notSaved"),
            extra: {
              errors: jsonAnswerErrors({ exercise, answer: built.answer, errors: validation.errors, lang }),
            },
          });
        }
        return modulePage(reply, program, module, state, {
          status: 400,
          override: [exercise.id, { values: form, saved: previous, errors, generalErrors: general }],
        });
      }
      const answer = validation.answer;
      const crisis = hasNewCrisisText(answer, previous, lang);
      const sums = answer.type === "budget" ? sumBudget(answer) : undefined;
      const tooLarge = () =>
        json
          ? sendApiError(reply, { status: 413, code: "too-large", message: programText(lang, "tooLarge") })
          : modulePage(reply, program, module, state, {
              status: 413,
              override: [
                exercise.id,
                {
                  values: form,
                  saved: previous,
                  errors: new Map(),
                  generalErrors: [programText(lang, "tooLarge")],
                },
              ],
            });

      let stored: "course" | "server" | "none" = "none";
      let newCode: string | undefined;
      if (saved.storage === "course" && state.course) {
        await saveCourseAnswer({
          database,
          cipher,
          courseId: state.course.course.id,
          exerciseId: exercise.id,
          answer,
        });
        if (crisis) await markCourseCrisis({ database, courseId: state.course.course.id });
        stored = "course";
      } else if (saved.storage === "server" && state.resume) {
        const result = await updateResumeRecord({
          database,
          code: state.resume.code,
          change: (data) => {
            const p = savedProgram(data, program.program.id);
            return {
              ...data,
              programs: {
                ...data.programs,
                [program.program.id]: { ...p, answers: { ...p.answers, [exercise.id]: answer } },
              },
            };
          },
        });
        if (!result.ok && result.reason === "too-large") return tooLarge();
        if (!result.ok) {
          cookies.clearResume(reply);
          return json
            ? sendApiError(reply, {
                status: 404,
                code: "code-not-found",
                message: programText(lang, "codeNotFound"),
              })
            : modulePage(
                reply.code(404),
                program,
                module,
                { personal: true },
                { status: 404, resume: { error: programText(lang, "codeNotFound") } },
              );
        }
        state.resume.data = result.data;
        stored = "server";
      } else if (action === "create-code") {
        const created = await createResumeRecord({
          database,
          data: {
            v: 1,
            programs: { [program.program.id]: { answers: { [exercise.id]: answer }, done: [] } },
          },
        });
        if ("tooLarge" in created) return tooLarge();
        cookies.setResume(reply, created.code);
        newCode = created.code;
        stored = "server";
      }

      if (json) {
        return reply.send({
          saved: stored !== "none",
          storage: stored,
          crisis,
          ...(sums ? { sums } : {}),
        });
      }
      if (newCode || crisis) {
        const nextState: ClientState = newCode
          ? {
              personal: true,
              course: state.course,
              resume: {
                code: newCode,
                data: {
                  v: 1,
                  programs: { [program.program.id]: { answers: { [exercise.id]: answer }, done: [] } },
                },
              },
            }
          : state;
        return modulePage(reply, program, module, nextState, {
          crisis,
          notice:
            stored === "none"
              ? undefined
              : [exercise.id, programText(lang, stored === "course" ? "savedCourse" : "savedServer")],
          resume: newCode ? { newCode } : undefined,
        });
      }
      if (stored === "none") {
        // Nothing to keep it in: show the answer back (with sums) and offer a resume code.
        return modulePage(reply, program, module, state, {
          override: [
            exercise.id,
            {
              values: form,
              saved: answer,
              errors: new Map(),
              generalErrors: [],
              sums,
              notice: programText(lang, "saveHintDevice"),
            },
          ],
        });
      }
      return reply.redirect(`${module.path}?saved=${encodeURIComponent(exercise.id)}#ex-${exercise.id}`, 303);
    },
  );

  app.post<{ Params: { program: string; module: string } }>(
    `${base}/:program/:module/done`,
    async (request, reply) => {
      const program = catalogue.bySlug(lang, request.params.program);
      const module = program?.modules.find((m) => m.module.slug === request.params.module);
      if (!program || !module) throw notFound();
      const body = z.object({ done: z.enum(["0", "1"]) }).safeParse(request.body);
      if (!body.success)
        return sendApiError(reply, {
          status: 400,
          code: "bad-request",
          message: programText(lang, "notSaved"),
        });
      const done = body.data.done === "1";
      const state = await readState(request, reply);
      const storage = storageFor(state, program.program.id);
      if (storage === "course" && state.course) {
        await setModuleDone({ database, courseId: state.course.course.id, moduleId: module.module.id, done });
      } else if (storage === "server" && state.resume) {
        await updateResumeRecord({
          database,
          code: state.resume.code,
          change: (data) => {
            const p = savedProgram(data, program.program.id);
            const set = new Set(p.done);
            if (done) set.add(module.module.id);
            else set.delete(module.module.id);
            return {
              ...data,
              programs: { ...data.programs, [program.program.id]: { ...p, done: [...set] } },
            };
          },
        });
      }
      if (wantsJson(request)) return reply.send({ saved: storage !== "none", done });
      return reply.redirect(program.path, 303);
    },
  );

  // --- Resume codes ---

  // Device answers travel url-encoded (up to 9 bytes a character), so the body may be well past the usual limit.
  // A body bigger still gets the same kind page, without the program around it.
  const deviceTooLargePage = (reply: FastifyReply) =>
    sendHtml(
      reply,
      renderPublicPage(
        reply.renderContext(),
        { lang, title: programText(lang, "resumeTitle"), noindex: true },
        <>
          <h1>{programText(lang, "resumeTitle")}</h1>
          <p class="error-summary" role="alert">
            {programText(lang, "deviceTooLarge")}
          </p>
          <p>
            <a href={base}>{programText(lang, "catalogueTitle")}</a>
          </p>
        </>,
      ),
      413,
    );
  const resumeNewOptions = {
    bodyLimit: MAX_DEVICE_DATA * 10,
    errorHandler: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return deviceTooLargePage(reply);
      throw error;
    },
  };

  app.post(actionPath(lang, "resume/new"), resumeNewOptions, async (request, reply) => {
    const body = z
      .object({
        program: z.string().max(100),
        // Checked for size below, so that too much is a 413 and not a missing page.
        deviceData: z.string().optional(),
        returnTo: z.string().max(300).optional(),
      })
      .safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const before = await readState(request, reply);
    const module = program.modules.find((m) => m.path === body.data.returnTo);
    const deviceData = body.data.deviceData;
    // Nothing is cleared on the device unless the move succeeds, so the answers stay where they were.
    const tooMuch = () => {
      const resume = { error: programText(lang, "deviceTooLarge") };
      return module
        ? modulePage(reply, program, module, before, { status: 413, resume })
        : programPage(reply, program, before, { status: 413, resume });
    };
    if (deviceData !== undefined && deviceData.length > MAX_DEVICE_DATA) return tooMuch();
    const data = importDeviceData(catalogue, lang, deviceData);
    const created = await createResumeRecord({ database, data });
    if ("tooLarge" in created) return tooMuch();
    cookies.setResume(reply, created.code);
    const state: ClientState = { personal: true, resume: { code: created.code, data } };
    if (before.course) state.course = before.course;
    if (module)
      return modulePage(reply.code(201), program, module, state, {
        status: 201,
        resume: { newCode: created.code },
      });
    return programPage(reply, program, state, {
      status: 201,
      resume: { newCode: created.code },
      clearDevice: true,
    });
  });

  app.post(actionPath(lang, "resume"), async (request, reply) => {
    guesses.take(request.ip);
    const body = programField.extend({ code: z.string().max(200) }).safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const code = parseCode(body.data.code);
    const state = await readState(request, reply);
    if (!code)
      return programPage(reply, program, state, {
        status: 400,
        resume: { error: programText(lang, "codeInvalid") },
      });
    const opened = await openResumeRecord({ database, code });
    if (!opened)
      return programPage(reply, program, state, {
        status: 404,
        resume: { error: programText(lang, "codeNotFound") },
      });
    cookies.setResume(reply, code);
    return programPage(
      reply,
      program,
      { ...state, personal: true, resume: { code, data: opened.data } },
      {
        resume: { notice: programText(lang, "codeOpened") },
      },
    );
  });

  app.post(actionPath(lang, "resume/forget"), async (request, reply) => {
    const program = findProgram(programField.safeParse(request.body).data?.program);
    cookies.clearResume(reply);
    return reply.redirect(program?.path ?? base, 303);
  });

  // --- Guided course, client side ---

  const courseOf = async (request: FastifyRequest, reply: FastifyReply, programId: string) => {
    const state = await readState(request, reply);
    const course = state.course?.course;
    return { state, course: course?.programId === programId ? course : undefined };
  };

  app.post(actionPath(lang, "guided/join"), async (request, reply) => {
    guesses.take(request.ip);
    const body = programField.extend({ code: z.string().max(200) }).safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const state = await readState(request, reply);
    const code = parseCode(body.data.code);
    if (!code)
      return programPage(reply, program, state, {
        status: 400,
        guided: { error: programText(lang, "codeInvalid") },
      });
    const joined = await joinCourse({ database, invitationCode: code, programId: program.program.id, lang });
    if (!joined.ok) {
      return programPage(reply, program, state, {
        status: 404,
        guided: {
          error: programText(
            lang,
            joined.reason === "wrong-program" ? "invitationWrongProgram" : "invitationNotFound",
          ),
        },
      });
    }
    cookies.setCourse(reply, joined.courseCode);
    const course = await findCourseByCode({ database, code: joined.courseCode });
    return programPage(
      reply,
      program,
      { ...state, personal: true, course: course ? { code: joined.courseCode, course } : undefined },
      {
        status: 201,
        guided: { newCourseCode: joined.courseCode },
      },
    );
  });

  app.post(actionPath(lang, "guided/return"), async (request, reply) => {
    guesses.take(request.ip);
    const body = programField.extend({ code: z.string().max(200) }).safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const state = await readState(request, reply);
    const code = parseCode(body.data.code);
    const course = code ? await findCourseByCode({ database, code }) : undefined;
    if (!code || !course) {
      return programPage(reply, program, state, {
        status: 404,
        guided: { error: programText(lang, "codeNotFound") },
      });
    }
    cookies.setCourse(reply, code);
    const target = catalogue.byId(lang, course.programId) ?? program;
    return programPage(reply, target, { ...state, personal: true, course: { code, course } });
  });

  // Live updates of the guided course, for the island: the course cookie is the only credential.
  app.get(actionPath(lang, "guided/events"), async (request, reply) => {
    const code = cookies.read(request).course;
    if (code) guesses.assertAllowed(request.ip);
    const course = code ? await findCourseByCode({ database, code }) : undefined;
    if (!course) {
      if (code) guesses.count(request.ip);
      throw notFound();
    }
    return courseEvents.stream(request, reply, course.id);
  });

  app.post(actionPath(lang, "guided/leave"), async (request, reply) => {
    const program = findProgram(programField.safeParse(request.body).data?.program);
    cookies.clearCourse(reply);
    return reply.redirect(program?.path ?? base, 303);
  });

  app.post(actionPath(lang, "guided/message"), async (request, reply) => {
    const body = programField.extend({ text: z.string() }).safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const { state, course } = await courseOf(request, reply, program.program.id);
    if (!course) throw notFound();
    const typed = body.data.text;
    const text = typed.trim();
    // No answer could come (the course ended or its contacts are used): refuse, and give the text back to copy.
    // Crisis words show the contacts even when the message itself cannot be sent.
    if (!isCourseOpen(course) || !hasContactsLeft(course)) {
      const reason = programText(
        lang,
        isCourseOpen(course) ? "messageNotSentContacts" : "messageNotSentEnded",
      );
      return programPage(reply, program, state, {
        status: 409,
        crisis: assessCrisis({ text, lang }).crisis,
        guided: { unsent: { reason, text: typed } },
      });
    }
    if (text === "" || text.length > MAX_MESSAGE_LENGTH) {
      return programPage(reply, program, state, {
        status: 400,
        guided: {
          messageError: programText(lang, text === "" ? "messageEmpty" : "messageTooLong"),
          messageText: typed,
        },
      });
    }
    const crisis = assessCrisis({ text, lang }).crisis;
    await addCourseMessage({ database, cipher, course, sender: "client", text, crisis });
    await courseEvents.changed(course.id);
    const fresh = await findCourseByCode({ database, code: state.course?.code ?? "" });
    return programPage(
      reply,
      program,
      { ...state, course: fresh && state.course ? { code: state.course.code, course: fresh } : state.course },
      {
        crisis,
        guided: { notice: programText(lang, "messageSent") },
      },
    );
  });

  app.post(actionPath(lang, "guided/share"), async (request, reply) => {
    const body = programField
      .extend({ parts: z.union([z.string(), z.array(z.string())]).optional() })
      .safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const { course } = await courseOf(request, reply, program.program.id);
    if (!course) throw notFound();
    const chosen = [body.data.parts ?? []].flat();
    const parts = partKinds.filter((k): k is PartKind => chosen.includes(k));
    await setSharedParts({ database, courseId: course.id, parts });
    await courseEvents.changed(course.id);
    return reply.redirect(`${program.path}#guided`, 303);
  });

  app.post(actionPath(lang, "guided/who5"), async (request, reply) => {
    const body = programField.extend({ phase: z.enum(["start", "end"]) }).safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const { state, course } = await courseOf(request, reply, program.program.id);
    if (!course) throw notFound();
    const { answers, chosen } = readWho5Form(readFormValues(request.body).values);
    const scored = answers ? scoreQuestionnaire({ slug: "who-5", answers }) : undefined;
    const already = readWho5(cipher, course);
    if (
      !answers ||
      !scored?.ok ||
      (body.data.phase === "start" ? already.start : !already.start || already.end)
    ) {
      return programPage(reply, program, state, {
        status: 400,
        guided: { who5Error: programText(lang, "who5Missing"), who5Values: chosen },
      });
    }
    await saveWho5({
      database,
      cipher,
      course,
      phase: body.data.phase,
      result: { answers, score: scored.value.score, at: new Date().toISOString() },
    });
    await courseEvents.changed(course.id);
    return reply.redirect(`${program.path}#guided`, 303);
  });

  app.post(actionPath(lang, "guided/feedback"), async (request, reply) => {
    const body = programField.extend({ text: z.string() }).safeParse(request.body);
    const program = findProgram(body.data?.program);
    if (!body.success || !program) throw notFound();
    const { state, course } = await courseOf(request, reply, program.program.id);
    if (!course) throw notFound();
    const text = body.data.text.trim();
    if (text === "" || text.length > MAX_FEEDBACK_LENGTH) {
      return programPage(reply, program, state, {
        status: 400,
        guided: {
          feedbackError: programText(lang, text === "" ? "feedbackEmpty" : "feedbackTooLong"),
          feedbackText: body.data.text,
        },
      });
    }
    await saveFeedback({ database, cipher, course, text });
    await courseEvents.changed(course.id);
    return reply.redirect(`${program.path}#guided`, 303);
  });
}

/** Answers the island kept on the device, moved behind a new code: each one is validated, the rest dropped. */
function importDeviceData(catalogue: Catalogue, lang: Lang, raw: string | undefined): SavedData {
  const data: SavedData = { v: 1, programs: {} };
  if (!raw) return data;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return data;
  }
  const shape = z
    .object({
      programs: z.record(
        z.string().max(100),
        z.object({
          answers: z.record(z.string().max(100), z.unknown()),
          done: z.array(z.string().max(100)).max(50),
        }),
      ),
    })
    .safeParse(parsed);
  if (!shape.success) return data;
  for (const [programId, saved] of Object.entries(shape.data.programs)) {
    const program = catalogue.byId(lang, programId);
    if (!program) continue;
    const answers: Record<string, ExerciseAnswer> = {};
    for (const [exerciseId, answer] of Object.entries(saved.answers)) {
      const found = catalogue.exercise(programId, exerciseId, lang);
      if (!found) continue;
      const result = validateExerciseAnswer({ exercise: found.exercise, answer });
      if (result.ok) answers[exerciseId] = result.answer;
    }
    const moduleIds = new Set(program.modules.map((m) => m.module.id));
    data.programs[programId] = { answers, done: saved.done.filter((d) => moduleIds.has(d)) };
  }
  return data;
}

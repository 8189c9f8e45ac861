import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { staffHandler, type StaffContext } from "../../platform/auth/index";
import { isLang, type Lang } from "../../platform/i18n/lang";
import { forbidden, notFound } from "../../platform/http/http-error";
import type { Platform } from "../../platform/platform";
import { renderStaffPage } from "../../platform/views/layout";
import { sendHtml } from "../../platform/views/send-html";
import type { Catalogue } from "./catalogue";
import type { CourseEventHub } from "./course-events";
import {
  addCourseMessage,
  clearCrisis,
  type Course,
  counsellorOrgIds,
  createInvitation,
  doneModulesOf,
  endCourse,
  getCourseForStaff,
  hasContactsLeft,
  invitationForm,
  isCourseOpen,
  isReplyOverdue,
  needsAnswer,
  listCounsellorCourses,
  listCourseMessages,
  loadCourseAnswers,
  MAX_COURSE_WEEKS,
  MAX_MESSAGE_LENGTH,
  MIN_COURSE_WEEKS,
  readFeedback,
  readWho5,
  sharedPartsOf,
} from "./guided-service";
import { STAFF_PROGRAMS_PATH, STAFF_PROGRAMS_SETTINGS_PATH, staffCoursePath, staffPrintPath } from "./paths";
import { registerProgramSettingsRoutes } from "./settings-routes";
import { partLabels, programText, staffText } from "./texts";
import type { ExerciseAnswer } from "./validate-exercise-answer";
import { AnswerSummary } from "./views/answer-summary";
import { ExerciseFields } from "./views/exercise-form";
import { formatDue, ShownOnceCode } from "./views/public-pages";
import { settingsOrgIds } from "./program-settings";
import { Who5Chart } from "./views/who5";

const ROLES = { roles: ["counsellor"] as const };
interface IdRoute {
  Params: { id: string };
}

function formatDate(date: Date, lang: Lang): string {
  return date.toLocaleDateString({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], {
    timeZone: "Europe/Helsinki",
  });
}

export function registerStaffProgramRoutes(
  app: FastifyInstance,
  platform: Platform,
  catalogue: Catalogue,
  courseEvents: CourseEventHub,
): void {
  const { database, cipher, guard } = platform;
  const programIn = (lang: Lang, id: string) => catalogue.byId(lang, id) ?? catalogue.byId("fi", id);

  const render = (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    title: string,
    body: preact.ComponentChildren,
    status = 200,
  ) =>
    sendHtml(
      reply,
      renderStaffPage(reply.renderContext(), { lang, title }, body, {
        displayName: context.displayName,
        csrfToken: guard.csrfToken(context),
      }),
      status,
    );

  const home = async (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    extra: { code?: string; error?: string; status?: number } = {},
  ) => {
    const now = new Date();
    const courses = await listCounsellorCourses({ database, context, now });
    // What needs an answer, earliest due first, so overdue ones lead.
    const toAnswer = courses
      .filter(({ course }) => needsAnswer(course, now))
      .sort((x, y) => (x.course.replyDueAt?.getTime() ?? 0) - (y.course.replyDueAt?.getTime() ?? 0));
    const csrf = guard.csrfToken(context);
    const programs = catalogue.list(lang).length ? catalogue.list(lang) : catalogue.list("fi");
    return render(
      reply,
      context,
      lang,
      staffText(lang, "title"),
      <>
        <h1>{staffText(lang, "title")}</h1>
        {settingsOrgIds(context).length > 0 && (
          <p>
            <a href={STAFF_PROGRAMS_SETTINGS_PATH}>{staffText(lang, "settings")}</a>
          </p>
        )}
        <section aria-labelledby="to-answer" data-needs-answer>
          <h2 id="to-answer">{staffText(lang, "needsAnswerTitle")}</h2>
          {toAnswer.length === 0 ? (
            <p>{staffText(lang, "nothingToAnswer")}</p>
          ) : (
            <ol class="program-due-list">
              {toAnswer.map(({ course, number }) => {
                const overdue = isReplyOverdue(course, now);
                return (
                  <li
                    key={course.id}
                    data-due-row={course.id}
                    class={overdue ? "program-overdue" : undefined}
                  >
                    <a href={staffCoursePath(course.id)}>{staffText(lang, "client", { n: number })}</a> ·{" "}
                    {programIn(lang, course.programId)?.program.title ?? course.programId} ·{" "}
                    {staffText(lang, "replyDue")}{" "}
                    {course.replyDueAt ? formatDue(course.replyDueAt, lang) : "—"}
                    {overdue && (
                      <strong class="error-text" data-overdue>
                        {" "}
                        · {staffText(lang, "overdue")}
                      </strong>
                    )}
                    {course.crisisAt && <strong class="error-text"> · {staffText(lang, "crisis")}</strong>}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <section aria-labelledby="clients">
          <h2 id="clients">{staffText(lang, "clients")}</h2>
          {courses.length === 0 ? (
            <p>{staffText(lang, "noClients")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{staffText(lang, "course")}</th>
                  <th scope="col">{staffText(lang, "program")}</th>
                  <th scope="col">{staffText(lang, "ends")}</th>
                  <th scope="col">{staffText(lang, "active")}</th>
                </tr>
              </thead>
              <tbody>
                {courses.map(({ course, number }) => (
                  <tr key={course.id} data-course-row>
                    <td>
                      <a href={staffCoursePath(course.id)}>{staffText(lang, "client", { n: number })}</a>
                    </td>
                    <td>{programIn(lang, course.programId)?.program.title ?? course.programId}</td>
                    <td>{formatDate(course.endsAt, lang)}</td>
                    <td>
                      <CourseStatus lang={lang} course={course} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {counsellorOrgIds(context).length > 0 && (
          <section aria-labelledby="invite" class="box">
            <h2 id="invite">{staffText(lang, "invite")}</h2>
            {extra.code && (
              <ShownOnceCode code={extra.code} lead={staffText(lang, "invitationCreated")} warning="" />
            )}
            {extra.error && (
              <p class="error-summary" role="alert" id="invite-error">
                {extra.error}
              </p>
            )}
            <form method="post" action={`${STAFF_PROGRAMS_PATH}/invitations`}>
              <input type="hidden" name="_csrf" value={csrf} />
              <div class="field">
                <label for="invite-program">{staffText(lang, "program")}</label>
                <select id="invite-program" name="programId">
                  {programs.map((p) => (
                    <option key={p.program.id} value={p.program.id}>
                      {p.program.title}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="invite-contacts">{staffText(lang, "contacts")}</label>
                <input
                  type="number"
                  id="invite-contacts"
                  name="contacts"
                  min={1}
                  max={5}
                  value="3"
                  aria-describedby={extra.error ? "invite-error" : undefined}
                />
              </div>
              <div class="field">
                <label for="invite-weeks">{staffText(lang, "weeks")}</label>
                <input
                  type="number"
                  id="invite-weeks"
                  name="weeks"
                  min={MIN_COURSE_WEEKS}
                  max={MAX_COURSE_WEEKS}
                  value={String(MAX_COURSE_WEEKS)}
                  aria-describedby={extra.error ? "invite-error" : undefined}
                />
              </div>
              <button type="submit">{staffText(lang, "createInvitation")}</button>
            </form>
          </section>
        )}
        <section aria-labelledby="catalogue">
          <h2 id="catalogue">{staffText(lang, "catalogue")}</h2>
          <ul>
            {programs.map((p) => (
              <li key={p.program.id}>
                <a href={p.path}>{p.program.title}</a> ·{" "}
                <a href={staffPrintPath(p.program.id, p.lang)}>{staffText(lang, "print")}</a>
              </li>
            ))}
          </ul>
        </section>
      </>,
      extra.status,
    );
  };

  app.get(
    STAFF_PROGRAMS_PATH,
    staffHandler(guard, ROLES, (request, reply, context) => home(reply, context, request.lang)),
  );

  app.post(
    `${STAFF_PROGRAMS_PATH}/invitations`,
    staffHandler(guard, ROLES, async (request, reply, context) => {
      // A course is seen only by counsellors of its organisation, so only a counsellor may start one.
      if (counsellorOrgIds(context).length === 0) throw forbidden();
      const form = invitationForm.safeParse(request.body);
      if (!form.success || catalogue.langsOf(form.data.programId).length === 0) {
        return home(reply, context, request.lang, {
          error: staffText(request.lang, "invalidInvitation"),
          status: 400,
        });
      }
      const code = await createInvitation({ database, context, ...form.data });
      return home(reply, context, request.lang, { code, status: 201 });
    }),
  );

  app.get<{ Params: { lang: string; id: string } }>(
    `${STAFF_PROGRAMS_PATH}/print/:lang/:id`,
    staffHandler<{ Params: { lang: string; id: string } }>(guard, ROLES, async (request, reply, context) => {
      const lang = request.params.lang;
      const program = isLang(lang) ? catalogue.byId(lang, request.params.id) : undefined;
      if (!program || !isLang(lang)) throw notFound();
      const empty = { values: {}, errors: new Map<string, string>(), generalErrors: [] };
      return render(
        reply,
        context,
        lang,
        program.program.title,
        <div class="print-sheets" lang={lang}>
          <p class="no-print">
            <a href={STAFF_PROGRAMS_PATH}>← {staffText(request.lang, "title")}</a>
          </p>
          <h1>{program.program.title}</h1>
          {program.modules.map((m) => (
            <section key={m.module.id} class="print-module">
              <h2>{m.module.title}</h2>
              {m.module.exercises.map((exercise) => (
                <div key={exercise.id} class="print-exercise">
                  <h3>{exercise.title}</h3>
                  <IntroHtml introHtml={m.introHtml.get(exercise.id)} />
                  <form class="print-form">
                    <ExerciseFields exercise={exercise} state={empty} lang={lang} />
                  </form>
                </div>
              ))}
            </section>
          ))}
        </div>,
      );
    }),
  );

  const coursePage = async (
    reply: FastifyReply,
    context: StaffContext,
    lang: Lang,
    course: Course,
    extra: { notice?: string; error?: string; status?: number } = {},
  ) => {
    const program = programIn(lang, course.programId);
    if (!program) throw notFound();
    const messages = await listCourseMessages({ database, cipher, courseId: course.id });
    const shared = new Set(sharedPartsOf(course));
    const answers = shared.size
      ? await loadCourseAnswers({ database, cipher, courseId: course.id })
      : new Map<string, ExerciseAnswer>();
    const done = new Set(doneModulesOf(course));
    const who5 = readWho5(cipher, course);
    const feedback = readFeedback(cipher, course);
    const csrf = guard.csrfToken(context);
    const open = isCourseOpen(course);
    const canReply = open && hasContactsLeft(course);
    const title = `${staffText(lang, "course")}: ${program.program.title}`;
    return render(
      reply,
      context,
      lang,
      title,
      <>
        <p>
          <a href={STAFF_PROGRAMS_PATH}>← {staffText(lang, "clients")}</a>
        </p>
        <h1>{title}</h1>
        <div
          hidden
          data-live-src={`${staffCoursePath(course.id)}/events`}
          data-live-page={staffCoursePath(course.id)}
        />
        {extra.notice && (
          <p class="notice" role="status">
            {extra.notice}
          </p>
        )}
        <div id="course-crisis" data-live-region>
          {course.crisisAt && (
            <div class="box box-crisis" data-course-crisis>
              <p>
                <strong>{staffText(lang, "crisis")}</strong>
              </p>
              <p>{staffText(lang, "crisisMarked")}</p>
              <form method="post" action={`${staffCoursePath(course.id)}/crisis-checked`}>
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="button-secondary">
                  {staffText(lang, "clearCrisis")}
                </button>
              </form>
            </div>
          )}
        </div>
        <div id="course-status" data-live-region>
          <p>
            <CourseStatus lang={lang} course={course} /> · {staffText(lang, "ends")}{" "}
            {formatDate(course.endsAt, lang)} ·{" "}
            {staffText(lang, "contactsLeft", { used: course.contactsUsed, total: course.contactsTotal })}
          </p>
          {needsAnswer(course) && course.replyDueAt && (
            <p data-reply-due>
              {staffText(lang, "replyDue")} {formatDue(course.replyDueAt, lang)}
              {isReplyOverdue(course) && <strong class="error-text"> · {staffText(lang, "overdue")}</strong>}
            </p>
          )}
        </div>
        <h2>{programText(lang, "messagesTitle")}</h2>
        <div id="course-messages" data-live-region data-live-append aria-live="polite">
          {messages.length === 0 ? (
            <p>{programText(lang, "noMessages")}</p>
          ) : (
            <ol class="messages" data-course-messages>
              {messages.map((m) => (
                <li
                  key={m.id}
                  id={`message-${m.id}`}
                  class={m.sender === "professional" ? "message message-own" : "message"}
                >
                  <p class="meta">
                    {m.sender === "client"
                      ? staffText(lang, "client", { n: "" }).trim()
                      : programText(lang, "fromGuide")}{" "}
                    · {formatDate(m.at, lang)}
                    {m.crisis && <strong> · {staffText(lang, "crisis")}</strong>}
                  </p>
                  <p class="message-text">{m.text}</p>
                </li>
              ))}
            </ol>
          )}
        </div>
        {canReply ? (
          <form method="post" action={`${staffCoursePath(course.id)}/reply`}>
            <input type="hidden" name="_csrf" value={csrf} />
            <div class="field">
              <label for="reply-text">{staffText(lang, "reply")}</label>
              {extra.error && (
                <p class="error-text" id="reply-error">
                  {extra.error}
                </p>
              )}
              <textarea
                id="reply-text"
                name="text"
                maxLength={MAX_MESSAGE_LENGTH}
                aria-describedby={extra.error ? "reply-error" : undefined}
              />
            </div>
            <button type="submit">{programText(lang, "send")}</button>
          </form>
        ) : (
          open && <p>{staffText(lang, "noContactsLeft")}</p>
        )}
        <h2>{staffText(lang, "shared")}</h2>
        <div id="course-shared" data-live-region data-shared-parts>
          {program.program.parts.map((part) => (
            <section key={part.kind} aria-labelledby={`part-${part.kind}`}>
              <h3 id={`part-${part.kind}`}>
                {partLabels[lang][part.kind]}: {part.title}
              </h3>
              {!shared.has(part.kind) ? (
                <p class="meta" data-not-shared={part.kind}>
                  {staffText(lang, "notShared")}
                </p>
              ) : (
                program.modules
                  .filter((m) => m.partKind === part.kind)
                  .map((m) => (
                    <div key={m.module.id} data-shared-module={m.module.id}>
                      <h4>
                        {m.module.title}
                        {done.has(m.module.id) ? ` ✓ ${programText(lang, "doneMark")}` : ""}
                      </h4>
                      {m.module.exercises.map((exercise) => (
                        <div key={exercise.id}>
                          <p>
                            <strong>{exercise.title}</strong>
                          </p>
                          <AnswerSummary lang={lang} exercise={exercise} answer={answers.get(exercise.id)} />
                        </div>
                      ))}
                    </div>
                  ))
              )}
            </section>
          ))}
        </div>
        <h2>{programText(lang, "who5Title")}</h2>
        <div id="course-who5" data-live-region>
          <Who5Chart lang={lang} start={who5.start} end={who5.end} idPrefix="staff" />
        </div>
        <h2>{staffText(lang, "feedback")}</h2>
        <div id="course-feedback" data-live-region>
          <p>{feedback ?? "—"}</p>
        </div>
        {open && (
          <form method="post" action={`${staffCoursePath(course.id)}/end`}>
            <input type="hidden" name="_csrf" value={csrf} />
            <button type="submit" class="button-secondary">
              {staffText(lang, "endCourse")}
            </button>
          </form>
        )}
      </>,
      extra.status,
    );
  };

  app.get<IdRoute>(
    `${STAFF_PROGRAMS_PATH}/courses/:id`,
    staffHandler<IdRoute>(guard, ROLES, async (request, reply, context) => {
      const course = await getCourseForStaff({
        database,
        context,
        courseId: request.params.id,
        audit: "program_course.view",
      });
      return coursePage(reply, context, request.lang, course);
    }),
  );

  // Live updates for the course page's island; the same per-object check as the page, without an audit row
  // (the page fetch the island makes on a change is audited as a view).
  app.get<IdRoute>(
    `${STAFF_PROGRAMS_PATH}/courses/:id/events`,
    staffHandler<IdRoute>(guard, ROLES, async (request, reply, context) => {
      const course = await getCourseForStaff({ database, context, courseId: request.params.id });
      return courseEvents.stream(request, reply, course.id);
    }),
  );

  app.post<IdRoute>(
    `${STAFF_PROGRAMS_PATH}/courses/:id/reply`,
    staffHandler<IdRoute>(guard, ROLES, async (request, reply, context) => {
      const course = await getCourseForStaff({ database, context, courseId: request.params.id });
      const body = z.object({ text: z.string() }).safeParse(request.body);
      const text = body.data?.text.trim() ?? "";
      if (text === "" || text.length > MAX_MESSAGE_LENGTH) {
        const key = text === "" ? "messageEmpty" : "messageTooLong";
        return coursePage(reply, context, request.lang, course, {
          error: programText(request.lang, key),
          status: 400,
        });
      }
      if (!isCourseOpen(course) || !hasContactsLeft(course)) {
        return coursePage(reply, context, request.lang, course, {
          error: staffText(request.lang, "noContactsLeft"),
          status: 409,
        });
      }
      await addCourseMessage({ database, cipher, course, sender: "professional", text, crisis: false });
      await courseEvents.changed(course.id);
      return reply.redirect(staffCoursePath(course.id), 303);
    }),
  );

  app.post<IdRoute>(
    `${STAFF_PROGRAMS_PATH}/courses/:id/end`,
    staffHandler<IdRoute>(guard, ROLES, async (request, reply, context) => {
      const course = await getCourseForStaff({ database, context, courseId: request.params.id });
      await endCourse({ database, courseId: course.id });
      await courseEvents.changed(course.id);
      return reply.redirect(staffCoursePath(course.id), 303);
    }),
  );

  app.post<IdRoute>(
    `${STAFF_PROGRAMS_PATH}/courses/:id/crisis-checked`,
    staffHandler<IdRoute>(guard, ROLES, async (request, reply, context) => {
      const course = await getCourseForStaff({ database, context, courseId: request.params.id });
      await clearCrisis({ database, courseId: course.id });
      return reply.redirect(staffCoursePath(course.id), 303);
    }),
  );

  registerProgramSettingsRoutes(app, platform);
}

function CourseStatus(props: { lang: Lang; course: Course }) {
  const { lang, course } = props;
  if (course.crisisAt) return <strong class="error-text">{staffText(lang, "crisis")}</strong>;
  if (!isCourseOpen(course)) return <>{staffText(lang, "ended")}</>;
  if (needsAnswer(course)) return <strong>{staffText(lang, "needsAnswer")}</strong>;
  return <>{staffText(lang, "active")}</>;
}

function IntroHtml(props: { introHtml: string | undefined }) {
  const introHtml = props.introHtml;
  return introHtml ? <div dangerouslySetInnerHTML={{ __html: introHtml }} /> : null;
}

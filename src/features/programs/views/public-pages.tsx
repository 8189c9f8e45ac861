import type { ComponentChildren } from "preact";
import type { Lang } from "../../../platform/i18n/lang";
import { pagePath } from "../../../platform/views/paths";
import type { CrisisContact } from "../../services/index";
import { CrisisContactsList } from "../../site/index";
import type { CatalogueModule, CatalogueProgram } from "../catalogue";
import type { Course, CourseMessage, Who5Result } from "../guided-service";
import { actionPath } from "../paths";
import { partKinds, type PartKind } from "../program-schema";
import { partLabels, programText } from "../texts";
import { ExerciseForm, type ExerciseState, type Storage } from "./exercise-form";
import { Who5Chart, Who5Form } from "./who5";

export function CrisisBlock(props: { lang: Lang; contacts: readonly CrisisContact[]; hidden?: boolean }) {
  return (
    <div class="program-crisis" data-crisis-panel hidden={props.hidden}>
      <p class="lead">
        <strong>{programText(props.lang, "crisisLead")}</strong>
      </p>
      <CrisisContactsList lang={props.lang} contacts={props.contacts} />
    </div>
  );
}

export function CataloguePage(props: { lang: Lang; programs: readonly CatalogueProgram[] }) {
  const { lang } = props;
  return (
    <>
      <h1>{programText(lang, "catalogueTitle")}</h1>
      <p class="lead">{programText(lang, "catalogueLead")}</p>
      <ul class="cards program-cards">
        {props.programs.map((p) => (
          <li key={p.program.id}>
            <h2>
              <a href={p.path}>{p.program.title}</a>
            </h2>
            <p>{p.program.summary}</p>
            <p class="meta">
              {programText(lang, "weeks", { n: p.program.weeks })} ·{" "}
              {programText(lang, "modulesCount", { n: p.modules.length })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export interface ResumeView {
  active: boolean;
  /** Shown once, right after creation. */
  newCode?: string;
  error?: string;
  notice?: string;
}

function CodeField(props: { id: string; name: string; label: string; hint: string; error?: string }) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <p class="meta" id={hintId}>
        {props.hint}
      </p>
      {props.error && (
        <p class="error-text" id={errorId}>
          {props.error}
        </p>
      )}
      <input
        type="text"
        id={props.id}
        name={props.name}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={80}
        aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={props.error ? true : undefined}
      />
    </div>
  );
}

export function ShownOnceCode(props: { code: string; lead: string; warning: string }) {
  return (
    <div class="box box-soft shown-code" role="status">
      <p>{props.lead}</p>
      <p class="code" data-shown-code>
        {props.code}
      </p>
      <p>
        <strong>{props.warning}</strong>
      </p>
    </div>
  );
}

export function ResumeSection(props: { lang: Lang; programId: string; view: ResumeView; returnTo: string }) {
  const { lang, view } = props;
  return (
    <section class="box" aria-labelledby="resume-title" id="resume">
      <h2 id="resume-title">{programText(lang, "resumeTitle")}</h2>
      {view.newCode && (
        <ShownOnceCode
          code={view.newCode}
          lead={programText(lang, "codeShownOnce")}
          warning={programText(lang, "codeLostWarning")}
        />
      )}
      {view.notice && (
        <p class="notice" role="status">
          {view.notice}
        </p>
      )}
      <p>{programText(lang, "resumeExplain")}</p>
      {view.active ? (
        <>
          <p>{programText(lang, "codeActive")}</p>
          <form method="post" action={actionPath(lang, "resume/forget")}>
            <input type="hidden" name="program" value={props.programId} />
            <button type="submit" class="button-secondary">
              {programText(lang, "forgetCode")}
            </button>
          </form>
        </>
      ) : (
        <>
          <form method="post" action={actionPath(lang, "resume/new")} data-resume-create>
            <input type="hidden" name="program" value={props.programId} />
            <input type="hidden" name="returnTo" value={props.returnTo} />
            <input type="hidden" name="deviceData" value="" data-device-data />
            <button type="submit">{programText(lang, "createCode")}</button>
          </form>
          <form method="post" action={actionPath(lang, "resume")}>
            <input type="hidden" name="program" value={props.programId} />
            <CodeField
              id="resume-code"
              name="code"
              label={programText(lang, "codeLabel")}
              hint={programText(lang, "codeHint")}
              error={view.error}
            />
            <button type="submit">{programText(lang, "enterCode")}</button>
          </form>
        </>
      )}
    </section>
  );
}

export interface GuidedView {
  course?: Course;
  alias?: string;
  messages?: CourseMessage[];
  who5?: { start?: Who5Result; end?: Who5Result };
  feedback?: string;
  /** Right after joining: the client's own course code, shown once. */
  newCourseCode?: string;
  error?: string;
  who5Error?: string;
  /** The WHO-5 choices sent with a refused form, by item, so the person need not choose them again. */
  who5Values?: readonly (string | undefined)[];
  messageError?: string;
  /** What the person typed into a refused message, to fill the field again. */
  messageText?: string;
  /** A message refused because it can no longer be sent: why, and the text to copy. */
  unsent?: { reason: string; text: string };
  feedbackError?: string;
  feedbackText?: string;
  /** The organisation's promised reply time, told before the person writes. */
  replyWorkingDays?: number;
  notice?: string;
}

function formatDate(date: Date, lang: Lang): string {
  return date.toLocaleDateString({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], {
    timeZone: "Europe/Helsinki",
  });
}

/** A due date with its weekday, so "by Tuesday" is clear at a glance. */
export function formatDue(date: Date, lang: Lang): string {
  return date.toLocaleDateString({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], {
    timeZone: "Europe/Helsinki",
    weekday: "long",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  });
}

/**
 * In place of the message form when no message can be sent: said kindly, with where else to find a person,
 * and, right after a refused message, the text the person wrote so nothing they typed is lost.
 */
function ContactsUsedNote(props: {
  lang: Lang;
  contactsUsed: boolean;
  unsent?: { reason: string; text: string };
}) {
  const { lang, unsent } = props;
  return (
    <div class="box box-soft" data-contacts-used={props.contactsUsed ? "" : undefined}>
      {unsent && (
        <>
          <p class="error-text" id="guided-unsent-reason" role="alert">
            {unsent.reason}
          </p>
          <div class="field">
            <label for="guided-unsent">{programText(lang, "unsentMessage")}</label>
            <textarea id="guided-unsent" readOnly aria-describedby="guided-unsent-reason" data-unsent-message>
              {unsent.text}
            </textarea>
          </div>
        </>
      )}
      {props.contactsUsed && <p>{programText(lang, "contactsUsed")}</p>}
      <p>{programText(lang, "contactsUsedHelp")}</p>
      <ul>
        <li>
          <a href={pagePath("chat", lang)}>{programText(lang, "helpChat")}</a>
        </li>
        <li>
          <a href={pagePath("questions", lang)}>{programText(lang, "helpQuestions")}</a>
        </li>
        <li>
          <a href={pagePath("services", lang)}>{programText(lang, "helpServices")}</a>
        </li>
        <li>
          <a href={pagePath("crisis", lang)}>{programText(lang, "helpCrisis")}</a>
        </li>
      </ul>
    </div>
  );
}

function GuidedPanel(props: { lang: Lang; program: CatalogueProgram; view: GuidedView }) {
  const { lang, view, program } = props;
  const programId = program.program.id;
  const course = view.course;
  if (!course) {
    return (
      <section class="box" aria-labelledby="guided-title" id="guided">
        <h2 id="guided-title">{programText(lang, "guidedTitle")}</h2>
        <p>{programText(lang, "guidedExplain")}</p>
        <form method="post" action={actionPath(lang, "guided/join")}>
          <input type="hidden" name="program" value={programId} />
          <CodeField
            id="invitation-code"
            name="code"
            label={programText(lang, "invitationLabel")}
            hint={programText(lang, "codeHint")}
            error={view.error}
          />
          <button type="submit">{programText(lang, "join")}</button>
        </form>
        <form method="post" action={actionPath(lang, "guided/return")}>
          <input type="hidden" name="program" value={programId} />
          <CodeField
            id="course-code"
            name="code"
            label={programText(lang, "courseCodeLabel")}
            hint={programText(lang, "codeHint")}
          />
          <button type="submit" class="button-secondary">
            {programText(lang, "returnToCourse")}
          </button>
        </form>
      </section>
    );
  }
  const open = course.endedAt === null && course.endsAt > new Date();
  const shared = new Set(course.sharedParts.split(","));
  const left = Math.max(0, course.contactsTotal - course.contactsUsed);
  const canMessage = open && left > 0;
  const messageErrorId = "guided-message-error";
  const feedbackErrorId = "guided-feedback-error";
  return (
    <section
      class="box"
      aria-labelledby="guided-title"
      id="guided"
      data-live-src={actionPath(lang, "guided/events")}
      data-live-page={program.path}
    >
      <h2 id="guided-title">{programText(lang, "guidedTitle")}</h2>
      {view.newCourseCode && (
        <ShownOnceCode
          code={view.newCourseCode}
          lead={programText(lang, "courseJoined")}
          warning={programText(lang, "codeLostWarning")}
        />
      )}
      {view.notice && (
        <p class="notice" role="status">
          {view.notice}
        </p>
      )}
      <div id="guided-status" data-live-region>
        <p>
          {open
            ? programText(lang, "courseInfo", {
                alias: view.alias ?? "—",
                left,
                total: course.contactsTotal,
                date: formatDate(course.endsAt, lang),
              })
            : programText(lang, "courseEnded")}
        </p>
        {canMessage && course.awaitingReply && course.replyDueAt ? (
          <p data-reply-expected>
            {programText(lang, "replyExpected", { date: formatDue(course.replyDueAt, lang) })}
          </p>
        ) : (
          canMessage &&
          view.replyWorkingDays !== undefined && (
            <p data-reply-promise>
              {programText(lang, view.replyWorkingDays === 1 ? "replyPromiseOne" : "replyPromise", {
                days: view.replyWorkingDays,
              })}
            </p>
          )
        )}
      </div>
      <h3>{programText(lang, "messagesTitle")}</h3>
      <div id="guided-messages" data-live-region data-live-append aria-live="polite">
        {view.messages && view.messages.length > 0 ? (
          <ol class="messages" data-course-messages>
            {view.messages.map((m) => (
              <li
                key={m.id}
                id={`message-${m.id}`}
                class={m.sender === "client" ? "message message-own" : "message"}
              >
                <p class="meta">
                  {m.sender === "client" ? programText(lang, "fromYou") : programText(lang, "fromGuide")} ·{" "}
                  {formatDate(m.at, lang)}
                </p>
                <p class="message-text">{m.text}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p class="meta">{programText(lang, "noMessages")}</p>
        )}
      </div>
      {(!canMessage || view.unsent) && (
        <ContactsUsedNote lang={lang} contactsUsed={open && left === 0} unsent={view.unsent} />
      )}
      {canMessage && (
        <form method="post" action={actionPath(lang, "guided/message")}>
          <input type="hidden" name="program" value={programId} />
          <div class="field">
            <label for="guided-message">{programText(lang, "messageLabel")}</label>
            {view.messageError && (
              <p class="error-text" id={messageErrorId}>
                {view.messageError}
              </p>
            )}
            <textarea
              id="guided-message"
              name="text"
              maxLength={4000}
              aria-describedby={view.messageError ? messageErrorId : undefined}
              aria-invalid={view.messageError ? true : undefined}
            >
              {view.messageText ?? ""}
            </textarea>
          </div>
          <button type="submit">{programText(lang, "send")}</button>
        </form>
      )}
      <h3>{programText(lang, "shareTitle")}</h3>
      <form method="post" action={actionPath(lang, "guided/share")}>
        <input type="hidden" name="program" value={programId} />
        <fieldset>
          <legend>{programText(lang, "shareExplain")}</legend>
          {partKinds.map((kind: PartKind) => {
            const part = program.program.parts.find((p) => p.kind === kind);
            const id = `share-${kind}`;
            return (
              <label class="choice" key={kind} for={id}>
                <input type="checkbox" id={id} name="parts" value={kind} checked={shared.has(kind)} />
                {partLabels[lang][kind]}
                {part ? `: ${part.title}` : ""}
              </label>
            );
          })}
        </fieldset>
        <button type="submit">{programText(lang, "shareSave")}</button>
      </form>
      <h3>{programText(lang, "who5Title")}</h3>
      <Who5Chart lang={lang} start={view.who5?.start} end={view.who5?.end} idPrefix="client" />
      {!view.who5?.start ? (
        <Who5Form
          lang={lang}
          action={actionPath(lang, "guided/who5")}
          phase="start"
          programId={programId}
          error={view.who5Error}
          values={view.who5Values}
        />
      ) : (
        !view.who5.end && (
          <Who5Form
            lang={lang}
            action={actionPath(lang, "guided/who5")}
            phase="end"
            programId={programId}
            error={view.who5Error}
            values={view.who5Values}
          />
        )
      )}
      <h3>{programText(lang, "feedbackTitle")}</h3>
      {view.feedback ? (
        <p>{programText(lang, "feedbackThanks")}</p>
      ) : (
        <form method="post" action={actionPath(lang, "guided/feedback")}>
          <input type="hidden" name="program" value={programId} />
          <div class="field">
            <label for="guided-feedback">{programText(lang, "feedbackLabel")}</label>
            {view.feedbackError && (
              <p class="error-text" id={feedbackErrorId}>
                {view.feedbackError}
              </p>
            )}
            <textarea
              id="guided-feedback"
              name="text"
              maxLength={4000}
              aria-describedby={view.feedbackError ? feedbackErrorId : undefined}
              aria-invalid={view.feedbackError ? true : undefined}
            >
              {view.feedbackText ?? ""}
            </textarea>
          </div>
          <button type="submit">{programText(lang, "send")}</button>
        </form>
      )}
      <form method="post" action={actionPath(lang, "guided/leave")}>
        <input type="hidden" name="program" value={programId} />
        <button type="submit" class="button-secondary">
          {programText(lang, "leaveCourse")}
        </button>
      </form>
    </section>
  );
}

export function ProgramPage(props: {
  lang: Lang;
  program: CatalogueProgram;
  done?: ReadonlySet<string>;
  resume: ResumeView;
  guided: GuidedView;
  crisis?: readonly CrisisContact[];
  crisisContacts: readonly CrisisContact[];
  clearDevice?: boolean;
}) {
  const { lang, program } = props;
  const p = program.program;
  const done = props.done;
  return (
    <div data-program-page={p.id} data-clear-device={props.clearDevice ? "1" : undefined}>
      {props.crisis && <CrisisBlock lang={lang} contacts={props.crisis} />}
      <h1>{p.title}</h1>
      <p class="lead">{p.summary}</p>
      <p class="meta">
        {programText(lang, "weeks", { n: p.weeks })} ·{" "}
        {programText(lang, "modulesCount", { n: program.modules.length })}
      </p>
      <section aria-labelledby="for-whom">
        <h2 id="for-whom">{programText(lang, "forWhom")}</h2>
        <div dangerouslySetInnerHTML={{ __html: program.forWhomHtml }} />
      </section>
      <section aria-labelledby="not-for">
        <h2 id="not-for">{programText(lang, "notFor")}</h2>
        <div dangerouslySetInnerHTML={{ __html: program.notForHtml }} />
      </section>
      <section class="box box-crisis" aria-labelledby="seek-help">
        <h2 id="seek-help">{programText(lang, "seekHelp")}</h2>
        <div dangerouslySetInnerHTML={{ __html: program.seekHelpHtml }} />
      </section>
      <section aria-labelledby="parts">
        <h2 id="parts">{programText(lang, "partsTitle")}</h2>
        <p class="meta" data-progress-text>
          {done
            ? programText(lang, "progress", {
                done: program.modules.filter((m) => done.has(m.module.id)).length,
                total: program.modules.length,
              })
            : programText(lang, "progressDevice")}
        </p>
        {p.parts.map((part) => (
          <div key={part.kind}>
            <h3>
              {partLabels[lang][part.kind]}: {part.title}
            </h3>
            <ol class="module-list">
              {program.modules
                .filter((m) => m.partKind === part.kind)
                .map((m) => (
                  <li key={m.module.id} data-module-id={m.module.id}>
                    <a href={m.path}>{m.module.title}</a>
                    <span class="module-done" data-done-mark hidden={!done?.has(m.module.id)}>
                      {" "}
                      ✓ {programText(lang, "doneMark")}
                    </span>
                  </li>
                ))}
            </ol>
          </div>
        ))}
        {program.modules[0] && (
          <p>
            <a class="button" href={program.modules[0].path}>
              {programText(lang, "startProgram")}
            </a>
          </p>
        )}
      </section>
      <GuidedPanel lang={lang} program={program} view={props.guided} />
      {!props.guided.course && (
        <ResumeSection lang={lang} programId={p.id} view={props.resume} returnTo={program.path} />
      )}
    </div>
  );
}

export function ModulePage(props: {
  lang: Lang;
  program: CatalogueProgram;
  module: CatalogueModule;
  states: ReadonlyMap<string, ExerciseState>;
  storage: Storage;
  done: boolean;
  crisis: boolean;
  crisisContacts: readonly CrisisContact[];
  resumePanel?: ComponentChildren;
}) {
  const { lang, program, module } = props;
  const total = program.modules.length;
  const prev = program.modules[module.index - 1];
  const next = program.modules[module.index + 1];
  const emptyState: ExerciseState = { values: {}, errors: new Map(), generalErrors: [] };
  return (
    <div data-module-page data-program={program.program.id} data-module={module.module.id}>
      <CrisisBlock lang={lang} contacts={props.crisisContacts} hidden={!props.crisis} />
      <p class="meta">
        <a href={program.path}>{program.program.title}</a> · {partLabels[lang][module.partKind]} ·{" "}
        {programText(lang, "moduleOf", { n: module.index + 1, total })}
      </p>
      <h1>{module.module.title}</h1>
      <div class="module-body" dangerouslySetInnerHTML={{ __html: module.bodyHtml }} />
      <h2>{programText(lang, "exercisesTitle")}</h2>
      {module.module.exercises.map((exercise) => (
        <ExerciseForm
          key={exercise.id}
          lang={lang}
          programId={program.program.id}
          moduleId={module.module.id}
          action={module.path}
          exercise={exercise}
          introHtml={module.introHtml.get(exercise.id)}
          state={props.states.get(exercise.id) ?? emptyState}
          storage={props.storage}
        />
      ))}
      <form
        method="post"
        action={`${module.path}/done`}
        class="module-done-form"
        data-module-done-form
        data-store={props.storage}
      >
        <input type="hidden" name="done" value={props.done ? "0" : "1"} />
        {props.done && <p class="notice">{programText(lang, "moduleDone")}</p>}
        <button
          type="submit"
          class="button-secondary"
          data-done-button
          data-label-done={programText(lang, "markDone")}
          data-label-undone={programText(lang, "markUndone")}
        >
          {props.done ? programText(lang, "markUndone") : programText(lang, "markDone")}
        </button>
      </form>
      {props.resumePanel}
      <nav class="module-nav" aria-label={programText(lang, "partsTitle")}>
        <ul>
          {prev && (
            <li>
              <a href={prev.path} rel="prev">
                ← {programText(lang, "previous")}: {prev.module.title}
              </a>
            </li>
          )}
          <li>
            <a href={program.path}>{programText(lang, "backToProgram")}</a>
          </li>
          {next && (
            <li>
              <a href={next.path} rel="next">
                {programText(lang, "next")}: {next.module.title} →
              </a>
            </li>
          )}
        </ul>
      </nav>
    </div>
  );
}

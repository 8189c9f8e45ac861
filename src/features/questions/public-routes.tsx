import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { csrfError } from "../../platform/http/csrf";
import { sendApiError } from "../../platform/http/send-api-error";
import { isLang, langs, langSchema, type Lang } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { renderPublicPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { crisisContacts, loadHelplines } from "../services/index";
import { CODE_CHECK_FLOOR_MS, withMinimumDuration } from "./equal-time";
import { findPersonalData } from "./find-personal-data";
import {
  askApiBody,
  readAskForm,
  checkQuestionText,
  feedbackApiBody,
  parseNotifyEmail,
  followUpApiBody,
  retrieveApiBody,
  threadForm,
  type AskField,
} from "./schemas";
import {
  addFollowUp,
  askQuestion,
  closeThread,
  giveFeedback,
  isVoucherCodeShape,
  listQuestionServices,
  QUESTION_MAX_CHARS,
  retrieveThread,
  type AskError,
  type ThreadError,
} from "./service";
import { text, topicName, type TextKey } from "./texts";
import { AskPage, ReadForm, ReceiptPage, ThreadPage, readPaths, type AskErrors } from "./views/public-views";

const askErrors: Record<AskError, { status: number; key: TextKey; field: keyof AskErrors }> = {
  "unknown-service": { status: 400, key: "error.unknownService", field: "serviceId" },
  "unknown-topic": { status: 400, key: "error.unknownTopic", field: "topic" },
  "unsupported-language": { status: 400, key: "error.unsupportedLanguage", field: "serviceId" },
  "voucher-required": { status: 400, key: "error.voucherRequired", field: "voucher" },
  "voucher-format": { status: 400, key: "error.voucherFormat", field: "voucher" },
  "voucher-unknown": { status: 400, key: "error.voucherUnknown", field: "voucher" },
  "voucher-expired": { status: 400, key: "error.voucherExpired", field: "voucher" },
  "voucher-used-up": { status: 409, key: "error.voucherUsedUp", field: "voucher" },
};

/** What to say at a field whose value could not be read at all (not text, or far too long). */
const askFieldErrors: Record<AskField, TextKey> = {
  serviceId: "error.unknownService",
  text: "error.emptyQuestion",
  voucher: "error.voucherFormat",
  topic: "error.unknownTopic",
  notifyEmail: "error.badEmail",
};

const threadErrors: Record<ThreadError, { status: number; key: TextKey }> = {
  "not-found": { status: 404, key: "error.wrongCode" },
  "follow-up-limit": { status: 409, key: "error.followUpLimit" },
  "thread-closed": { status: 409, key: "error.threadClosed" },
  "feedback-twice": { status: 409, key: "error.feedbackTwice" },
  "not-answered": { status: 409, key: "error.notAnsweredYet" },
};

/** Anonymous forms have no session to bind a token to: refuse anything a browser marks as cross-site. */
function assertNotCrossSite(request: FastifyRequest): void {
  if (request.headers["sec-fetch-site"] === "cross-site") throw csrfError();
}

function bodyLang(body: unknown, fallback: Lang): Lang {
  const lang = (body as { lang?: unknown } | null)?.lang;
  return isLang(lang) ? lang : fallback;
}

export function registerQuestionsPublicRoutes(
  app: FastifyInstance,
  platform: Platform,
  options: { mailAvailable: boolean },
): void {
  const { mailAvailable } = options;
  const deps = { database: platform.database, cipher: platform.cipher };
  const helplines = loadHelplines();
  // Guessing codes is limited per client; RATE_LIMIT=off (loopback benchmarks only) lifts it.
  const limited = (max: number) =>
    platform.config.rateLimit ? { config: { rateLimit: { max, timeWindow: "1 minute" } } } : {};

  /* ---------- JSON API (contract) ---------- */

  app.get("/api/v1/questions/services", async (request, reply) => {
    const query = z.object({ lang: langSchema.optional() }).safeParse(request.query);
    if (!query.success)
      return sendApiError(reply, {
        status: 400,
        code: "bad-lang",
        message: text(request.lang, "error.invalidInput"),
      });
    const lang = query.data.lang ?? request.lang;
    const services = await listQuestionServices({ database: platform.database, lang });
    return {
      services: services.map((s) => ({
        id: s.id,
        name: s.name,
        organisation: s.organisation,
        voucherRequired: s.voucherRequired,
        answerWithinWorkingDays: s.answerWithinWorkingDays,
        languages: s.languages,
      })),
    };
  });

  app.post("/api/v1/questions", limited(20), async (request, reply) => {
    const lang = bodyLang(request.body, request.lang);
    const parsed = askApiBody.safeParse(request.body);
    if (!parsed.success)
      return sendApiError(reply, {
        status: 400,
        code: "invalid-input",
        message: text(lang, "error.invalidInput"),
      });
    const problem = checkQuestionText(parsed.data.text, QUESTION_MAX_CHARS);
    if (problem === "empty")
      return sendApiError(reply, {
        status: 400,
        code: "empty-question",
        message: text(lang, "error.emptyQuestion"),
      });
    if (problem === "too-long")
      return sendApiError(reply, {
        status: 400,
        code: "question-too-long",
        message: text(lang, "error.tooLong", { max: QUESTION_MAX_CHARS }),
      });
    const email = parseNotifyEmail(parsed.data.notifyEmail);
    if (!email.ok || (email.email && !mailAvailable))
      return sendApiError(reply, {
        status: 400,
        code: email.ok ? "notices-unavailable" : "invalid-email",
        message: text(lang, email.ok ? "error.invalidInput" : "error.badEmail"),
      });
    const result = await askQuestion(deps, {
      serviceId: parsed.data.serviceId,
      lang,
      text: parsed.data.text.trim(),
      voucher: parsed.data.voucher,
      topic: parsed.data.topic === "" ? undefined : parsed.data.topic,
      notifyEmail: email.email,
    });
    if (!result.ok) {
      const e = askErrors[result.error];
      return sendApiError(reply, { status: e.status, code: result.error, message: text(lang, e.key) });
    }
    return reply.code(201).send({
      retrievalCode: result.retrievalCode,
      answerDue: result.answerDue.toISOString(),
      crisis: result.crisis,
    });
  });

  const threadApiError = (reply: FastifyReply, lang: Lang, error: ThreadError) => {
    const e = threadErrors[error];
    return sendApiError(reply, { status: e.status, code: error, message: text(lang, e.key) });
  };

  app.post("/api/v1/questions/retrieve", limited(30), async (request, reply) => {
    const parsed = retrieveApiBody.safeParse(request.body);
    const thread = await withMinimumDuration(CODE_CHECK_FLOOR_MS, () =>
      parsed.success ? retrieveThread(deps, { code: parsed.data.retrievalCode }) : Promise.resolve(undefined),
    );
    if (!thread) return threadApiError(reply, request.lang, "not-found");
    return {
      thread: {
        status: thread.status,
        answerDue: thread.answerDue.toISOString(),
        followUpsLeft: thread.followUpsLeft,
        messages: thread.messages.map((m) => ({ from: m.from, text: m.text, at: m.at.toISOString() })),
      },
    };
  });

  app.post("/api/v1/questions/messages", limited(30), async (request, reply) => {
    const parsed = followUpApiBody.safeParse(request.body);
    if (!parsed.success)
      return sendApiError(reply, {
        status: 400,
        code: "invalid-input",
        message: text(request.lang, "error.invalidInput"),
      });
    const problem = checkQuestionText(parsed.data.text, QUESTION_MAX_CHARS);
    if (problem)
      return sendApiError(reply, {
        status: 400,
        code: problem === "empty" ? "empty-question" : "question-too-long",
        message:
          problem === "empty"
            ? text(request.lang, "error.emptyQuestion")
            : text(request.lang, "error.tooLong", { max: QUESTION_MAX_CHARS }),
      });
    const result = await withMinimumDuration(CODE_CHECK_FLOOR_MS, () =>
      addFollowUp(deps, { code: parsed.data.retrievalCode, text: parsed.data.text.trim() }),
    );
    if (!result.ok) return threadApiError(reply, request.lang, result.error);
    return reply.code(201).send({ crisis: result.crisis });
  });

  app.post("/api/v1/questions/close", limited(30), async (request, reply) => {
    const parsed = retrieveApiBody.safeParse(request.body);
    if (!parsed.success)
      return sendApiError(reply, {
        status: 400,
        code: "invalid-input",
        message: text(request.lang, "error.invalidInput"),
      });
    const result = await withMinimumDuration(CODE_CHECK_FLOOR_MS, () =>
      closeThread(deps, { code: parsed.data.retrievalCode }),
    );
    if (!result.ok) return threadApiError(reply, request.lang, result.error);
    return { status: "closed" };
  });

  app.post("/api/v1/questions/feedback", limited(30), async (request, reply) => {
    const parsed = feedbackApiBody.safeParse(request.body);
    if (!parsed.success)
      return sendApiError(reply, {
        status: 400,
        code: "invalid-input",
        message: text(request.lang, "error.invalidInput"),
      });
    const result = await withMinimumDuration(CODE_CHECK_FLOOR_MS, () =>
      giveFeedback(deps, { code: parsed.data.retrievalCode, helped: parsed.data.helped }),
    );
    if (!result.ok) return threadApiError(reply, request.lang, result.error);
    return { status: "ok" };
  });

  /* ---------- pages, fi/sv/en, working without JavaScript ---------- */

  for (const lang of langs) {
    const askPath = pagePath("questions", lang);
    const meta = (status?: "personal") => ({
      lang,
      title: text(lang, "title"),
      description: text(lang, "lead"),
      alternates: status ? undefined : alternatesOf("questions"),
      canonical: status ? undefined : askPath,
      noindex: status === "personal",
    });

    app.get(askPath, async (request, reply) => {
      const query = z.object({ service: z.string().max(100).optional() }).safeParse(request.query);
      const services = await listQuestionServices({ database: platform.database, lang });
      const preselected = services.find((s) => s.id === (query.success ? query.data.service : undefined));
      return sendHtml(
        reply.publicCache(),
        renderPublicPage(
          reply.renderContext(),
          meta(),
          <AskPage
            lang={lang}
            services={services}
            values={{ serviceId: preselected?.id }}
            errors={{}}
            mailAvailable={mailAvailable}
          />,
        ),
      );
    });

    app.post(askPath, limited(20), async (request, reply) => {
      assertNotCrossSite(request);
      const services = await listQuestionServices({ database: platform.database, lang });
      const { values, invalid } = readAskForm(request.body);
      const errors: AskErrors = {};
      for (const field of invalid) errors[field] = text(lang, askFieldErrors[field]);
      const problem = checkQuestionText(values.text, QUESTION_MAX_CHARS);
      if (problem === "empty") errors.text = text(lang, "error.emptyQuestion");
      if (problem === "too-long") errors.text = text(lang, "error.tooLong", { max: QUESTION_MAX_CHARS });
      // Every field is checked here, before anything is stored, so that all mistakes are named at once, each at
      // its own field; the use case checks again (a service may change in between).
      const service = services.find((s) => s.id === values.serviceId);
      const topic = values.topic ?? "";
      const voucher = (values.voucher ?? "").trim();
      if (!service) errors.serviceId = text(lang, "error.unknownService");
      else if (!service.languages.includes(lang)) errors.serviceId = text(lang, "error.unsupportedLanguage");
      if (service && topic !== "" && !errors.topic && !service.topics.includes(topic))
        errors.topic =
          service.topics.length > 0
            ? text(lang, "error.topicNotInService", {
                service: service.name,
                topics: service.topics.map((t) => topicName(lang, t)).join(", "),
              })
            : text(lang, "error.unknownTopic");
      if (!errors.voucher && voucher === "" && service?.voucherRequired)
        errors.voucher = text(lang, "error.voucherRequired");
      if (!errors.voucher && voucher !== "" && !isVoucherCodeShape(voucher))
        errors.voucher = text(lang, "error.voucherFormat");
      const email = parseNotifyEmail(values.notifyEmail);
      if (!email.ok || (email.email && !mailAvailable)) errors.notifyEmail = text(lang, "error.badEmail");
      const page = (status: number, personalData?: ReturnType<typeof findPersonalData>) =>
        sendHtml(
          reply,
          renderPublicPage(
            reply.renderContext(),
            meta("personal"),
            <AskPage
              lang={lang}
              services={services}
              values={values}
              errors={errors}
              personalData={personalData}
              mailAvailable={mailAvailable}
            />,
          ),
          status,
        );
      if (Object.keys(errors).length > 0) return page(400);
      const questionText = (values.text ?? "").trim();
      const personalData = findPersonalData(questionText);
      // Pointed out before anything is stored; the person decides.
      if (personalData.length > 0 && values.confirmed !== "yes") return page(200, personalData);
      const result = await askQuestion(deps, {
        serviceId: values.serviceId ?? "",
        lang,
        text: questionText,
        voucher: values.voucher,
        topic: values.topic === "" ? undefined : values.topic,
        notifyEmail: email.ok ? email.email : undefined,
      });
      if (!result.ok) {
        const e = askErrors[result.error];
        errors[e.field] = text(lang, e.key);
        return page(e.status);
      }
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          meta("personal"),
          <ReceiptPage
            lang={lang}
            code={result.retrievalCode}
            due={result.answerDue}
            crisis={result.crisis}
            contacts={crisisContacts({ lang, helplines })}
            origin={platform.config.publicUrl}
          />,
        ),
        201,
      );
    });

    app.get(readPaths[lang], async (_request, reply) =>
      sendHtml(
        reply.publicCache(),
        renderPublicPage(
          reply.renderContext(),
          { lang, title: text(lang, "readTitle"), alternates: readPaths, canonical: readPaths[lang] },
          <ReadForm lang={lang} headingLevel={1} />,
        ),
      ),
    );

    app.post(readPaths[lang], limited(30), async (request, reply) => {
      assertNotCrossSite(request);
      const parsed = threadForm.safeParse(request.body ?? {});
      const form = parsed.success ? parsed.data : { action: "read" as const, retrievalCode: "" };
      const code = form.retrievalCode.trim();
      const wrongCode = () =>
        sendHtml(
          reply,
          renderPublicPage(
            reply.renderContext(),
            meta("personal"),
            <ReadForm lang={lang} headingLevel={1} error={text(lang, "error.wrongCode")} />,
          ),
          404,
        );
      const outcome = await withMinimumDuration(CODE_CHECK_FLOOR_MS, async () => {
        if (code === "") return { kind: "wrong" as const };
        let notice: string | undefined;
        let error: string | undefined;
        let status = 200;
        let keepText: string | undefined;
        let crisis = false;
        if (form.action === "follow-up") {
          const problem = checkQuestionText(form.text, QUESTION_MAX_CHARS);
          if (problem) {
            status = 400;
            keepText = form.text;
            error =
              problem === "empty"
                ? text(lang, "error.emptyQuestion")
                : text(lang, "error.tooLong", { max: QUESTION_MAX_CHARS });
          } else {
            const result = await addFollowUp(deps, { code, text: (form.text ?? "").trim() });
            if (!result.ok && result.error === "not-found") return { kind: "wrong" as const };
            if (result.ok) {
              notice = text(lang, "followUpSent");
              crisis = result.crisis;
            } else {
              status = threadErrors[result.error].status;
              error = text(lang, threadErrors[result.error].key);
              keepText = form.text;
            }
          }
        } else if (form.action === "close") {
          const result = await closeThread(deps, { code });
          if (!result.ok) return { kind: "wrong" as const };
          notice = text(lang, "closed");
        } else if (form.action === "feedback") {
          if (form.helped) {
            const result = await giveFeedback(deps, { code, helped: form.helped === "yes" });
            if (!result.ok && result.error === "not-found") return { kind: "wrong" as const };
            if (result.ok) notice = text(lang, "feedbackThanks");
            else {
              status = threadErrors[result.error].status;
              error = text(lang, threadErrors[result.error].key);
            }
          } else {
            status = 400;
            error = text(lang, "error.invalidInput");
          }
        }
        const thread = await retrieveThread(deps, { code });
        if (!thread) return { kind: "wrong" as const };
        return { kind: "thread" as const, thread, notice, error, status, keepText, crisis };
      });
      if (outcome.kind === "wrong") return wrongCode();
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          meta("personal"),
          <ThreadPage
            lang={lang}
            code={code}
            thread={outcome.thread}
            notice={outcome.notice}
            error={outcome.error}
            followUpText={outcome.keepText}
            crisisContacts={outcome.crisis ? crisisContacts({ lang, helplines }) : undefined}
          />,
        ),
        outcome.status,
      );
    });
  }
}

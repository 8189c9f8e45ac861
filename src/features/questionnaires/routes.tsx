import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { StaffContext } from "../../platform/auth/index";
import { type Lang, langs, isLang } from "../../platform/i18n/lang";
import { notFound } from "../../platform/http/http-error";
import { sendApiError } from "../../platform/http/send-api-error";
import type { Platform } from "../../platform/platform";
import { type RenderContext, renderPublicPage, renderStaffPage } from "../../platform/views/layout";
import { pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { crisisContacts, loadHelplines, loadMunicipalities } from "../services/index";
import { resolveContentLinks } from "./content-links";
import { buildFhirQuestionnaire } from "./build-fhir-questionnaire";
import { buildQuestionnaireResponse } from "./build-questionnaire-response";
import { displayLanguage } from "./display-language";
import { enabledLinkIds } from "./evaluate-enable-when";
import { type FormQuestionnaire, formQuestionnaire } from "./form-questionnaire";
import { resolveItems } from "./fhir-common";
import { type QuestionnaireSlug, questionnaireSlugs } from "./instrument-schema";
import { availableLanguages, instruments, isQuestionnaireSlug } from "./instruments";
import { nextStepContent } from "./next-steps";
import {
  type QuestionnaireFormState,
  completeAnswers,
  formItems,
  parseQuestionnaireForm,
} from "./parse-questionnaire-form";
import { resultText } from "./result-texts";
import type { QuestionnaireErrorCode } from "./schemas";
import { scaleSegments } from "./score-scale";
import { scoreQuestionnaire } from "./score-questionnaire";
import {
  createQuestionnaireShare,
  listShareOrganisations,
  openQuestionnaireShare,
  resolveShareOrganisation,
  shareViewerRoles,
} from "./share-service";
import { fill, languageName, texts } from "./texts";
import {
  type FormMode,
  formSteps,
  QuestionnaireFormPage,
  QuestionnaireListPage,
  QuestionnaireResultPage,
  ShareCreatedPage,
} from "./views/questionnaire-pages";
import { StaffSharePage } from "./views/staff-page";

export const questionnairePath = (lang: Lang, slug?: QuestionnaireSlug): string =>
  slug ? `${pagePath("questionnaires", lang)}/${slug}` : pagePath("questionnaires", lang);

export function instrumentName(slug: QuestionnaireSlug, lang: Lang): string {
  const names = instruments[slug].name;
  return names[lang] ?? names.en ?? slug;
}

const bandLabel = (slug: QuestionnaireSlug, lang: Lang) => (band: string) =>
  resultText(slug, band, lang)?.title ?? band;

const apiErrorStatus: Record<QuestionnaireErrorCode, number> = {
  "invalid-answers": 400,
  "invalid-demographics": 400,
  "unknown-questionnaire": 404,
  "language-not-available": 404,
};
const apiErrorText: Record<QuestionnaireErrorCode, keyof typeof texts> = {
  "invalid-answers": "invalidAnswers",
  "invalid-demographics": "invalidDemographics",
  "unknown-questionnaire": "unknownQuestionnaire",
  "language-not-available": "unknownQuestionnaire",
};

function sendQuestionnaireError(reply: FastifyReply, lang: Lang, code: QuestionnaireErrorCode): FastifyReply {
  const message = texts[apiErrorText[code]] as Record<Lang, string>;
  return sendApiError(reply, { status: apiErrorStatus[code], code, message: message[lang] });
}

const formControlSchema = z
  .object({
    mode: z.enum(["all", "step"]).catch("all"),
    step: z.coerce.number().int().min(0).max(100).catch(0),
    action: z.enum(["next", "back", "finish", "edit"]).catch("finish"),
    view: z.enum(["print", "page"]).catch("page"),
  })
  // A body that is not a form at all (JSON array, plain text) is read as an empty form: the page then says what is missing.
  .catch({ mode: "all", step: 0, action: "finish", view: "page" });

const shareFormSchema = z
  .object({
    org: z.string().max(100).optional().catch(undefined),
    municipality: z
      .string()
      .regex(/^\d{3}$/)
      .optional()
      .catch(undefined),
  })
  .catch({ org: undefined, municipality: undefined });

const staffCodeSchema = z.object({ code: z.string().max(64) });

function dateIn(lang: Lang, date: Date): string {
  const locale = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang];
  return date.toLocaleDateString(locale, {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

/** The indices of the steps enabled by these answers; Luukku's own step is always there. */
function enabledSteps(form: FormQuestionnaire, enabled: ReadonlySet<string>): number[] {
  return formSteps(form).flatMap((step, i) =>
    step.kind === "extras" || enabled.has(step.item.linkId) ? [i] : [],
  );
}

function modeAt(plan: readonly number[], index: number): FormMode {
  const position = plan.filter((i) => i <= index).length;
  return { kind: "step", index, position: Math.max(position, 1), total: plan.length };
}

function stepMode(form: FormQuestionnaire, enabled: ReadonlySet<string>, step: number): FormMode {
  const plan = enabledSteps(form, enabled);
  return modeAt(plan, plan[Math.min(step, plan.length) - 1] ?? 0);
}

const emptyEnabled = new Map<QuestionnaireSlug, Set<string>>();
function emptyAnswersEnabled(slug: QuestionnaireSlug): Set<string> {
  let enabled = emptyEnabled.get(slug);
  if (!enabled) {
    const form = formQuestionnaire(slug, displayLanguage(slug, "en"), "en");
    enabled = enabledLinkIds(form.items, new Map());
    emptyEnabled.set(slug, enabled);
  }
  return enabled;
}

export function registerQuestionnaireRoutes(app: FastifyInstance, platform: Platform): void {
  const canonicalBase = `${platform.config.publicUrl}/fhir`;
  const helplines = loadHelplines();
  const limited = (max: number, timeWindow: string) =>
    platform.config.rateLimit ? { config: { rateLimit: { max, timeWindow } } } : {};

  // ---- JSON API (api-contract.md) ----
  // Built once per request language: the list never changes while the process runs.
  const apiList = Object.fromEntries(
    langs.map((lang) => [
      lang,
      JSON.stringify({
        questionnaires: questionnaireSlugs.map((slug) => {
          const languages = availableLanguages(slug);
          const missing = langs.filter((l) => !languages.includes(l));
          return {
            slug,
            title: instrumentName(slug, lang),
            itemCount: instruments[slug].items.length,
            languages,
            // Added fields (the contract only adds): which languages lack official wording, said plainly.
            ...(missing.length > 0
              ? {
                  missingLanguages: missing,
                  languageNote: fill(texts.apiLanguageNote[lang], {
                    langs: missing.map((l) => languageName(l, lang)).join(", "),
                  }),
                }
              : {}),
          };
        }),
      }),
    ]),
  ) as Record<Lang, string>;
  app.get("/api/v1/questionnaires", (request, reply) => {
    return reply.type("application/json; charset=utf-8").send(apiList[request.lang]);
  });

  app.get<{ Params: { slug: string }; Querystring: { lang?: unknown } }>(
    "/api/v1/questionnaires/:slug",
    async (request, reply) => {
      const { slug } = request.params;
      const asked = request.query.lang;
      if (asked !== undefined && !isLang(asked)) {
        return sendApiError(reply, {
          status: 400,
          code: "invalid-lang",
          message: texts.invalidLang[request.lang],
        });
      }
      if (!isQuestionnaireSlug(slug))
        return sendQuestionnaireError(reply, request.lang, "unknown-questionnaire");
      // A language the instrument lacks gets the best available one, with `language` saying which (CONTEXT.md).
      const lang = displayLanguage(slug, asked ?? request.lang);
      const built = buildFhirQuestionnaire({ slug, lang, canonicalBase });
      if (!built.ok) return sendQuestionnaireError(reply, request.lang, built.error.code);
      const wantsFhir = request.headers.accept?.includes("application/fhir+json") === true;
      if (asked !== undefined) reply.publicCache(3600);
      return reply
        .header("content-language", lang)
        .type(wantsFhir ? "application/fhir+json; charset=utf-8" : "application/json; charset=utf-8")
        .send(JSON.stringify(built.value));
    },
  );

  app.post<{ Params: { slug: string } }>("/api/v1/questionnaires/:slug/score", async (request, reply) => {
    const body: unknown = request.body;
    const { slug } = request.params;
    if (!isQuestionnaireSlug(slug))
      return sendQuestionnaireError(reply, request.lang, "unknown-questionnaire");
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return sendQuestionnaireError(reply, request.lang, "invalid-answers");
    }
    const input = body as Record<string, unknown>;
    const scored = scoreQuestionnaire({ slug, answers: input.answers, sex: input.sex, age: input.age });
    if (!scored.ok) return sendQuestionnaireError(reply, request.lang, scored.error.code);
    return scored.value;
  });

  // ---- Public pages ----
  const listHtml = new Map<Lang, string>();
  for (const lang of langs) {
    const base = questionnairePath(lang);
    app.get(base, async (_request, reply) => {
      reply.publicCache();
      const ctx = reply.renderContext();
      let html = listHtml.get(lang);
      if (!html) {
        html = renderPublicPage(
          ctx,
          {
            lang,
            title: texts.listTitle[lang],
            description: texts.listLead[lang],
            alternates: Object.fromEntries(langs.map((l) => [l, questionnairePath(l)])),
            canonical: base,
          },
          <QuestionnaireListPage
            lang={lang}
            entries={questionnaireSlugs.map((slug) => ({
              slug,
              name: instrumentName(slug, lang),
              itemCount: instruments[slug].items.length,
              languages: availableLanguages(slug),
              displayLang: displayLanguage(slug, lang),
              url: questionnairePath(lang, slug),
            }))}
          />,
        );
        listHtml.set(lang, html);
      }
      return sendHtml(reply, html);
    });

    const emptyForms = new Map<string, string>();
    const formOf = (slug: QuestionnaireSlug) => formQuestionnaire(slug, displayLanguage(slug, lang), lang);
    const formHtml = (
      ctx: RenderContext,
      slug: QuestionnaireSlug,
      options: { state?: QuestionnaireFormState; showErrors?: boolean; mode: FormMode },
    ): string => {
      const form = formOf(slug);
      const name = instrumentName(slug, form.displayLang);
      return renderPublicPage(
        ctx,
        {
          lang,
          title: name,
          description: texts.listLead[lang],
          alternates: Object.fromEntries(langs.map((l) => [l, questionnairePath(l, slug)])),
          canonical: questionnairePath(lang, slug),
        },
        <QuestionnaireFormPage
          lang={lang}
          form={form}
          name={name}
          state={options.state}
          showErrors={options.showErrors ?? false}
          mode={options.mode}
          action={questionnairePath(lang, slug)}
          licence={texts.licence[slug][lang]}
        />,
      );
    };
    const renderForm = (
      reply: FastifyReply,
      slug: QuestionnaireSlug,
      options: { state?: QuestionnaireFormState; showErrors?: boolean; mode: FormMode; status?: number },
    ) => sendHtml(reply, formHtml(reply.renderContext(), slug, options), options.status ?? 200);

    const renderResult = async (
      reply: FastifyReply,
      slug: QuestionnaireSlug,
      state: QuestionnaireFormState,
      answers: number[],
      print: boolean,
    ) => {
      const scored = scoreQuestionnaire({ slug, answers, sex: state.sex, age: state.age });
      if (!scored.ok) throw notFound();
      const score = scored.value;
      const displayLang = displayLanguage(slug, lang);
      const links = resolveContentLinks({ lang, ...nextStepContent(slug, score.flags) });
      const organisations = print ? [] : await listShareOrganisations(platform.database);
      const municipalities = print
        ? []
        : loadMunicipalities()
            .map((m) => ({ slug: m.code, name: m.names[lang] }))
            .sort((a, b) => a.name.localeCompare(b.name, lang));
      const name = instrumentName(slug, displayLang);
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          { lang, title: texts.resultFor[lang].replace("{name}", name), noindex: true },
          <QuestionnaireResultPage
            lang={lang}
            displayLang={displayLang}
            slug={slug}
            name={name}
            items={formItems(slug, displayLang)}
            state={state}
            score={score}
            resultText={resultText(slug, score.band, lang)}
            segments={scaleSegments(slug, { sex: state.sex, age: state.age })}
            bandLabel={bandLabel(slug, lang)}
            crisis={
              score.flags.includes("suicidal-ideation") ? crisisContacts({ lang, helplines }) : undefined
            }
            articles={links.articles.slice(0, 5)}
            programs={links.programs}
            actionBase={questionnairePath(lang, slug)}
            organisations={organisations.map((o) => ({ slug: o.slug, name: o.name }))}
            municipalities={municipalities}
            print={print}
          />,
        ),
      );
    };

    const slugOf = (request: FastifyRequest<{ Params: { slug: string } }>): QuestionnaireSlug => {
      const { slug } = request.params;
      if (!isQuestionnaireSlug(slug)) throw notFound();
      return slug;
    };

    app.get<{ Params: { slug: string }; Querystring: { step?: string } }>(
      `${base}/:slug`,
      async (request, reply) => {
        const slug = slugOf(request);
        reply.publicCache();
        const step = Number(request.query.step);
        // ?step=N is the N-th step that is enabled before anything is answered.
        const mode: FormMode =
          Number.isInteger(step) && step >= 1
            ? stepMode(formOf(slug), emptyAnswersEnabled(slug), step)
            : { kind: "all" };
        // An empty form is the same for everyone: render it once per process.
        const key = `${slug}:${mode.kind === "step" ? String(mode.index) : "all"}`;
        let html = emptyForms.get(key);
        if (!html) {
          html = formHtml(reply.renderContext(), slug, { mode });
          emptyForms.set(key, html);
        }
        return sendHtml(reply, html);
      },
    );

    app.post<{ Params: { slug: string } }>(`${base}/:slug`, async (request, reply) => {
      const slug = slugOf(request);
      const displayLang = displayLanguage(slug, lang);
      const control = formControlSchema.parse(request.body ?? {});
      if (control.action === "edit") {
        // Back from the result page to the whole form, every answer filled in, to change any of them.
        const state = parseQuestionnaireForm({ slug, lang: displayLang, body: request.body });
        return renderForm(reply, slug, { state, mode: { kind: "all" } });
      }
      if (control.mode === "step" && control.action !== "finish") {
        const form = formOf(slug);
        const steps = formSteps(form);
        const index = Math.min(control.step, steps.length - 1);
        const current = steps[index];
        const shown = current?.kind === "item" ? [current.item.linkId] : form.extras.map((i) => i.linkId);
        const state = parseQuestionnaireForm({
          slug,
          lang: displayLang,
          body: request.body,
          check: new Set(control.action === "back" ? [] : shown),
        });
        // Disabled items are skipped both ways (enableWhen on the answers so far).
        const plan = enabledSteps(form, state.enabled);
        if (control.action === "back") {
          const previous = plan.filter((i) => i < index).at(-1) ?? plan[0] ?? 0;
          return renderForm(reply, slug, { state, mode: modeAt(plan, previous) });
        }
        if (state.errors.length > 0) {
          return renderForm(reply, slug, { state, showErrors: true, mode: modeAt(plan, index), status: 400 });
        }
        const next = plan.find((i) => i > index);
        if (next !== undefined) return renderForm(reply, slug, { state, mode: modeAt(plan, next) });
      }
      const state = parseQuestionnaireForm({ slug, lang: displayLang, body: request.body });
      const answers = completeAnswers(state);
      if (!answers || state.errors.length > 0) {
        return renderForm(reply, slug, { state, showErrors: true, mode: { kind: "all" }, status: 400 });
      }
      return renderResult(reply, slug, state, answers, control.view === "print");
    });

    app.post<{ Params: { slug: string } }>(`${base}/:slug/response`, async (request, reply) => {
      const slug = slugOf(request);
      const displayLang = displayLanguage(slug, lang);
      const state = parseQuestionnaireForm({ slug, lang: displayLang, body: request.body });
      const answers = completeAnswers(state);
      if (!answers)
        return renderForm(reply, slug, { state, showErrors: true, mode: { kind: "all" }, status: 400 });
      const scored = scoreQuestionnaire({ slug, answers, sex: state.sex, age: state.age });
      if (!scored.ok)
        return renderForm(reply, slug, { state, showErrors: true, mode: { kind: "all" }, status: 400 });
      const response = buildQuestionnaireResponse({
        slug,
        lang: displayLang,
        answers,
        score: scored.value,
        supplementaryAnswers: state.supplementary,
        authored: new Date().toISOString(),
        canonicalBase,
      });
      if (!response.ok) throw notFound();
      return reply
        .header("content-disposition", `attachment; filename="${slug}-response.json"`)
        .type("application/fhir+json; charset=utf-8")
        .send(JSON.stringify(response.value, null, 2));
    });

    app.post<{ Params: { slug: string } }>(
      `${base}/:slug/share`,
      limited(20, "1 hour"),
      async (request, reply) => {
        const slug = slugOf(request);
        const displayLang = displayLanguage(slug, lang);
        const state = parseQuestionnaireForm({ slug, lang: displayLang, body: request.body });
        const answers = completeAnswers(state);
        const scored = answers
          ? scoreQuestionnaire({ slug, answers, sex: state.sex, age: state.age })
          : undefined;
        if (!answers || !scored?.ok) {
          return renderForm(reply, slug, { state, showErrors: true, mode: { kind: "all" }, status: 400 });
        }
        const form = shareFormSchema.parse(request.body ?? {});
        const org = await resolveShareOrganisation({
          database: platform.database,
          orgSlug: form.org,
          municipality: form.municipality,
        });
        const created = org
          ? await createQuestionnaireShare({
              database: platform.database,
              cipher: platform.cipher,
              orgId: org.id,
              payload: {
                slug,
                lang: displayLang,
                answers,
                supplementary: state.supplementary,
                ...(state.age !== undefined ? { age: state.age } : {}),
                ...(state.sex !== undefined ? { sex: state.sex } : {}),
                score: scored.value,
              },
            })
          : undefined;
        return sendHtml(
          reply,
          renderPublicPage(
            reply.renderContext(),
            { lang, title: texts.shareCreated[lang], noindex: true },
            <ShareCreatedPage
              lang={lang}
              code={created?.code}
              expires={created ? dateIn(lang, created.expiresAt) : ""}
              organisation={org?.name ?? ""}
              backUrl={questionnairePath(lang)}
            />,
          ),
          created ? 201 : 409,
        );
      },
    );
  }

  // ---- Staff: open a shared result by its code ----
  const renderStaff = (
    request: FastifyRequest,
    reply: FastifyReply,
    context: StaffContext,
    body: (csrf: string) => preact.JSX.Element,
    status = 200,
  ) => {
    const csrf = platform.guard.csrfToken(context);
    return sendHtml(
      reply,
      renderStaffPage(
        reply.renderContext(),
        { lang: request.lang, title: texts.staffTitle[request.lang] },
        body(csrf),
        { displayName: context.displayName, csrfToken: csrf },
      ),
      status,
    );
  };

  app.get("/staff/questionnaires", async (request, reply) => {
    const context = await platform.guard.require(request, reply, { roles: shareViewerRoles });
    if (!context) return reply;
    return renderStaff(request, reply, context, (csrf) => (
      <StaffSharePage lang={request.lang} csrf={csrf} error={false} />
    ));
  });

  app.post("/staff/questionnaires", limited(10, "10 minutes"), async (request, reply) => {
    const context = await platform.guard.require(request, reply, { roles: shareViewerRoles });
    if (!context) return reply;
    platform.guard.checkCsrf(request, context);
    const lang = request.lang;
    const parsed = staffCodeSchema.safeParse(request.body);
    const opened = await openQuestionnaireShare({
      database: platform.database,
      cipher: platform.cipher,
      viewer: context,
      code: parsed.success ? parsed.data.code : "",
    });
    if (!opened.ok) {
      return renderStaff(
        request,
        reply,
        context,
        (csrf) => <StaffSharePage lang={lang} csrf={csrf} error={true} />,
        404,
      );
    }
    const { payload } = opened;
    return renderStaff(request, reply, context, (csrf) => (
      <StaffSharePage
        lang={lang}
        csrf={csrf}
        error={false}
        shared={{
          payload,
          name: instrumentName(payload.slug, payload.lang),
          items: resolveItems(instruments[payload.slug], payload.lang),
          createdAt: dateIn(lang, opened.createdAt),
          expiresAt: dateIn(lang, opened.expiresAt),
        }}
      />
    ));
  });
}

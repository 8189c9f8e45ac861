import type { FastifyInstance, FastifyReply } from "fastify";
import { type Lang, langs } from "../../platform/i18n/lang";
import type { Platform } from "../../platform/platform";
import { renderPublicPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import {
  instrumentName,
  questionnairePath,
  questionnaireSlugs,
  resolveContentLinks,
} from "../questionnaires/index";
import { crisisContacts, loadHelplines, loadMunicipalities } from "../services/index";
import { type ParsedNavigatorForm, parseNavigatorForm, screeningItems } from "./parse-navigator-form";
import { findMunicipality, pickHelplines, pickLocalServices } from "./pick-services";
import { hasPresentRisk, recommendHelpLevel } from "./recommend-help-level";
import { texts } from "./texts";
import { NavigatorFormPage, NavigatorResultPage } from "./views/navigator-pages";
import { relatedContent } from "./worries";

export function registerNavigatorRoutes(app: FastifyInstance, _platform: Platform): void {
  const helplines = loadHelplines();
  const municipalityOptions = (lang: Lang) =>
    loadMunicipalities()
      .map((m) => ({ code: m.code, name: m.names[lang] }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));

  for (const lang of langs) {
    const path = pagePath("navigator", lang);
    const meta = {
      lang,
      title: texts.title[lang],
      description: texts.lead[lang],
      alternates: alternatesOf("navigator"),
      canonical: path,
    };
    let formHtml: string | undefined;

    app.get(path, async (_request, reply) => {
      reply.publicCache();
      formHtml ??= renderPublicPage(
        reply.renderContext(),
        meta,
        <NavigatorFormPage
          lang={lang}
          action={path}
          values={undefined}
          missing={[]}
          fieldErrors={[]}
          municipalityError={false}
          short={screeningItems(lang)}
          opened={[]}
          municipalities={municipalityOptions(lang)}
        />,
      );
      return sendHtml(reply, formHtml);
    });

    const municipalityUnknown = (parsed: ParsedNavigatorForm) =>
      parsed.municipalityInvalid ||
      (parsed.values.municipality !== undefined &&
        findMunicipality(parsed.values.municipality) === undefined);
    const formAgain = (reply: FastifyReply, parsed: ParsedNavigatorForm, status: number) =>
      sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          { ...meta, noindex: true },
          <NavigatorFormPage
            lang={lang}
            action={path}
            values={parsed.values}
            missing={parsed.missing}
            fieldErrors={parsed.fieldErrors}
            municipalityError={municipalityUnknown(parsed)}
            short={screeningItems(lang)}
            opened={parsed.opened}
            municipalities={municipalityOptions(lang)}
          />,
        ),
        status,
      );

    app.post(path, async (request, reply) => {
      const parsed = parseNavigatorForm({ lang, body: request.body });
      const { input } = parsed;
      if (!input || parsed.fieldErrors.length > 0 || municipalityUnknown(parsed))
        return formAgain(reply, parsed, 400);
      // PHQ-2/GAD-2 ≥ 3 leads into the rest of PHQ-9/GAD-7: without JavaScript, this post shows those items.
      if (parsed.opened.some((slug) => !parsed.offered.includes(slug))) return formAgain(reply, parsed, 200);
      const recommendation = recommendHelpLevel(input);
      const municipality = findMunicipality(input.municipality);
      const related = relatedContent(input.worries.length > 0 ? input.worries : ["other"], lang);
      const links = resolveContentLinks({ lang, articles: related.articles, programs: related.programs });
      const questionnaireLink = (slug: (typeof questionnaireSlugs)[number]) => ({
        slug,
        name: instrumentName(slug, lang),
        url: questionnairePath(lang, slug),
      });
      const suggested = [
        // Suggested when the short screen opened the full questionnaire but it was left unfinished.
        ...(parsed.opened.includes("phq-9") && parsed.phq9 === undefined ? [questionnaireLink("phq-9")] : []),
        ...(parsed.opened.includes("gad-7") && parsed.gad7 === undefined ? [questionnaireLink("gad-7")] : []),
        ...(parsed.auditC?.band === "risky" ? [questionnaireLink("audit")] : []),
      ];
      const others = questionnaireSlugs
        .filter((slug) => related.questionnaires.includes(slug) && !suggested.some((s) => s.slug === slug))
        .map(questionnaireLink);
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          { ...meta, title: texts.levels[recommendation.level][lang], noindex: true },
          <NavigatorResultPage
            lang={lang}
            recommendation={recommendation}
            crisis={hasPresentRisk(input) ? crisisContacts({ lang, helplines }) : undefined}
            municipalityName={municipality?.names[lang]}
            services={
              municipality
                ? pickLocalServices({ municipality, worries: input.worries, level: recommendation.level })
                : []
            }
            helplines={pickHelplines({ lang, worries: input.worries, helplines })}
            articles={links.articles.slice(0, 6)}
            programs={links.programs}
            questionnaires={others}
            suggested={suggested}
            startUrl={path}
          />,
        ),
      );
    });
  }
}

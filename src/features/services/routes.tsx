import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { isLang, langs, type Lang, type Localized } from "../../platform/i18n/lang";
import { sendApiError } from "../../platform/http/send-api-error";
import type { Platform } from "../../platform/platform";
import { renderPublicPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { worryIdSchema } from "./demo-services-schema";
import { demoServiceEntry, findMunicipality, findServices, helplineEntry } from "./find-services";
import { loadDemoServices } from "./load-demo-services";
import { loadCounties, loadMunicipalities } from "./load-municipalities";
import { countyPagePath, municipalityPagePath } from "./service-paths";
import { serviceTexts as tx } from "./texts";
import {
  CountyMap,
  CountyPage,
  MunicipalityPage,
  MunicipalityPicker,
  ServicesIndexPage,
} from "./views/service-pages";

const apiQuerySchema = z.object({
  municipality: z.string().max(100),
  lang: z.string().max(10).optional(),
  need: worryIdSchema.optional(),
});

const localized = (f: (lang: Lang) => string): Localized =>
  Object.fromEntries(langs.map((l) => [l, f(l)])) as Localized;

/** The service directory: `GET /api/v1/services` and the pages per municipality and county. */
export function registerServiceRoutes(app: FastifyInstance, _platform: Platform): void {
  app.get("/api/v1/services", async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const msgLang: Lang = isLang(query.lang) ? query.lang : request.lang;
    if (query.lang !== undefined && !isLang(query.lang)) {
      return sendApiError(reply, { status: 400, code: "invalid-lang", message: tx.badLang[msgLang] });
    }
    const parsed = apiQuerySchema.safeParse(query);
    if (!parsed.success) {
      return sendApiError(reply, { status: 400, code: "bad-request", message: tx.badQuery[msgLang] });
    }
    const lang = msgLang;
    const found = findServices({ code: parsed.data.municipality, lang, need: parsed.data.need });
    if (!found) {
      return sendApiError(reply, {
        status: 404,
        code: "unknown-municipality",
        message: tx.unknownMunicipality[lang],
      });
    }
    const { municipality, county } = found;
    void reply.header("cache-control", "public, max-age=60");
    return {
      municipality: { code: municipality.code, name: municipality.names[lang], county: county.names[lang] },
      services: [
        ...found.local.map((s) => demoServiceEntry(s, lang, municipality.code)),
        ...found.national.map((h) => helplineEntry(h, lang)),
      ],
    };
  });

  for (const lang of langs) {
    app.get(pagePath("services", lang), async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const chosen = query.municipality;
      if (typeof chosen === "string" && chosen !== "") {
        const code = chosen.trim();
        if (findMunicipality(code)) return reply.redirect(municipalityPagePath(code, lang), 303);
      }
      const error = chosen !== undefined;
      if (!error) reply.publicCache();
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          {
            lang,
            title: tx.title[lang],
            description: tx.lead[lang],
            alternates: alternatesOf("services"),
            canonical: pagePath("services", lang),
            ...(error ? { noindex: true } : {}),
          },
          <ServicesIndexPage lang={lang} counties={loadCounties()} error={error} />,
        ),
        error ? 400 : 200,
      );
    });

    app.get<{ Params: { code: string } }>(`${pagePath("services", lang)}/:code`, async (request, reply) => {
      const code = request.params.code;
      const now = new Date();
      const found = findServices({ code, lang });
      if (found) {
        // Short cache: "open now" changes with the clock.
        reply.publicCache(60);
        return sendHtml(
          reply,
          renderPublicPage(
            reply.renderContext(),
            {
              lang,
              title: `${tx.servicesIn[lang]}: ${found.municipality.names[lang]}`,
              description: tx.lead[lang],
              alternates: localized((l) => municipalityPagePath(code, l)),
              canonical: municipalityPagePath(code, lang),
            },
            <MunicipalityPage
              lang={lang}
              municipality={found.municipality}
              county={found.county}
              services={found.local}
              helplines={found.national}
              now={now}
            />,
          ),
        );
      }
      const county = loadCounties().find((c) => c.id.toLowerCase() === code);
      if (county) {
        reply.publicCache(60);
        return sendHtml(
          reply,
          renderPublicPage(
            reply.renderContext(),
            {
              lang,
              title: county.names[lang],
              description: tx.lead[lang],
              alternates: localized((l) => countyPagePath(county.id, l)),
              canonical: countyPagePath(county.id, lang),
            },
            <CountyPage
              lang={lang}
              county={county}
              counties={loadCounties()}
              municipalities={loadMunicipalities().filter((m) => m.countyId === county.id)}
              services={loadDemoServices().filter((s) => s.county === county.id && s.serves === "county")}
              now={now}
            />,
          ),
        );
      }
      return sendHtml(
        reply,
        renderPublicPage(
          reply.renderContext(),
          { lang, title: tx.notFoundTitle[lang], noindex: true },
          <>
            <h1>{tx.notFoundTitle[lang]}</h1>
            <p class="lead">{tx.notFoundText[lang]}</p>
            <MunicipalityPicker lang={lang} />
            <CountyMap lang={lang} counties={loadCounties()} />
          </>,
        ),
        404,
      );
    });
  }
}

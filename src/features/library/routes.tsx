import type { FastifyInstance, FastifyReply } from "fastify";
import type { ComponentChildren } from "preact";
import { langs, type Lang, type Localized } from "../../platform/i18n/index";
import type { Platform } from "../../platform/platform";
import { renderPublicPage, type PageMeta } from "../../platform/views/layout";
import { alternatesOf, pagePath, pagePaths, type PageName } from "../../platform/views/paths";
import { sendHtml } from "../../platform/views/send-html";
import { loadMunicipalities, municipalityPagePath } from "../services/index";
import { articlePath, hubIds, hubPath, hubs } from "./hubs";
import { createLibraryStore, type LibraryIndex, type LibraryStore } from "./library-store";
import { contentDir } from "./read-articles";
import { type ProgramSummary, readProgramSummaries } from "./read-program-summaries";
import { renderRobots, renderSitemap, type SitemapEntry } from "./sitemap";
import { jsonLd } from "./structured-data";
import { libraryTexts as tx } from "./texts";
import { ArticleIndexPage, ArticlePage, HubPage, LibraryNotFound, TopicsPage } from "./views/library-pages";

const localized = (f: (lang: Lang) => string): Localized =>
  Object.fromEntries(langs.map((l) => [l, f(l)])) as Localized;

/** Pages other features own that belong in the sitemap when they are registered. */
const sitemapPages: PageName[] = Object.keys(pagePaths) as PageName[];

/** A localised 404 that offers search and the topics (not cached). */
export function sendLibraryNotFound(reply: FastifyReply, lang: Lang): FastifyReply {
  return sendHtml(
    reply,
    renderPublicPage(
      reply.renderContext(),
      { lang, title: tx.notFoundTitle[lang], noindex: true },
      <LibraryNotFound lang={lang} />,
    ),
    404,
  );
}

/** Article pages, topic hubs, the topics index, sitemap.xml and robots.txt. */
export function registerLibraryRoutes(
  app: FastifyInstance,
  platform: Platform,
  deps: { store?: LibraryStore } = {},
): void {
  const store = deps.store ?? createLibraryStore(platform.database);
  let programs: ProgramSummary[] | undefined;
  const programsOf = (): ProgramSummary[] => (programs ??= readProgramSummaries({ contentDir }));
  // Content changes only at start, so each page is rendered once per process.
  const rendered = new Map<string, string>();

  const page = async (
    reply: FastifyReply,
    lang: Lang,
    key: string,
    build: (library: LibraryIndex) => { meta: PageMeta; body: ComponentChildren } | undefined,
  ): Promise<FastifyReply> => {
    const library = await store.get();
    const cached = rendered.get(key);
    if (cached !== undefined) return sendHtml(reply.publicCache(), cached);
    const built = build(library);
    if (!built) return sendLibraryNotFound(reply, lang);
    const html = renderPublicPage(reply.publicCache().renderContext(), built.meta, built.body);
    rendered.set(key, html);
    return sendHtml(reply, html);
  };

  for (const lang of langs) {
    app.get<{ Params: { slug: string } }>(`${pagePath("articles", lang)}/:slug`, async (request, reply) => {
      const slug = request.params.slug;
      return page(reply, lang, `${lang}:article:${slug}`, (library) => {
        const article = library.bySlug(lang, slug);
        if (!article) return undefined;
        const alternates: Partial<Localized> = {};
        for (const l of langs) {
          const other = library.byId(l, article.id);
          if (other) alternates[l] = articlePath(other.slug, l);
        }
        const path = articlePath(article.slug, lang);
        const origin = platform.config.publicUrl;
        const jsonLdHtml = jsonLd({
          "@type": "MedicalWebPage",
          name: article.title,
          headline: article.title,
          description: article.description,
          abstract: article.summary,
          inLanguage: lang,
          url: origin + path,
          lastReviewed: article.reviewed,
          dateModified: article.reviewed,
          keywords: article.keywords.join(", "),
          author: { "@type": "Organization", name: `Luukku (${article.author})` },
          isPartOf: { "@type": "WebSite", name: "Luukku", url: origin + pagePath("home", lang) },
        });
        return {
          meta: {
            lang,
            title: article.title,
            description: article.description,
            alternates,
            canonical: path,
            head: (
              <>
                <meta property="og:url" content={origin + path} />
                <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdHtml }} />
              </>
            ),
          },
          body: <ArticlePage article={article} library={library} programs={programsOf()} />,
        };
      });
    });

    app.get(pagePath("articles", lang), async (_request, reply) =>
      page(reply, lang, `${lang}:articles`, (library) => ({
        meta: {
          lang,
          title: tx.articlesInHub[lang],
          description: tx.topicsLead[lang],
          alternates: alternatesOf("articles"),
          canonical: pagePath("articles", lang),
        },
        body: <ArticleIndexPage lang={lang} library={library} />,
      })),
    );

    app.get(pagePath("topics", lang), async (_request, reply) =>
      page(reply, lang, `${lang}:topics`, (library) => ({
        meta: {
          lang,
          title: tx.topicsTitle[lang],
          description: tx.topicsLead[lang],
          alternates: alternatesOf("topics"),
          canonical: pagePath("topics", lang),
        },
        body: <TopicsPage lang={lang} library={library} />,
      })),
    );

    app.get<{ Params: { hub: string } }>(`${pagePath("topics", lang)}/:hub`, async (request, reply) => {
      const hub = hubIds.find((h) => hubs[h].slug[lang] === request.params.hub);
      return page(reply, lang, `${lang}:hub:${request.params.hub}`, (library) =>
        hub === undefined
          ? undefined
          : {
              meta: {
                lang,
                title: hubs[hub].title[lang],
                description: hubs[hub].intro[lang],
                alternates: localized((l) => hubPath(hub, l)),
                canonical: hubPath(hub, lang),
              },
              body: <HubPage lang={lang} hub={hub} library={library} />,
            },
      );
    });
  }

  app.get("/robots.txt", async (_request, reply) =>
    reply.publicCache(3600).type("text/plain; charset=utf-8").send(renderRobots(platform.config.publicUrl)),
  );

  let sitemap: string | undefined;
  app.get("/sitemap.xml", async (_request, reply) => {
    if (sitemap === undefined) {
      const library = await store.get();
      const entries: SitemapEntry[] = [];
      for (const name of sitemapPages) {
        const alternates = alternatesOf(name);
        if (langs.every((l) => app.hasRoute({ method: "GET", url: alternates[l] })))
          entries.push({ alternates });
      }
      for (const hub of hubIds) entries.push({ alternates: localized((l) => hubPath(hub, l)) });
      const fi = library.all().filter((a) => a.lang === "fi");
      for (const article of fi) {
        const alternates: Partial<Localized> = {};
        for (const l of langs) {
          const other = library.byId(l, article.id);
          if (other) alternates[l] = articlePath(other.slug, l);
        }
        entries.push({ alternates, lastmod: article.reviewed });
      }
      if (app.hasRoute({ method: "GET", url: `${pagePath("services", "fi")}/:code` })) {
        for (const m of loadMunicipalities())
          entries.push({ alternates: localized((l) => municipalityPagePath(m.code, l)) });
      }
      sitemap = renderSitemap(platform.config.publicUrl, entries);
    }
    return reply.publicCache(3600).type("application/xml; charset=utf-8").send(sitemap);
  });
}

import type { FastifyInstance } from "fastify";
import { langs, negotiateLang, translator, type Lang } from "../../platform/i18n/index";
import { renderPublicPage } from "../../platform/views/layout";
import { alternatesOf, pagePath } from "../../platform/views/paths";
import { registerPublicPage } from "../../platform/views/public-page-route";
import { crisisContacts, loadHelplines } from "../services/index";
import { CrisisContactsList } from "./crisis-contacts-list";
import { loadStaticPages, type StaticPages } from "./static-pages";

function HomePage(props: { lang: Lang }) {
  const { lang } = props;
  const t = translator(lang);
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p class="lead">{t("home.lead")}</p>
      <form class="search-form" method="get" action={pagePath("search", lang)} role="search">
        <div>
          <label for="home-search">{t("home.searchLabel")}</label>
          <input
            id="home-search"
            type="search"
            name="q"
            maxLength={200}
            placeholder={t("home.searchPlaceholder")}
          />
        </div>
        <button type="submit">{t("home.searchButton")}</button>
      </form>
      <section class="box box-crisis" aria-labelledby="crisis-box">
        <h2 id="crisis-box">{t("home.crisisTitle")}</h2>
        <p>{t("home.crisisText")}</p>
        <p>
          <a href={pagePath("crisis", lang)}>{t("home.crisisLink")}</a>
        </p>
      </section>
      <section class="box box-soft" aria-labelledby="navigator-box">
        <h2 id="navigator-box">{t("home.navigatorTitle")}</h2>
        <p>{t("home.navigatorText")}</p>
        <p>
          <a class="button" href={pagePath("navigator", lang)}>
            {t("home.navigatorLink")}
          </a>
        </p>
      </section>
      <h2>{t("home.channelsTitle")}</h2>
      <ul class="cards">
        {(
          [
            ["questionnaires", "nav.questionnaires"],
            ["selfCare", "nav.selfCare"],
            ["chat", "nav.chat"],
            ["questions", "nav.questions"],
            ["topics", "nav.topics"],
          ] as const
        ).map(([page, key]) => (
          <li key={page}>
            <a href={pagePath(page, lang)}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function registerSiteRoutes(app: FastifyInstance, deps: { pages?: StaticPages } = {}): void {
  const pages = deps.pages ?? loadStaticPages();
  const helplines = loadHelplines();

  app.get("/", async (request, reply) => {
    void reply.header("vary", "accept-language");
    return reply.redirect(pagePath("home", negotiateLang(request.headers["accept-language"])), 302);
  });

  for (const lang of langs) {
    const t = translator(lang);
    registerPublicPage(app, pagePath("home", lang), (ctx) =>
      renderPublicPage(
        ctx,
        {
          lang,
          title: t("home.title"),
          description: t("home.lead"),
          alternates: alternatesOf("home"),
          canonical: pagePath("home", lang),
        },
        <HomePage lang={lang} />,
      ),
    );

    registerPublicPage(app, pagePath("crisis", lang), (ctx) =>
      renderPublicPage(
        ctx,
        {
          lang,
          title: t("crisis.title"),
          description: t("crisis.lead"),
          alternates: alternatesOf("crisis"),
          canonical: pagePath("crisis", lang),
        },
        <>
          <h1>{t("crisis.title")}</h1>
          <p class="lead">{t("crisis.lead")}</p>
          <CrisisContactsList lang={lang} contacts={crisisContacts({ lang, helplines })} />
        </>,
      ),
    );

    for (const name of ["accessibility", "privacy"] as const) {
      const content = pages[name][lang];
      registerPublicPage(app, pagePath(name, lang), (ctx) =>
        renderPublicPage(
          ctx,
          {
            lang,
            title: content.title,
            description: content.description,
            alternates: alternatesOf(name),
            canonical: pagePath(name, lang),
          },
          <>
            <h1>{content.title}</h1>
            <div class="prose" dangerouslySetInnerHTML={{ __html: content.html }} />
          </>,
        ),
      );
    }
  }
}

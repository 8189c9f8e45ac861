import type { Lang } from "../../../platform/i18n/index";
import { pagePath } from "../../../platform/views/paths";
import { articlePath, hubIds, hubPath, hubs, type HubId } from "../hubs";
import type { LibraryIndex, StoredArticle } from "../library-store";
import { type ProgramSummary, programPagePath } from "../read-program-summaries";
import { libraryTexts as tx, questionnaireTitles } from "../texts";

const locales = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const;

export function formatReviewed(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function Breadcrumbs(props: { lang: Lang; trail: { href?: string; label: string }[] }) {
  return (
    <nav class="breadcrumbs small" aria-label={tx.breadcrumb[props.lang]}>
      <ol>
        {props.trail.map((item, i) => (
          <li key={i}>
            {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function SearchBox(props: { lang: Lang; id: string }) {
  const { lang } = props;
  return (
    <form class="search-form" method="get" action={pagePath("search", lang)} role="search">
      <div>
        <label for={props.id}>{tx.searchLabel[lang]}</label>
        <input id={props.id} type="search" name="q" maxLength={200} />
      </div>
      <button type="submit">{tx.searchButton[lang]}</button>
    </form>
  );
}

export function ArticlePage(props: {
  article: StoredArticle;
  library: LibraryIndex;
  programs: readonly ProgramSummary[];
}) {
  const { article, library } = props;
  const { lang } = article;
  const hub = hubs[article.hub];
  const headed = article.sections.filter((s) => s.heading !== "");
  const related = article.related
    .map((id) => library.byId(lang, id))
    .filter((a): a is StoredArticle => a !== undefined);
  const programs = article.programs
    .map((id) => props.programs.find((p) => p.id === id && p.lang === lang))
    .filter((p): p is ProgramSummary => p !== undefined);
  return (
    <article class="article">
      <Breadcrumbs
        lang={lang}
        trail={[
          { href: pagePath("home", lang), label: tx.home[lang] },
          { href: pagePath("topics", lang), label: tx.topicsTitle[lang] },
          { href: hubPath(article.hub, lang), label: hub.title[lang] },
          { label: article.title },
        ]}
      />
      <h1>{article.title}</h1>
      <p class="lead">{article.summary}</p>
      <p class="meta">
        {tx.reviewed[lang]}: <time dateTime={article.reviewed}>{formatReviewed(article.reviewed, lang)}</time>{" "}
        · {tx.writtenBy[lang]}: {article.author}
      </p>
      {headed.length > 2 && (
        <nav class="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading" class="small">
            {tx.onThisPage[lang]}
          </h2>
          <ul>
            {headed.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.heading}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {article.sections.map((s) =>
        s.heading === "" ? (
          <div key={s.id} class="prose" dangerouslySetInnerHTML={{ __html: s.html }} />
        ) : (
          <section key={s.id} class={s.seekHelp ? "box box-crisis prose" : "prose"} aria-labelledby={s.id}>
            <h2 id={s.id}>{s.heading}</h2>
            <div dangerouslySetInnerHTML={{ __html: s.html }} />
          </section>
        ),
      )}
      <section class="box box-soft" aria-labelledby="related-heading">
        <h2 id="related-heading">{tx.related[lang]}</h2>
        {article.questionnaires.length > 0 && (
          <>
            <h3>{tx.relatedQuestionnaires[lang]}</h3>
            <ul>
              {article.questionnaires.map((slug) => (
                <li key={slug}>
                  <a href={`${pagePath("questionnaires", lang)}/${slug}`}>
                    {questionnaireTitles[slug]?.[lang] ?? slug}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        {programs.length > 0 && (
          <>
            <h3>{tx.relatedPrograms[lang]}</h3>
            <ul>
              {programs.map((p) => (
                <li key={p.id}>
                  <a href={programPagePath(p)}>{p.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{tx.relatedServices[lang]}</h3>
        <ul>
          <li>
            <a href={pagePath("services", lang)}>{tx.servicesLink[lang]}</a>
          </li>
          <li>
            <a href={pagePath("navigator", lang)}>{tx.navigatorLink[lang]}</a>
          </li>
        </ul>
        {related.length > 0 && (
          <>
            <h3>{tx.relatedArticles[lang]}</h3>
            <ul>
              {related.map((a) => (
                <li key={a.id}>
                  <a href={articlePath(a.slug, lang)}>{a.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

function ArticleList(props: { lang: Lang; articles: readonly StoredArticle[] }) {
  return (
    <ul class="article-list">
      {props.articles.map((a) => (
        <li key={a.id}>
          <a href={articlePath(a.slug, props.lang)}>{a.title}</a>
          <p class="small">{a.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function HubPage(props: { lang: Lang; hub: HubId; library: LibraryIndex }) {
  const { lang, hub } = props;
  return (
    <>
      <Breadcrumbs
        lang={lang}
        trail={[
          { href: pagePath("home", lang), label: tx.home[lang] },
          { href: pagePath("topics", lang), label: tx.topicsTitle[lang] },
          { label: hubs[hub].title[lang] },
        ]}
      />
      <h1>{hubs[hub].title[lang]}</h1>
      <p class="lead">{hubs[hub].intro[lang]}</p>
      <h2>{tx.articlesInHub[lang]}</h2>
      <ArticleList lang={lang} articles={props.library.inHub(lang, hub)} />
      <h2>{tx.otherTopics[lang]}</h2>
      <TopicList lang={lang} except={hub} />
    </>
  );
}

/** The four hubs as a list of links; the home page may show it as "Browse by topic". */
export function TopicList(props: { lang: Lang; except?: HubId; counts?: (hub: HubId) => number }) {
  const { lang } = props;
  return (
    <ul class="cards">
      {hubIds
        .filter((h) => h !== props.except)
        .map((h) => (
          <li key={h}>
            <h3>
              <a href={hubPath(h, lang)}>{hubs[h].title[lang]}</a>
            </h3>
            <p class="small">{hubs[h].intro[lang]}</p>
            {props.counts && (
              <p class="meta">
                {props.counts(h)} {tx.articleCount[lang]}
              </p>
            )}
          </li>
        ))}
    </ul>
  );
}

export function TopicsPage(props: { lang: Lang; library: LibraryIndex }) {
  const { lang, library } = props;
  return (
    <>
      <h1>{tx.topicsTitle[lang]}</h1>
      <p class="lead">{tx.topicsLead[lang]}</p>
      <SearchBox lang={lang} id="topics-search" />
      <TopicList lang={lang} counts={(h) => library.inHub(lang, h).length} />
    </>
  );
}

export function ArticleIndexPage(props: { lang: Lang; library: LibraryIndex }) {
  const { lang, library } = props;
  return (
    <>
      <h1>{tx.articlesInHub[lang]}</h1>
      <p class="lead">{tx.topicsLead[lang]}</p>
      {hubIds.map((h) => (
        <section key={h} aria-labelledby={`hub-${h}`}>
          <h2 id={`hub-${h}`}>
            <a href={hubPath(h, lang)}>{hubs[h].title[lang]}</a>
          </h2>
          <ArticleList lang={lang} articles={library.inHub(lang, h)} />
        </section>
      ))}
    </>
  );
}

export function LibraryNotFound(props: { lang: Lang }) {
  const { lang } = props;
  return (
    <>
      <h1>{tx.notFoundTitle[lang]}</h1>
      <p class="lead">{tx.notFoundText[lang]}</p>
      <SearchBox lang={lang} id="not-found-search" />
      <h2>{tx.browseByTopic[lang]}</h2>
      <TopicList lang={lang} />
    </>
  );
}

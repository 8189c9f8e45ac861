import type { Lang } from "../../../platform/i18n/index";
import { pagePath } from "../../../platform/views/paths";
import type { SearchHit, SearchResultType } from "../search-site";
import { searchTexts as tx } from "../texts";

const typeOrder: SearchResultType[] = ["article", "program", "questionnaire", "service"];

function typeLabel(type: SearchResultType, lang: Lang): string {
  return tx.types[lang].split("|")[typeOrder.indexOf(type)] ?? type;
}

export function SearchForm(props: { lang: Lang; q: string }) {
  const { lang } = props;
  return (
    <form class="search-form" method="get" action={pagePath("search", lang)} role="search">
      <div>
        <label for="search-q">{tx.label[lang]}</label>
        <p id="search-hint" class="small">
          {tx.hint[lang]}
        </p>
        <input
          id="search-q"
          type="search"
          name="q"
          value={props.q}
          maxLength={200}
          aria-describedby="search-hint"
        />
      </div>
      <button type="submit">{tx.button[lang]}</button>
    </form>
  );
}

export function NoResults(props: { lang: Lang }) {
  const { lang } = props;
  return (
    <section class="box box-soft" aria-labelledby="no-results">
      <h2 id="no-results">{tx.noResultsTitle[lang]}</h2>
      <p>{tx.noResultsText[lang]}</p>
      <ul>
        <li>
          <a href={pagePath("chatbot", lang)}>{tx.chatbot[lang]}</a>
        </li>
        <li>
          <a href={pagePath("navigator", lang)}>{tx.navigator[lang]}</a>
        </li>
        <li>
          <a href={pagePath("crisis", lang)}>{tx.crisis[lang]}</a>
        </li>
      </ul>
    </section>
  );
}

export function SearchPage(props: { lang: Lang; q: string; hits: SearchHit[] | undefined }) {
  const { lang, q, hits } = props;
  return (
    <>
      <h1>{tx.title[lang]}</h1>
      <p class="lead">{tx.lead[lang]}</p>
      <SearchForm lang={lang} q={q} />
      {hits !== undefined && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {tx.resultsFor[lang]} “{q}”: {hits.length} {tx.resultCount[lang]}
          </h2>
          {hits.length === 0 ? (
            <NoResults lang={lang} />
          ) : (
            <ol class="search-results">
              {hits.map((h) => (
                <li key={h.url}>
                  <p class="meta">{typeLabel(h.type, lang)}</p>
                  <h3>
                    <a href={h.url}>{h.title}</a>
                  </h3>
                  <p dangerouslySetInnerHTML={{ __html: h.snippetHtml }} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}

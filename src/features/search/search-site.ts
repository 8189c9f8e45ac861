import type { Database } from "../../platform/db/index";
import type { Lang } from "../../platform/i18n/index";
import { ftsConfig, normaliseQuery, queryTokens, searchPrefix } from "./search-query";

export type SearchResultType = "article" | "program" | "questionnaire" | "service";

export interface SearchHit {
  type: SearchResultType;
  title: string;
  url: string;
  /** Plain text. */
  snippet: string;
  /** Safe HTML: the snippet escaped, with matches in `<mark>`. */
  snippetHtml: string;
}

// Private-use characters as highlight markers: they never occur in the text (the query strips them),
// so the snippet can be HTML-escaped first and the markers turned into <mark> after.
const START = "\uE000";
const STOP = "\uE001";

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function highlightToHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(START, "<mark>").replaceAll(STOP, "</mark>");
}

interface TokenInfo {
  token: string;
  stop: boolean;
  synonyms: string[] | null;
  corrected: string | null;
}

/**
 * Site search on PostgreSQL: each query word matches its stemmed form, the prefix its inflected
 * forms share, its synonyms, and (when the word is not in our texts) the closest word by trigram
 * similarity. Words are combined with AND; if nothing matches, with OR.
 */
export async function searchSite(options: {
  database: Database;
  q: string;
  lang: Lang;
  limit: number;
}): Promise<SearchHit[]> {
  const { sql } = options.database;
  const { lang } = options;
  const cfg = ftsConfig[lang];
  const tokens = queryTokens(options.q);
  if (tokens.length === 0) return [];
  // Synonyms match inflected forms too: "pikavippejä" finds the entry for "pikavippi".
  const prefixes = tokens.map((t) => (searchPrefix(t, lang) ?? t).replace(/[%_\\]/g, ""));

  const infos = await sql<TokenInfo[]>`
    select t.token,
      numnode(plainto_tsquery(${cfg}::regconfig, t.token)) = 0 as stop,
      (select array_agg(distinct expansion) from search_synonyms s where s.lang = ${lang}
        and (s.term = t.token or (length(t.prefix) >= 5 and s.term like t.prefix || '%'))) as synonyms,
      case when length(t.token) >= 4 and not exists (
        select 1 from search_terms x where x.lang = ${lang} and x.term = t.token)
      then (select term from search_terms x where x.lang = ${lang} and x.term % t.token
            order by similarity(x.term, t.token) desc, x.term limit 1)
      end as corrected
    from unnest(${tokens}::text[], ${prefixes}::text[]) as t(token, prefix)`;

  const words = infos.filter((i) => !i.stop || (i.synonyms?.length ?? 0) > 0);
  if (words.length === 0) return [];
  const alternatives = words.map((i) => {
    const alts = new Set([i.token, ...(i.corrected ? [i.corrected] : [])]);
    const parts = [...alts].flatMap((w) => {
      const prefix = searchPrefix(w, lang);
      return [
        sql`plainto_tsquery(${cfg}::regconfig, ${w})`,
        ...(prefix ? [sql`to_tsquery('simple', ${`${prefix}:*`})`] : []),
      ];
    });
    for (const s of i.synonyms ?? []) parts.push(sql`plainto_tsquery(${cfg}::regconfig, ${s})`);
    return parts.reduce((acc, part) => sql`(${acc} || ${part})`);
  });
  const run = (joiner: "and" | "or") => {
    const query = alternatives.reduce((acc, part) =>
      joiner === "and" ? sql`(${acc} && ${part})` : sql`(${acc} || ${part})`,
    );
    return sql<{ type: SearchResultType; title: string; url: string; headline: string }[]>`
      with q as (select ${query} as query),
      ranked as (
        select d.key, d.lang, d.type, d.title, d.url, d.summary, d.body,
          ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.document, q.query, 1) * d.boost
            + 0.5 * word_similarity(${normaliseQuery(options.q).slice(0, 200)}, d.title) as rank
        from search_documents d, q
        where d.lang = ${lang} and d.document @@ q.query
        order by rank desc, d.title
        limit ${options.limit}
      )
      select r.type, r.title, r.url,
        ts_headline(${cfg}::regconfig, r.summary || ' ' || left(r.body, 2000), q.query,
          ${`StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as headline
      from ranked r, q
      order by r.rank desc, r.title`;
  };
  let rows = await run("and");
  if (rows.length === 0 && alternatives.length > 1) rows = await run("or");
  return rows.map((r) => ({
    type: r.type,
    title: r.title,
    url: r.url,
    snippet: r.headline.replaceAll(START, "").replaceAll(STOP, "").replace(/\s+/g, " ").trim(),
    snippetHtml: highlightToHtml(r.headline.replace(/\s+/g, " ").trim()),
  }));
}

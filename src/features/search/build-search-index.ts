import { createHash } from "node:crypto";
import type { Database } from "../../platform/db/index";
import { langs, type Lang } from "../../platform/i18n/index";
import { pagePath } from "../../platform/views/paths";
import {
  articlePath,
  contentArticles,
  contentDir,
  loadLibrary,
  programPagePath,
  questionnaireSummaries,
  questionnaireTitles,
  readProgramSummaries,
} from "../library/index";
import { countyPagePath, loadDemoServices, municipalityPagePath } from "../services/index";
import { ftsConfig } from "./search-query";
import { synonyms } from "./synonyms";

const SEARCH_VERSION = "search-1";
const META_KEY = "search.indexHash";
const LOCK_ID = 727302;

export interface SearchDocument {
  key: string;
  lang: Lang;
  type: "article" | "program" | "questionnaire" | "service";
  title: string;
  url: string;
  summary: string;
  body: string;
  keywords: string;
  boost: number;
}

/** Every searchable thing in every language, from the content files and reference data. */
export function collectSearchDocuments(): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const a of contentArticles()) {
    docs.push({
      key: `article:${a.id}`,
      lang: a.lang,
      type: "article",
      title: a.title,
      url: articlePath(a.slug, a.lang),
      summary: a.summary,
      body: `${a.description} ${a.plainText}`,
      keywords: a.keywords.join(" "),
      boost: 1,
    });
  }
  for (const p of readProgramSummaries({ contentDir })) {
    docs.push({
      key: `program:${p.id}`,
      lang: p.lang,
      type: "program",
      title: p.title,
      url: programPagePath(p),
      summary: p.summary,
      body: p.summary,
      keywords: "",
      boost: 0.8,
    });
  }
  for (const [slug, title] of Object.entries(questionnaireTitles)) {
    for (const lang of langs) {
      const summary = questionnaireSummaries[slug]?.[lang] ?? "";
      docs.push({
        key: `questionnaire:${slug}`,
        lang,
        type: "questionnaire",
        title: title[lang],
        url: `${pagePath("questionnaires", lang)}/${slug}`,
        summary,
        body: summary,
        keywords: slug,
        boost: 0.8,
      });
    }
  }
  for (const s of loadDemoServices()) {
    for (const lang of langs) {
      const first = s.serves === "county" ? undefined : s.serves[0];
      docs.push({
        key: `service:${s.id}`,
        lang,
        type: "service",
        title: s.name[lang],
        url: `${first ? municipalityPagePath(first, lang) : countyPagePath(s.county, lang)}#${s.id}`,
        summary: s.description[lang],
        body: `${s.organisation[lang]} ${s.description[lang]}`,
        keywords: s.topics.join(" "),
        boost: 0.6,
      });
    }
  }
  return docs;
}

function indexHash(docs: readonly SearchDocument[]): string {
  const hash = createHash("sha256").update(SEARCH_VERSION).update(JSON.stringify(synonyms));
  for (const d of docs) hash.update(JSON.stringify(d));
  return hash.digest("hex");
}

/** The words of a text that typo correction may suggest. */
function vocabulary(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}]{3,30}/gu) ?? []).filter((w) => !/\d/.test(w));
}

/**
 * Loads the library, then (re)builds the search index when anything searchable changed: idempotent
 * and versioned by content hash, like the library itself.
 */
export async function buildSearchIndex(options: { database: Database }): Promise<{ changed: boolean }> {
  const { database } = options;
  await loadLibrary({ database });
  const docs = collectSearchDocuments();
  const version = indexHash(docs);
  const { sql } = database;
  const current = await sql<{ value: unknown }[]>`select value from app_meta where key = ${META_KEY}`;
  if (current[0]?.value === version) return { changed: false };
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_ID})`;
    await tx`delete from search_documents`;
    await tx`delete from search_terms`;
    await tx`delete from search_synonyms`;
    for (const d of docs) {
      const cfg = ftsConfig[d.lang];
      await tx`insert into search_documents (key, lang, type, title, url, summary, body, keywords, boost, document)
        values (${d.key}, ${d.lang}, ${d.type}, ${d.title}, ${d.url}, ${d.summary}, ${d.body}, ${d.keywords}, ${d.boost},
          setweight(to_tsvector(${cfg}::regconfig, ${d.title}), 'A') ||
          setweight(to_tsvector(${cfg}::regconfig, ${d.keywords}), 'A') ||
          setweight(to_tsvector(${cfg}::regconfig, ${d.summary}), 'B') ||
          setweight(to_tsvector(${cfg}::regconfig, ${d.body}), 'C'))`;
    }
    for (const lang of langs) {
      const words = new Set<string>();
      for (const d of docs.filter((x) => x.lang === lang))
        for (const w of vocabulary(`${d.title} ${d.keywords} ${d.summary} ${d.body}`)) words.add(w);
      const list = [...words];
      await tx`insert into search_terms (lang, term) select ${lang}, unnest(${list}::text[]) on conflict do nothing`;
      const pairs = Object.entries(synonyms[lang]).flatMap(([term, expansions]) =>
        expansions.map((expansion) => ({ lang, term, expansion })),
      );
      if (pairs.length > 0) await tx`insert into search_synonyms ${tx(pairs)} on conflict do nothing`;
    }
    await tx`insert into app_meta (key, value) values (${META_KEY}, ${JSON.stringify(version)}::jsonb)
      on conflict (key) do update set value = excluded.value, updated_at = now()`;
  });
  return { changed: true };
}

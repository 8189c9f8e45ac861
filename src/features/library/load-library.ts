import { createHash } from "node:crypto";
import type { Database } from "../../platform/db/index";
import { type Article, readArticles } from "./read-articles";

const META_KEY = "library.contentHash";
const LOCK_ID = 727301;

let parsed: Article[] | undefined;

/** The articles as read from `content/` (read and rendered once per process). */
export function contentArticles(): Article[] {
  parsed ??= readArticles();
  return parsed;
}

export function libraryContentHash(articles: readonly Article[]): string {
  const hash = createHash("sha256");
  for (const a of [...articles].sort((x, y) => `${x.lang}:${x.id}`.localeCompare(`${y.lang}:${y.id}`)))
    hash.update(`${a.lang}:${a.id}:${a.contentHash}\n`);
  return hash.digest("hex");
}

/**
 * Puts the articles into PostgreSQL: idempotent and versioned by content hash, so a start with
 * unchanged content writes nothing; changed articles are updated and removed ones deleted.
 * An advisory lock keeps several starting processes from writing at once.
 */
export async function loadLibrary(options: {
  database: Database;
  articles?: Article[];
}): Promise<{ changed: boolean; articles: number }> {
  const articles = options.articles ?? contentArticles();
  const version = libraryContentHash(articles);
  const { sql } = options.database;
  const current = await sql<{ value: unknown }[]>`select value from app_meta where key = ${META_KEY}`;
  if (current[0]?.value === version) return { changed: false, articles: articles.length };
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_ID})`;
    const stored = await tx<{ id: string; lang: string; content_hash: string }[]>`
      select id, lang, content_hash from library_articles`;
    const hashes = new Map(stored.map((r) => [`${r.lang}:${r.id}`, r.content_hash]));
    for (const a of articles) {
      if (hashes.get(`${a.lang}:${a.id}`) === a.contentHash) continue;
      // A slug may move from one article to another; clear it first so the unique index holds.
      await tx`delete from library_articles where lang = ${a.lang} and slug = ${a.slug} and id <> ${a.id}`;
      const json = (value: unknown): string => JSON.stringify(value);
      await tx`insert into library_articles (id, lang, slug, hub, title, description, summary, keywords,
          questionnaires, programs, related, author, reviewed, sections, plain_text, content_hash)
        values (${a.id}, ${a.lang}, ${a.slug}, ${a.hub}, ${a.title}, ${a.description}, ${a.summary},
          ${json(a.keywords)}::jsonb, ${json(a.questionnaires)}::jsonb, ${json(a.programs)}::jsonb,
          ${json(a.related)}::jsonb, ${a.author}, ${a.reviewed}::date, ${json(a.sections)}::jsonb,
          ${a.plainText}, ${a.contentHash})
        on conflict (id, lang) do update set
          slug = excluded.slug, hub = excluded.hub, title = excluded.title, description = excluded.description,
          summary = excluded.summary, keywords = excluded.keywords, questionnaires = excluded.questionnaires,
          programs = excluded.programs, related = excluded.related, author = excluded.author,
          reviewed = excluded.reviewed, sections = excluded.sections, plain_text = excluded.plain_text,
          content_hash = excluded.content_hash, updated_at = now()`;
    }
    const keep = articles.map((a) => `${a.lang}:${a.id}`);
    await tx`delete from library_articles where not (lang || ':' || id = any(${keep}))`;
    await tx`insert into app_meta (key, value) values (${META_KEY}, ${JSON.stringify(version)}::jsonb)
      on conflict (key) do update set value = excluded.value, updated_at = now()`;
  });
  return { changed: true, articles: articles.length };
}

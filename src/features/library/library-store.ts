import type { Database } from "../../platform/db/index";
import type { Lang } from "../../platform/i18n/index";
import type { HubId } from "./hubs";
import { loadLibrary } from "./load-library";
import type { ArticleSection } from "./render-article-body";

export interface StoredArticle {
  id: string;
  lang: Lang;
  slug: string;
  hub: HubId;
  title: string;
  description: string;
  summary: string;
  keywords: string[];
  questionnaires: string[];
  programs: string[];
  related: string[];
  author: string;
  reviewed: string;
  sections: ArticleSection[];
}

export interface LibraryIndex {
  bySlug: (lang: Lang, slug: string) => StoredArticle | undefined;
  byId: (lang: Lang, id: string) => StoredArticle | undefined;
  inHub: (lang: Lang, hub: HubId) => StoredArticle[];
  all: () => readonly StoredArticle[];
}

export interface LibraryStore {
  get: () => Promise<LibraryIndex>;
}

/**
 * The published articles in memory, read from PostgreSQL once per process (after making sure the
 * content is loaded), so article pages never wait for the database.
 */
export function createLibraryStore(database: Database): LibraryStore {
  let pending: Promise<LibraryIndex> | undefined;
  const build = async (): Promise<LibraryIndex> => {
    await loadLibrary({ database });
    const rows = await database.sql<StoredArticle[]>`
      select id, lang, slug, hub, title, description, summary, keywords, questionnaires, programs, related,
             author, reviewed::text as reviewed, sections
      from library_articles order by lang, title`;
    const slugs = new Map(rows.map((r) => [`${r.lang}/${r.slug}`, r]));
    const ids = new Map(rows.map((r) => [`${r.lang}/${r.id}`, r]));
    const hubs = new Map<string, StoredArticle[]>();
    for (const r of rows) {
      const key = `${r.lang}/${r.hub}`;
      hubs.set(key, [...(hubs.get(key) ?? []), r]);
    }
    return {
      bySlug: (lang, slug) => slugs.get(`${lang}/${slug}`),
      byId: (lang, id) => ids.get(`${lang}/${id}`),
      inHub: (lang, hub) => hubs.get(`${lang}/${hub}`) ?? [],
      all: () => rows,
    };
  };
  return {
    get: () => {
      pending ??= build().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
  };
}

import { customType, index, pgTable, primaryKey, real, text } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Everything the site search finds: articles, programs, questionnaires and services, one row per language. */
export const searchDocuments = pgTable(
  "search_documents",
  {
    /** `<type>:<id>`, the same in every language. */
    key: text("key").notNull(),
    lang: text("lang").notNull(),
    type: text("type").notNull(),
    title: text("title").notNull(),
    url: text("url").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    keywords: text("keywords").notNull(),
    /** Small boost for kinds people most often want (articles over services). */
    boost: real("boost").notNull().default(1),
    document: tsvector("document").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.lang] }),
    index("search_documents_document").using("gin", t.document),
    index("search_documents_title_trgm").using("gin", t.title.op("gin_trgm_ops")),
  ],
);

/** Words that occur in the searchable texts, for typo correction with pg_trgm. */
export const searchTerms = pgTable(
  "search_terms",
  {
    lang: text("lang").notNull(),
    term: text("term").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lang, t.term] }),
    index("search_terms_trgm").using("gin", t.term.op("gin_trgm_ops")),
  ],
);

/** Everyday words and slang mapped to the words the texts use ("toimari" → "toimeentulotuki"). */
export const searchSynonyms = pgTable(
  "search_synonyms",
  {
    lang: text("lang").notNull(),
    term: text("term").notNull(),
    expansion: text("expansion").notNull(),
  },
  (t) => [primaryKey({ columns: [t.lang, t.term, t.expansion] })],
);

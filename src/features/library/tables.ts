import { date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** One article in one language, rendered to sanitised HTML when the content was loaded. */
export const libraryArticles = pgTable(
  "library_articles",
  {
    id: text("id").notNull(),
    lang: text("lang").notNull(),
    slug: text("slug").notNull(),
    hub: text("hub").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    summary: text("summary").notNull(),
    keywords: jsonb("keywords").$type<string[]>().notNull(),
    questionnaires: jsonb("questionnaires").$type<string[]>().notNull(),
    programs: jsonb("programs").$type<string[]>().notNull(),
    related: jsonb("related").$type<string[]>().notNull(),
    author: text("author").notNull(),
    reviewed: date("reviewed").notNull(),
    /** Sections as sanitised HTML, in order; the "when to seek help now" one is flagged. */
    sections: jsonb("sections")
      .$type<{ id: string; heading: string; html: string; seekHelp: boolean }[]>()
      .notNull(),
    /** The body as plain text, for search. */
    plainText: text("plain_text").notNull(),
    contentHash: text("content_hash").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.lang] }),
    uniqueIndex("library_articles_lang_slug").on(t.lang, t.slug),
    index("library_articles_lang_hub").on(t.lang, t.hub),
  ],
);

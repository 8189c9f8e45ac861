import type { FieldCipher } from "../../platform/crypto/index";
import type { Sql } from "../../platform/db/index";
import type { Lang } from "../../platform/i18n/index";
import { scrubPersonalData } from "./scrub-personal-data";
import { unansweredAad } from "./tables";

export const countNames = [
  "conversations",
  "messages",
  "crisis",
  "handoffs",
  "unanswered",
  "clarifications",
  "feedbackUp",
  "feedbackDown",
] as const;
export type CountName = (typeof countNames)[number];
export type Counts = Record<CountName, number>;

const columns: Record<CountName, string> = {
  conversations: "conversations",
  messages: "messages",
  crisis: "crisis",
  handoffs: "handoffs",
  unanswered: "unanswered",
  clarifications: "clarifications",
  feedbackUp: "feedback_up",
  feedbackDown: "feedback_down",
};

const zero = (): Counts => ({
  conversations: 0,
  messages: 0,
  crisis: 0,
  handoffs: 0,
  unanswered: 0,
  clarifications: 0,
  feedbackUp: 0,
  feedbackDown: 0,
});

/**
 * Anonymous counts gathered in memory and added to the day's rows every few seconds: one upsert per
 * (lang, topic) instead of one per message keeps the API fast, and additions are safe across processes.
 */
export class ChatbotCounter {
  private pending = new Map<string, Counts>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly sql: Sql) {}

  add(lang: Lang, topic: string | null, increments: Partial<Counts>): void {
    const key = `${lang}|${topic ?? ""}`;
    let counts = this.pending.get(key);
    if (!counts) {
      counts = zero();
      this.pending.set(key, counts);
    }
    for (const name of countNames) counts[name] += increments[name] ?? 0;
  }

  start(everyMs = 5000): void {
    this.timer ??= setInterval(() => {
      void this.flush().catch(() => undefined);
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    for (const [key, counts] of batch) {
      const [lang = "", topic = ""] = key.split("|");
      const names = countNames.filter((n) => counts[n] > 0);
      if (names.length === 0) continue;
      const values = names.map((n) => counts[n]);
      const cols = names.map((n) => columns[n]);
      await this.sql.unsafe(
        `insert into chatbot_daily_counts (day, lang, topic, ${cols.join(", ")})
         values ((now() at time zone 'Europe/Helsinki')::date, $1, $2, ${cols.map((_, i) => `$${i + 3}`).join(", ")})
         on conflict (day, lang, topic) do update set ${cols.map((c) => `${c} = chatbot_daily_counts.${c} + excluded.${c}`).join(", ")}`,
        [lang, topic, ...values],
      );
    }
  }
}

/** Keeps an out-of-scope question for editors: scrubbed first, then encrypted and bound to its row. */
export async function keepUnansweredQuestion({
  sql,
  cipher,
  lang,
  text,
}: {
  sql: Sql;
  cipher: FieldCipher;
  lang: Lang;
  text: string;
}): Promise<void> {
  const id = crypto.randomUUID();
  const textEnc = cipher.encrypt(scrubPersonalData(text).slice(0, 2000), unansweredAad(id));
  await sql`insert into chatbot_unanswered (id, lang, text_enc) values (${id}, ${lang}, ${textEnc})`;
}

export interface UnansweredQuestion {
  id: string;
  createdAt: Date;
  lang: string;
  text: string;
}

export async function listUnansweredQuestions({
  sql,
  cipher,
  limit = 200,
}: {
  sql: Sql;
  cipher: FieldCipher;
  limit?: number;
}): Promise<UnansweredQuestion[]> {
  const rows = await sql<{ id: string; createdAt: Date; lang: string; textEnc: string }[]>`
    select id, created_at as "createdAt", lang, text_enc as "textEnc" from chatbot_unanswered
    where created_at > now() - interval '30 days' order by created_at desc limit ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.createdAt),
    lang: r.lang,
    text: cipher.decrypt(r.textEnc, unansweredAad(r.id)),
  }));
}

/** The retention rule: unanswered questions are deleted 30 days after they were asked. */
export async function deleteExpiredUnanswered({ sql }: { sql: Sql }): Promise<number> {
  const rows =
    await sql`delete from chatbot_unanswered where created_at < now() - interval '30 days' returning id`;
  return rows.length;
}

export interface DailyCounts extends Counts {
  day: string;
  topTopics: { topic: string; messages: number }[];
}

export async function listDailyCounts({
  sql,
  days = 30,
}: {
  sql: Sql;
  days?: number;
}): Promise<DailyCounts[]> {
  const rows = await sql<
    {
      day: string;
      topic: string;
      conversations: number;
      messages: number;
      crisis: number;
      handoffs: number;
      unanswered: number;
      clarifications: number;
      feedbackUp: number;
      feedbackDown: number;
    }[]
  >`
    select day::text as day, topic, sum(conversations)::int as conversations, sum(messages)::int as messages,
      sum(crisis)::int as crisis, sum(handoffs)::int as handoffs, sum(unanswered)::int as unanswered,
      sum(clarifications)::int as clarifications, sum(feedback_up)::int as "feedbackUp",
      sum(feedback_down)::int as "feedbackDown"
    from chatbot_daily_counts where day > current_date - ${days}::int
    group by day, topic order by day desc`;
  const byDay = new Map<string, DailyCounts>();
  for (const row of rows) {
    let day = byDay.get(row.day);
    if (!day) {
      day = { day: row.day, ...zero(), topTopics: [] };
      byDay.set(row.day, day);
    }
    for (const name of countNames) day[name] += row[name];
    if (row.topic !== "" && row.messages > 0)
      day.topTopics.push({ topic: row.topic, messages: row.messages });
  }
  for (const day of byDay.values()) day.topTopics.sort((a, b) => b.messages - a.messages).splice(3);
  return [...byDay.values()];
}

import type { Database } from "../../platform/db/index";

/** A month as `YYYY-MM`. */
export type Month = string;

export interface AnswerTimeDistribution {
  withinPromise: number;
  oneDayLate: number;
  twoPlusDaysLate: number;
  unansweredPastDue: number;
  /** Live threads still waiting whose promised time has not passed: not yet judged. */
  waitingNotDue: number;
}

export interface QuestionReport {
  orgId: string;
  from: Month;
  to: Month;
  answerTime: AnswerTimeDistribution;
  /** Per issuing unit: vouchers printed in the period and questions asked with them in the period. */
  vouchers: { unitId: string; unit: string; issued: number; redeemed: number }[];
  /** Questions per month and topic (`null`: the person was not sure). */
  topics: { month: Month; topic: string | null; questions: number }[];
}

const firstDay = (month: Month): string => `${month}-01`;

/** The first day of the month after `month`. */
function dayAfter(month: Month): string {
  const [year = 0, m = 1] = month.split("-").map(Number);
  return m === 12 ? `${String(year + 1)}-01-01` : `${String(year)}-${String(m + 1).padStart(2, "0")}-01`;
}

/**
 * The written-questions numbers for one organisation and a range of whole months (Helsinki time, by the
 * month a question was asked): the anonymous counts kept after retention plus the threads still kept. A
 * thread is counted in exactly one of them, since retention moves it into the counts as it deletes it.
 * No message text is read.
 */
export async function questionReport(options: {
  database: Database;
  orgId: string;
  from: Month;
  to: Month;
  now?: Date;
}): Promise<QuestionReport> {
  const { sql } = options.database;
  const now = (options.now ?? new Date()).toISOString();
  const from = firstDay(options.from);
  const end = dayAfter(options.to);
  const asked = () => sql`(t.created_at at time zone 'Europe/Helsinki')::date >= ${from}::date
    and (t.created_at at time zone 'Europe/Helsinki')::date < ${end}::date`;

  const [[answerTime], vouchers, topics] = await Promise.all([
    sql<
      {
        within_promise: number;
        one_day_late: number;
        two_plus_days_late: number;
        unanswered_past_due: number;
        waiting_not_due: number;
      }[]
    >`
      with live as (
        select
          count(*) filter (where t.first_answer_late_days = 0
            or (t.first_answer_late_days is null and t.first_answered_at <= t.answer_due)) as within_promise,
          count(*) filter (where t.first_answer_late_days = 1) as one_day_late,
          count(*) filter (where t.first_answer_late_days >= 2) as two_plus_days_late,
          count(*) filter (where t.first_answered_at is null and t.answer_due < ${now}::timestamptz) as unanswered_past_due,
          count(*) filter (where t.first_answered_at is null and t.answer_due >= ${now}::timestamptz) as waiting_not_due
        from question_threads t where t.org_id = ${options.orgId} and ${asked()}
      ),
      kept as (
        select coalesce(sum(answered_within_promise), 0) as within_promise,
          coalesce(sum(answered_one_day_late), 0) as one_day_late,
          coalesce(sum(answered_two_plus_days_late), 0) as two_plus_days_late,
          coalesce(sum(unanswered), 0) as unanswered_past_due
        from question_counts
        where org_id = ${options.orgId} and month >= ${from}::date and month < ${end}::date
      )
      select (live.within_promise + kept.within_promise)::int as within_promise,
        (live.one_day_late + kept.one_day_late)::int as one_day_late,
        (live.two_plus_days_late + kept.two_plus_days_late)::int as two_plus_days_late,
        (live.unanswered_past_due + kept.unanswered_past_due)::int as unanswered_past_due,
        live.waiting_not_due::int as waiting_not_due
      from live, kept`,
    sql<{ unit_id: string; unit: string; issued: number; redeemed: number }[]>`
      select u.id as unit_id, u.name as unit,
        coalesce((select sum(b.count) from question_voucher_batches b
          where b.unit_id = u.id and (b.created_at at time zone 'Europe/Helsinki')::date >= ${from}::date
            and (b.created_at at time zone 'Europe/Helsinki')::date < ${end}::date), 0)::int as issued,
        (coalesce((select count(*) from question_threads t where t.unit_id = u.id and ${asked()}), 0)
          + coalesce((select sum(c.questions) from question_counts c
              where c.org_id = u.org_id and c.unit_key = u.id::text
                and c.month >= ${from}::date and c.month < ${end}::date), 0))::int as redeemed
      from question_voucher_units u where u.org_id = ${options.orgId}
      order by u.name`,
    sql<{ month: string; topic: string | null; questions: number }[]>`
      select month, topic, sum(questions)::int as questions from (
        select to_char(month, 'YYYY-MM') as month, nullif(topic, '') as topic, questions
        from question_counts
        where org_id = ${options.orgId} and month >= ${from}::date and month < ${end}::date
        union all
        select to_char(t.created_at at time zone 'Europe/Helsinki', 'YYYY-MM'), t.topic, 1
        from question_threads t where t.org_id = ${options.orgId} and ${asked()}
      ) q
      group by month, topic
      order by month, topic nulls last`,
  ]);
  return {
    orgId: options.orgId,
    from: options.from,
    to: options.to,
    answerTime: {
      withinPromise: answerTime?.within_promise ?? 0,
      oneDayLate: answerTime?.one_day_late ?? 0,
      twoPlusDaysLate: answerTime?.two_plus_days_late ?? 0,
      unansweredPastDue: answerTime?.unanswered_past_due ?? 0,
      waitingNotDue: answerTime?.waiting_not_due ?? 0,
    },
    vouchers: vouchers.map((v) => ({
      unitId: v.unit_id,
      unit: v.unit,
      issued: v.issued,
      redeemed: v.redeemed,
    })),
    topics: [...topics],
  };
}

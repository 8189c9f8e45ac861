import type { Database } from "../../platform/db/index";

/**
 * Retention: a closed thread goes `retention_days` (per service, default 30) after it was closed, an answered
 * one that many days after its last message. A thread still waiting for an answer is never deleted: the
 * person was promised one, and deleting it would silently drop the question. Before a thread goes, what
 * reports need is added to anonymous monthly counts; counting and deleting are one statement, so a crash
 * cannot count a thread twice or lose it uncounted.
 */
export async function deleteExpiredThreads(options: { database: Database; now?: Date }): Promise<number> {
  const { sql } = options.database;
  const now = (options.now ?? new Date()).toISOString();
  const deleted = await sql<{ id: string }[]>`
    with expired as (
      select t.* from question_threads t join question_services s on s.id = t.service_id
      where (t.status = 'closed'
          and coalesce(t.closed_at, t.last_message_at) + s.retention_days * interval '1 day' < ${now}::timestamptz)
        or (t.status = 'answered' and t.last_message_at + s.retention_days * interval '1 day' < ${now}::timestamptz)
      for update of t skip locked
    ),
    counted as (
      insert into question_counts as c (org_id, service_id, topic, unit_key, month, questions, follow_ups, answered,
        answered_within_promise, answered_one_day_late, answered_two_plus_days_late, unanswered,
        first_answer_hours_sum, crisis, helped, not_helped)
      select org_id, service_id, coalesce(topic, ''), coalesce(unit_id::text, ''),
        date_trunc('month', created_at at time zone 'Europe/Helsinki')::date,
        count(*)::int, sum(follow_ups)::int, count(first_answered_at)::int,
        -- Threads answered before first_answer_late_days existed fall back to the due time.
        (count(*) filter (where first_answer_late_days = 0
          or (first_answer_late_days is null and first_answered_at <= answer_due)))::int,
        (count(*) filter (where first_answer_late_days = 1))::int,
        (count(*) filter (where first_answer_late_days >= 2))::int,
        (count(*) filter (where first_answered_at is null))::int,
        coalesce(round(sum(extract(epoch from first_answered_at - created_at) / 3600)), 0)::int,
        (count(*) filter (where crisis))::int,
        (count(*) filter (where feedback = 'helped'))::int,
        (count(*) filter (where feedback = 'not-helped'))::int
      from expired group by 1, 2, 3, 4, 5
      on conflict (org_id, service_id, topic, unit_key, month) do update set
        questions = c.questions + excluded.questions,
        follow_ups = c.follow_ups + excluded.follow_ups,
        answered = c.answered + excluded.answered,
        answered_within_promise = c.answered_within_promise + excluded.answered_within_promise,
        answered_one_day_late = c.answered_one_day_late + excluded.answered_one_day_late,
        answered_two_plus_days_late = c.answered_two_plus_days_late + excluded.answered_two_plus_days_late,
        unanswered = c.unanswered + excluded.unanswered,
        first_answer_hours_sum = c.first_answer_hours_sum + excluded.first_answer_hours_sum,
        crisis = c.crisis + excluded.crisis,
        helped = c.helped + excluded.helped,
        not_helped = c.not_helped + excluded.not_helped
      returning 1
    )
    delete from question_threads where id in (select id from expired) returning id`;
  return deleted.length;
}

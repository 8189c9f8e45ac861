import type { Sql } from "../db/database";

export interface Job {
  name: string;
  everyMinutes: number;
  run: () => Promise<void>;
}

interface Logger {
  info: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

function lockKey(name: string): number {
  let h = 0;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/**
 * Runs each job when it is due. With several processes on one database, a session advisory lock and
 * the `job_runs` row make sure one process runs a job once per period.
 */
export async function runDueJobs(options: {
  sql: Sql;
  jobs: readonly Job[];
  log: Logger;
  now?: Date;
}): Promise<string[]> {
  const ran: string[] = [];
  for (const job of options.jobs) {
    const conn = await options.sql.reserve();
    try {
      const [lock] = await conn<
        { ok: boolean }[]
      >`select pg_try_advisory_lock(727276, ${lockKey(job.name)}) as ok`;
      if (!lock?.ok) continue;
      try {
        const [row] = await conn<{ due: boolean }[]>`
          insert into job_runs (name) values (${job.name}) on conflict (name) do update set name = excluded.name
          returning coalesce(last_started_at < ${(options.now ?? new Date()).toISOString()}::timestamptz - make_interval(mins => ${job.everyMinutes}), true) as due`;
        if (!row?.due) continue;
        await conn`update job_runs set last_started_at = now() where name = ${job.name}`;
        let status = "ok";
        try {
          await job.run();
        } catch (error) {
          status = "failed";
          options.log.error({ err: error, job: job.name }, "job failed");
        }
        await conn`update job_runs set last_finished_at = now(), last_status = ${status} where name = ${job.name}`;
        ran.push(job.name);
      } finally {
        await conn`select pg_advisory_unlock(727276, ${lockKey(job.name)})`;
      }
    } finally {
      conn.release();
    }
  }
  return ran;
}

export function startScheduler(options: {
  sql: Sql;
  jobs: readonly Job[];
  log: Logger;
  intervalMs?: number;
}): () => void {
  const tick = (): void => {
    runDueJobs(options).catch((error: unknown) => {
      options.log.error({ err: error }, "scheduler tick failed");
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  setTimeout(tick, 5_000).unref();
  return () => {
    clearInterval(timer);
  };
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "../../src/platform/db/index";
import { runDueJobs, type Job } from "../../src/platform/jobs/index";
import { createEventBus } from "../../src/platform/realtime/index";
import { createTestDatabase } from "../support/test-app";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const quietLog = { info: () => undefined, error: () => undefined };

describe("scheduled jobs", () => {
  it("run once per period even when two processes tick at the same time", async () => {
    let runs = 0;
    const job: Job = {
      name: "count-runs",
      everyMinutes: 60,
      run: async () => {
        runs++;
        await new Promise((r) => setTimeout(r, 100));
      },
    };
    const other = connectDatabase({ url: db.url, max: 2 });
    try {
      await Promise.all([
        runDueJobs({ sql: db.database.sql, jobs: [job], log: quietLog }),
        runDueJobs({ sql: other.sql, jobs: [job], log: quietLog }),
      ]);
      await runDueJobs({ sql: db.database.sql, jobs: [job], log: quietLog });
      expect(runs).toBe(1);
      const later = new Date(Date.now() + 61 * 60_000);
      await runDueJobs({ sql: other.sql, jobs: [job], log: quietLog, now: later });
      expect(runs).toBe(2);
    } finally {
      await other.close();
    }
  });

  it("records a failing job without stopping the others", async () => {
    const ran: string[] = [];
    const jobs: Job[] = [
      { name: "fails", everyMinutes: 1, run: () => Promise.reject(new Error("boom")) },
      {
        name: "works",
        everyMinutes: 1,
        run: () => {
          ran.push("works");
          return Promise.resolve();
        },
      },
    ];
    await runDueJobs({ sql: db.database.sql, jobs, log: quietLog });
    expect(ran).toEqual(["works"]);
    const [row] = await db.database.sql<
      { s: string }[]
    >`select last_status as s from job_runs where name = 'fails'`;
    expect(row?.s).toBe("failed");
  });
});

describe("event bus over LISTEN/NOTIFY", () => {
  it("delivers an id from one connection pool to another", async () => {
    const other = connectDatabase({ url: db.url, max: 2 });
    try {
      let deliver: (payload: string) => void = () => undefined;
      const received = new Promise<string>((resolve) => (deliver = resolve));
      // LISTEN is in place once subscribe resolves; only then may the other side publish.
      await createEventBus(other.sql).subscribe("chat_events", (payload) => {
        deliver(payload);
      });
      await createEventBus(db.database.sql).publish("chat_events", "session:42");
      expect(await received).toBe("session:42");
      await expect(createEventBus(db.database.sql).publish("chat_events", "x".repeat(300))).rejects.toThrow(
        /ids only/,
      );
    } finally {
      await other.close();
    }
  });
});

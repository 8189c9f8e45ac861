import { lt, or } from "drizzle-orm";
import { staffSessions } from "./platform/auth/index";
import type { Database } from "./platform/db/index";
import type { Job } from "./platform/jobs/index";
import { sweepChats } from "./features/chat/index";
import { deleteExpiredUnanswered } from "./features/chatbot/index";
import { deleteExpiredThreads } from "./features/questions/index";
import { deleteExpiredQuestionnaireShares } from "./features/questionnaires/index";
import { deleteExpiredProgramData } from "./features/programs/index";

/** Every scheduled job; a feature with retention rules adds its jobs here, one line each. */
export function scheduledJobs(deps: { database: Database }): Job[] {
  const { db } = deps.database;
  return [
    { name: "chat-sweep-and-retention", everyMinutes: 1, run: () => sweepChats({ database: deps.database }) },
    {
      name: "chatbot-unanswered-retention",
      everyMinutes: 60,
      run: () => deleteExpiredUnanswered({ sql: deps.database.sql }).then(() => undefined),
    },
    {
      name: "expired-staff-sessions",
      everyMinutes: 60,
      run: async () => {
        const dayAgo = new Date(Date.now() - 24 * 3_600_000);
        await db
          .delete(staffSessions)
          .where(or(lt(staffSessions.absoluteExpiresAt, new Date()), lt(staffSessions.lastSeenAt, dayAgo)));
      },
    },
    {
      name: "expired-questionnaire-shares",
      everyMinutes: 60,
      run: async () => {
        await deleteExpiredQuestionnaireShares({ database: deps.database });
      },
    },
    {
      name: "question-threads-retention",
      everyMinutes: 60,
      run: () => deleteExpiredThreads({ database: deps.database }).then(() => undefined),
    },
    {
      name: "programs-retention",
      everyMinutes: 60,
      run: () => deleteExpiredProgramData({ database: deps.database }).then(() => undefined),
    },
  ];
}

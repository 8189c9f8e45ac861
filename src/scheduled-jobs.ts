import { lt, or } from "drizzle-orm";
import { staffSessions } from "./platform/auth/index";
import type { Database } from "./platform/db/index";
import type { Job } from "./platform/jobs/index";

/** Every scheduled job; a feature with retention rules adds its jobs here, one line each. */
export function scheduledJobs(deps: { database: Database }): Job[] {
  const { db } = deps.database;
  return [
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
  ];
}

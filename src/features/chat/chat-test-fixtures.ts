// Test helper (not used by the app): a worker who has said they take chats, as the workspace form would set.
import type { Database } from "../../platform/db/index";

export async function markAvailable(options: {
  database: Database;
  userId: string;
  available?: boolean;
  maxConcurrent?: number;
}): Promise<void> {
  await options.database.sql`insert into chat_worker_status (user_id, org_id, available, max_concurrent)
    select id, org_id, ${options.available ?? true}, ${options.maxConcurrent ?? 3} from staff_users
    where id = ${options.userId}
    on conflict (user_id) do update set available = excluded.available, max_concurrent = excluded.max_concurrent`;
}

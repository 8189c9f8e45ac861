import type { StaffAuth, StaffGuard } from "./auth/index";
import type { Config } from "./config/index";
import type { FieldCipher } from "./crypto/index";
import type { Database } from "./db/index";
import type { Metrics } from "./metrics/index";
import type { EventBus } from "./realtime/index";

/** What every feature's routes may use; passed explicitly, never looked up. */
export interface Platform {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  auth: StaffAuth;
  guard: StaffGuard;
  events: EventBus;
  metrics: Metrics;
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventBus } from "../../platform/realtime/index";
import { createTestDatabase, testCipher } from "../../../test/support/test-app";
import { createChatAvailability } from "./chat-availability";
import { ensureDemoChatService } from "./service";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe("chat availability for other channels", () => {
  it("is unknown without a chat service, and open once the 24/7 demo service exists", async () => {
    const deps = { database: db.database, cipher: testCipher(), events: createEventBus(db.database.sql) };
    const availability = createChatAvailability(deps);
    try {
      await availability.refresh();
      expect(availability.isOpen()).toBeNull();
      await ensureDemoChatService({ database: db.database });
      await availability.refresh();
      expect(availability.isOpen()).toBe(true);
    } finally {
      availability.stop();
    }
  });
});

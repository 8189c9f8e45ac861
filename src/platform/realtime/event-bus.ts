import type { Sql } from "../db/database";

export type EventHandler = (payload: string) => void;

export interface EventBus {
  publish: (channel: string, payload: string) => Promise<void>;
  subscribe: (channel: string, handler: EventHandler) => Promise<() => Promise<void>>;
}

const channelPattern = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Events between processes over PostgreSQL LISTEN/NOTIFY. Payloads carry ids only, never message text:
 * NOTIFY payloads are not encrypted and may show up in server logs.
 */
export function createEventBus(sql: Sql): EventBus {
  return {
    async publish(channel, payload) {
      if (!channelPattern.test(channel)) throw new Error(`bad channel ${channel}`);
      if (payload.length > 200) throw new Error("event payloads carry ids only");
      await sql.notify(channel, payload);
    },
    async subscribe(channel, handler) {
      if (!channelPattern.test(channel)) throw new Error(`bad channel ${channel}`);
      const listener = await sql.listen(channel, handler);
      return () => listener.unlisten();
    },
  };
}

import { z } from "zod";

/** The longest message text a client or worker may send, in characters. */
export const MAX_TEXT = 4000;
/** Frames bigger than this are refused with an error frame (the socket itself refuses over 64 KiB). */
export const MAX_FRAME_BYTES = 16 * 1024;

const clientMsgId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const text = z.string().trim().min(1).max(MAX_TEXT);

export const authFrame = z.object({ type: z.literal("auth"), token: z.string().min(20).max(200) });

export const clientFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), text: z.string(), clientMsgId }),
  z.object({ type: z.literal("typing") }),
  z.object({ type: z.literal("end") }),
]);
export type ClientFrame = z.infer<typeof clientFrame>;

export const workerFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), sessionId: z.uuid(), text: z.string(), clientMsgId }),
  z.object({ type: z.literal("typing"), sessionId: z.uuid() }),
  z.object({ type: z.literal("accept"), sessionId: z.uuid() }),
]);
export type WorkerFrame = z.infer<typeof workerFrame>;

export const messageText = text;

/** Parses a raw frame: JSON, then the schema. */
export function parseFrame<T>(raw: string, schema: z.ZodType<T>): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

import { z } from "zod";
import { langSchema } from "../../platform/i18n/index";

/** Texts are checked for length separately so that the message can say what was wrong. */
export const askApiBody = z.object({
  serviceId: z.string().max(100),
  lang: langSchema,
  text: z.string(),
  voucher: z.string().max(100).optional(),
  /** One of the service's topics; absent when the person is not sure. */
  topic: z.string().max(100).optional(),
  /** For one "your answer is ready" notice; checked with `notifyEmailSchema`. */
  notifyEmail: z.string().max(320).optional(),
});

/** An address for the notice: kept only until the notice is sent. */
export const notifyEmailSchema = z.email().max(254);

/** "" means none given; otherwise the trimmed address, or undefined when it is not an address. */
export function parseNotifyEmail(raw: string | undefined): { ok: true; email?: string } | { ok: false } {
  const trimmed = (raw ?? "").trim();
  if (trimmed === "") return { ok: true };
  const parsed = notifyEmailSchema.safeParse(trimmed);
  return parsed.success ? { ok: true, email: parsed.data } : { ok: false };
}

export const retrieveApiBody = z.object({ retrievalCode: z.string().min(1).max(100) });

export const followUpApiBody = z.object({ retrievalCode: z.string().min(1).max(100), text: z.string() });

export const feedbackApiBody = z.object({ retrievalCode: z.string().min(1).max(100), helped: z.boolean() });

export const askForm = z.object({
  serviceId: z.string().max(100).optional(),
  text: z.string().optional(),
  voucher: z.string().max(100).optional(),
  topic: z.string().max(100).optional(),
  notifyEmail: z.string().max(320).optional(),
  confirmed: z.literal("yes").optional(),
});

export const threadForm = z.object({
  action: z.enum(["read", "follow-up", "close", "feedback"]).default("read"),
  retrievalCode: z.string().max(100).default(""),
  text: z.string().optional(),
  helped: z.enum(["yes", "no"]).optional(),
});

export const staffTextForm = z.object({
  _csrf: z.string().optional(),
  text: z.string().trim().min(1).max(10_000),
});

export const transferForm = z.object({
  _csrf: z.string().optional(),
  serviceId: z.string().max(100),
  note: z.string().trim().max(2000).default(""),
});

export const templateForm = z.object({
  _csrf: z.string().optional(),
  lang: langSchema,
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
});

export const voucherBatchForm = z.object({
  _csrf: z.string().optional(),
  orgId: z.uuid(),
  unitName: z.string().trim().min(2).max(200),
  count: z.coerce.number().int().min(1).max(200),
  questionsPerVoucher: z.coerce.number().int().min(1).max(20),
  expires: z.iso.date(),
  lang: langSchema.default("fi"),
});

export type TextProblem = "empty" | "too-long" | undefined;

export function checkQuestionText(text: string | undefined, max: number): TextProblem {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return "empty";
  if (trimmed.length > max) return "too-long";
  return undefined;
}

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

/** Longest value each ask-form field may have; the question's own limit is checked with its own message. */
const askFieldMax = { serviceId: 100, text: 100_000, voucher: 100, topic: 100, notifyEmail: 320 } as const;
export type AskField = keyof typeof askFieldMax;

export interface AskFormValues {
  serviceId?: string;
  text?: string;
  voucher?: string;
  topic?: string;
  notifyEmail?: string;
  confirmed?: "yes";
}

/**
 * Reads the ask form field by field: a field that is not text or is too long is named in `invalid` (and kept
 * cut to its length, so the person sees it), while the other fields, above all the question, are kept as typed.
 */
export function readAskForm(body: unknown): { values: AskFormValues; invalid: AskField[] } {
  const raw =
    body !== null && typeof body === "object" && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const values: AskFormValues = {};
  const invalid: AskField[] = [];
  for (const field of Object.keys(askFieldMax) as AskField[]) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value !== "string") {
      invalid.push(field);
      continue;
    }
    if (value.length > askFieldMax[field]) invalid.push(field);
    values[field] = value.slice(0, askFieldMax[field]);
  }
  if (raw.confirmed === "yes") values.confirmed = "yes";
  return { values, invalid };
}

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

export const TRANSFER_NOTE_MAX = 2000;

/**
 * Where a thread goes is one choice, `serviceId` or `serviceId/profession`, so a list without JavaScript
 * cannot pair a service with another service's profession.
 */
export const transferForm = z.object({
  _csrf: z.string().optional(),
  target: z
    .string()
    .max(200)
    .transform((value) => {
      const [serviceId = "", profession = ""] = value.split("/", 2);
      return { serviceId, profession: profession === "" ? undefined : profession };
    }),
  note: z.string().trim().max(TRANSFER_NOTE_MAX).default(""),
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

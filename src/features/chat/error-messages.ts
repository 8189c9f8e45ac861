import type { Lang } from "../../platform/i18n/index";
import type { ChatError } from "./service";
import { chatText, type ChatTextKey } from "./texts";

/** Every refusal the chat gives, on any path (JSON, error frame, page), worded in the person's language. */
const errorKeys: Record<
  ChatError["code"] | "bad-frame" | "too-long" | "too-large" | "origin" | "unauthorized",
  ChatTextKey
> = {
  "bad-token": "errorBadToken",
  expired: "errorBadToken",
  ended: "errorSessionEnded",
  "not-found": "errorNotFound",
  taken: "errorTaken",
  full: "errorFull",
  "queue-empty": "errorQueueEmpty",
  closed: "errorClosed",
  "no-service": "errorNoService",
  "bad-request": "errorBadRequest",
  "unsupported-lang": "errorUnsupportedLang",
  unavailable: "errorUnavailable",
  "target-unavailable": "errorTargetUnavailable",
  "target-full": "errorTargetFull",
  "bad-frame": "errorBadFrame",
  "too-long": "errorTooLong",
  "too-large": "errorTooLong",
  "rate-limited": "errorRateLimited",
  origin: "errorOrigin",
  unauthorized: "errorBadToken",
};
export type FrameErrorCode = keyof typeof errorKeys;

export function errorFrame(lang: Lang, code: FrameErrorCode): Record<string, unknown> {
  return { type: "error", code, message: chatText(lang, errorKeys[code]) };
}

export function chatErrorMessage(lang: Lang, code: FrameErrorCode): string {
  return chatText(lang, errorKeys[code]);
}

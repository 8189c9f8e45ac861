import type { FieldCipher } from "../../platform/crypto/index";
import type { Database } from "../../platform/db/index";
import { isLang, type Lang } from "../../platform/i18n/index";
import type { Mail, Mailer } from "../../platform/mail/index";
import { notifyEmailAad } from "./service";
import { text } from "./texts";
import { readPaths } from "./views/public-views";

/** Tries per notice; after the last one the address is deleted anyway, unsent. */
export const NOTICE_MAX_ATTEMPTS = 4;
/** Minutes to wait after the n-th failed try. */
const RETRY_MINUTES = [1, 5, 30];
/** A claimed notice is not picked up by another process for this long. */
const LEASE_MINUTES = 10;

export interface NoticeDeps {
  database: Database;
  cipher: FieldCipher;
  mailer: Mailer;
  publicUrl: string;
}

/** The whole notice: that an answer waits, and where. No question, no answer, no code. */
export function answerReadyMail(options: { to: string; lang: Lang; publicUrl: string }): Mail {
  const { lang } = options;
  return {
    to: options.to,
    subject: text(lang, "noticeSubject"),
    text: text(lang, "noticeBody", { url: `${options.publicUrl}${readPaths[lang]}` }),
  };
}

/**
 * Sends the notices that are due: each is claimed with a lease (so two processes never send one twice),
 * mailed, and then — in one transaction — the address is set to null, the thread marked as notified and
 * the outbox row removed. A failure is retried later; after the last try the address is deleted anyway.
 * Returns how many notices were sent.
 */
export async function deliverAnswerNotices(deps: NoticeDeps, options: { now?: Date } = {}): Promise<number> {
  const { sql } = deps.database;
  const now = (options.now ?? new Date()).toISOString();
  const claimed = await sql<{ thread_id: string; attempts: number }[]>`
    update question_notice_outbox o
    set attempts = o.attempts + 1, next_attempt_at = ${now}::timestamptz + make_interval(mins => ${LEASE_MINUTES})
    where o.thread_id in (
      select thread_id from question_notice_outbox where next_attempt_at <= ${now}::timestamptz
      order by next_attempt_at limit 20 for update skip locked)
    returning o.thread_id, o.attempts`;
  let sent = 0;
  for (const notice of claimed) {
    const [thread] = await sql<{ notify_email_enc: string | null; lang: string }[]>`
      select notify_email_enc, lang from question_threads where id = ${notice.thread_id}`;
    const forget = (markSent: boolean) =>
      sql.begin(async (tx) => {
        await tx`update question_threads set notify_email_enc = null,
          notice_sent_at = case when ${markSent} then ${now}::timestamptz else notice_sent_at end
          where id = ${notice.thread_id}`;
        await tx`delete from question_notice_outbox where thread_id = ${notice.thread_id}`;
      });
    if (!thread?.notify_email_enc) {
      await forget(false);
      continue;
    }
    try {
      const to = deps.cipher.decrypt(thread.notify_email_enc, notifyEmailAad(notice.thread_id));
      await deps.mailer.send(
        answerReadyMail({ to, lang: isLang(thread.lang) ? thread.lang : "fi", publicUrl: deps.publicUrl }),
      );
    } catch {
      if (notice.attempts >= NOTICE_MAX_ATTEMPTS) await forget(false);
      else {
        const wait = RETRY_MINUTES[notice.attempts - 1] ?? 30;
        await sql`update question_notice_outbox
          set next_attempt_at = ${now}::timestamptz + make_interval(mins => ${wait})
          where thread_id = ${notice.thread_id}`;
      }
      continue;
    }
    await forget(true);
    sent += 1;
  }
  return sent;
}

/**
 * Runs `deliverAnswerNotices` right after an answer is saved and once a minute for retries and for notices
 * left behind by a stopped process. `stop` ends the timer (called when the app closes).
 */
export function startNoticeSender(
  deps: NoticeDeps,
  log: { error: (obj: object, msg: string) => void },
): { kick: () => void; stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const kick = () => {
    running = running
      .then(() => deliverAnswerNotices(deps))
      .catch((error: unknown) => {
        // The error never carries the address: it is only decrypted inside the try above.
        log.error({ err: error instanceof Error ? error.message : "unknown" }, "answer notices failed");
      });
  };
  const timer = setInterval(kick, 60_000);
  timer.unref();
  return {
    kick,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

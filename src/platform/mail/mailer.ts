import type { Config } from "../config/index";
import type { Mail, Mailer } from "./mail";
import { createSmtpMailer } from "./smtp-mailer";

/** Keeps mail in memory: the fake in tests and the outbox in development when no SMTP server is set. */
export class MemoryMailer implements Mailer {
  readonly sent: Mail[] = [];
  /** Tests set this to make sending fail, to exercise retries. */
  failNext = 0;

  send(mail: Mail): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      return Promise.reject(new Error("memory mailer: simulated failure"));
    }
    // Bounded, so a long-running development server does not grow without end.
    if (this.sent.length >= 100) this.sent.shift();
    this.sent.push(mail);
    return Promise.resolve();
  }
}

const mailers = new WeakMap<Config, Mailer | undefined>();

/**
 * The mailer of one configuration, shared by every feature of an app: SMTP when `SMTP_URL` is set, the
 * in-memory outbox in development and tests, and none in production without SMTP (features then offer no
 * mail at all).
 */
export function mailerFor(config: Config): Mailer | undefined {
  if (mailers.has(config)) return mailers.get(config);
  const mailer = config.smtpUrl
    ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom })
    : config.env === "production"
      ? undefined
      : new MemoryMailer();
  mailers.set(config, mailer);
  return mailer;
}

/** The in-memory outbox of a configuration, when that is what it uses (tests read sent mail here). */
export function memoryOutboxOf(config: Config): MemoryMailer | undefined {
  const mailer = mailerFor(config);
  return mailer instanceof MemoryMailer ? mailer : undefined;
}

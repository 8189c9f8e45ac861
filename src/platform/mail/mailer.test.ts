import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config/index";
import { mailerFor, memoryOutboxOf, MemoryMailer } from "./mailer";

describe("mailerFor", () => {
  it("keeps mail in memory in development and tests, one outbox per configuration", async () => {
    const config = loadConfig({ NODE_ENV: "test" });
    const outbox = memoryOutboxOf(config);
    expect(outbox).toBeInstanceOf(MemoryMailer);
    expect(mailerFor(config)).toBe(outbox);
    await mailerFor(config)?.send({ to: "a@example.test", subject: "s", text: "t" });
    expect(outbox?.sent).toEqual([{ to: "a@example.test", subject: "s", text: "t" }]);
    expect(memoryOutboxOf(loadConfig({ NODE_ENV: "test" }))?.sent).toEqual([]);
  });

  it("offers no mail in production without SMTP_URL, and SMTP when it is set", () => {
    expect(mailerFor(loadConfig({ NODE_ENV: "production" }))).toBeUndefined();
    const smtp = loadConfig({ NODE_ENV: "production", SMTP_URL: "smtps://u:p@smtp.example.test:465" });
    expect(mailerFor(smtp)).toBeDefined();
    expect(memoryOutboxOf(smtp)).toBeUndefined();
    expect(smtp.mailFrom).toBe("Luukku <no-reply@127.0.0.1>");
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://", () => {
    expect(() => loadConfig({ SMTP_URL: "http://mail.example.test" })).toThrow(ConfigError);
  });

  it("fails on demand so that retries can be tested", async () => {
    const mailer = new MemoryMailer();
    mailer.failNext = 1;
    await expect(mailer.send({ to: "a@example.test", subject: "s", text: "t" })).rejects.toThrow();
    await mailer.send({ to: "a@example.test", subject: "s", text: "t" });
    expect(mailer.sent).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { dumpDatabase } from "../../../test/support/dump-database";
import { createEnrolledUser, loginAs } from "../../../test/support/staff-fixtures";
import { memoryOutboxOf, type MemoryMailer } from "../../platform/mail/index";
import { deliverAnswerNotices, NOTICE_MAX_ATTEMPTS } from "./notify-answer-ready";
import { seedQuestionServices } from "./seed-question-services";
import { hashRetrievalCode } from "./service";

let ctx: TestContext;
let outbox: MemoryMailer;
let serviceId: string;
let counsellor: { cookie: string; csrf: string };

const CANARY_EMAIL = "kanarialintu-7q2x@example.test";

async function askOnPage(payload: Record<string, string>) {
  return ctx.app.inject({ method: "POST", url: "/fi/kysy", payload: { serviceId, ...payload } });
}

function codeOf(body: string): string {
  const code = /data-retrieval-code[^>]*>([0-9A-Z-]+)</.exec(body)?.[1];
  if (!code) throw new Error("no retrieval code on the receipt");
  return code;
}

async function threadRow(code: string) {
  const [row] = await ctx.database.sql<
    {
      id: string;
      topic: string | null;
      notify_email_enc: string | null;
      notice_sent_at: Date | string | null;
    }[]
  >`select id, topic, notify_email_enc, notice_sent_at from question_threads where code_hash = ${hashRetrievalCode(code)}`;
  if (!row) throw new Error("thread missing");
  return row;
}

async function answer(threadId: string, text: string) {
  const res = await ctx.app.inject({
    method: "POST",
    url: `/staff/questions/${threadId}/answer`,
    headers: { cookie: counsellor.cookie },
    payload: { _csrf: counsellor.csrf, text },
  });
  expect(res.statusCode).toBe(303);
}

beforeAll(async () => {
  ctx = await createTestApp();
  await seedQuestionServices({ database: ctx.database });
  const mailer = memoryOutboxOf(ctx.config);
  if (!mailer) throw new Error("tests use the in-memory outbox");
  outbox = mailer;
  const [service] = await ctx.database.sql<{ id: string }[]>`
    select id from question_services where voucher_required = false order by slug limit 1`;
  serviceId = service?.id ?? "";
  const user = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "notices@demo.test",
    roles: ["counsellor"],
  });
  counsellor = await loginAs(ctx.app, "notices@demo.test", user.secret);
});

afterAll(async () => {
  await ctx.close();
});

describe("the optional 'your answer is ready' notice", () => {
  it("explains the field, keeps the address encrypted, mails once after the answer and then deletes it", async () => {
    const form = await ctx.app.inject({ url: "/fi/kysy" });
    expect(form.body).toContain('name="notifyEmail"');
    expect(form.body).toContain("poistetaan heti, kun viesti on lähetetty");

    const question = "Miten puhun teinille kotiintuloajoista ilman riitaa?";
    const asked = await askOnPage({ text: question, topic: "parenting", notifyEmail: CANARY_EMAIL });
    expect(asked.statusCode).toBe(201);
    const code = codeOf(asked.body);
    const before = await threadRow(code);
    expect(before.topic).toBe("parenting");
    expect(before.notify_email_enc).not.toBeNull();
    expect(before.notify_email_enc).not.toContain("kanarialintu");

    // Staff see the chosen topic in the queue and in the thread.
    const queue = await ctx.app.inject({ url: "/staff/questions", headers: { cookie: counsellor.cookie } });
    expect(queue.body).toContain("Vanhemmuus");
    const view = await ctx.app.inject({
      url: `/staff/questions/${before.id}`,
      headers: { cookie: counsellor.cookie },
    });
    expect(view.body).toMatch(/data-topic[^>]*>Vanhemmuus</);

    const sentBefore = outbox.sent.length;
    await answer(before.id, "Kiitos kysymyksestä. Sopikaa ajat yhdessä rauhallisella hetkellä.");
    await vi.waitFor(
      async () => {
        expect((await threadRow(code)).notice_sent_at).not.toBeNull();
      },
      { timeout: 5000, interval: 50 },
    );
    const mails = outbox.sent.slice(sentBefore);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.to).toBe(CANARY_EMAIL);
    expect(mail?.subject).toBe("Kysymykseesi on vastattu");
    expect(mail?.text).toContain(`${ctx.config.publicUrl}/fi/kysy/vastaus`);
    expect(mail?.text).not.toContain("teinille");
    expect(mail?.text).not.toContain("rauhallisella");
    expect(mail?.text).not.toContain(code);
    expect(mail?.text).not.toContain(code.replaceAll("-", ""));

    const after = await threadRow(code);
    expect(after.notify_email_enc).toBeNull();
    const [{ n } = { n: -1 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from question_notice_outbox where thread_id = ${before.id}`;
    expect(n).toBe(0);

    // A second answer sends nothing more: the address is gone.
    await answer(before.id, "Vielä yksi ajatus.");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outbox.sent.length).toBe(sentBefore + 1);

    const dump = await dumpDatabase(ctx.database, ctx.dbUrl);
    expect(dump).not.toContain(CANARY_EMAIL);
    expect(dump).not.toContain("kanarialintu");
  });

  it("refuses a bad address with 400 and keeps the typed question and topic", async () => {
    const typed = "Tämä kysymys ei saa kadota, vaikka osoite on väärin.";
    const res = await askOnPage({ text: typed, topic: "relationships", notifyEmail: "ei-osoite@" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(typed);
    expect(res.body).toMatch(/<option[^>]*value="relationships"[^>]*selected/);
    expect(res.body).toContain('id="notifyEmail-error"');
    expect(res.body).toContain('aria-describedby="notifyEmail-hint notifyEmail-error"');
    const [{ n } = { n: -1 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from question_threads`;
    const api = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions",
      payload: { serviceId, lang: "en", text: "A question", notifyEmail: "nope" },
    });
    expect(api.statusCode).toBe(400);
    expect(api.json<{ error: { code: string; message: string } }>().error).toEqual({
      code: "invalid-email",
      message: "Please check the e-mail address (for example name@example.com) or leave the field empty.",
    });
    const [{ n: after } = { n: -1 }] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from question_threads`;
    expect(after).toBe(n);
  });

  it("accepts 'not sure' as the topic and refuses a topic the service does not have", async () => {
    const notSure = await askOnPage({ text: "En tiedä, mihin aiheeseen tämä kuuluu.", topic: "" });
    expect(notSure.statusCode).toBe(201);
    expect((await threadRow(codeOf(notSure.body))).topic).toBeNull();
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions",
      payload: { serviceId, lang: "fi", text: "Kysymys", topic: "violence" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe("unknown-topic");
  });

  it("retries a failing mail a few times, never loses the answer, then deletes the address anyway", async () => {
    const asked = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questions",
      payload: {
        serviceId,
        lang: "sv",
        text: "Hur orkar jag i vardagen?",
        notifyEmail: "retry@example.test",
      },
    });
    expect(asked.statusCode).toBe(201);
    const code = asked.json<{ retrievalCode: string }>().retrievalCode;
    const thread = await threadRow(code);
    const sentBefore = outbox.sent.length;
    outbox.failNext = 100;
    try {
      await answer(thread.id, "Ett svar som inte får försvinna.");
      const attempts = async () =>
        (
          await ctx.database.sql<{ attempts: number }[]>`
            select attempts from question_notice_outbox where thread_id = ${thread.id}`
        )[0]?.attempts;
      await vi.waitFor(async () => {
        expect(await attempts()).toBe(1);
      });
      // The answer is saved and readable although the mail failed.
      const read = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/questions/retrieve",
        payload: { retrievalCode: code },
      });
      expect(read.json<{ thread: { status: string } }>().thread.status).toBe("answered");
      expect((await threadRow(code)).notify_email_enc).not.toBeNull();

      const deps = {
        database: ctx.database,
        cipher: ctx.cipher,
        mailer: outbox,
        publicUrl: ctx.config.publicUrl,
      };
      for (let attempt = 2; attempt <= NOTICE_MAX_ATTEMPTS; attempt++) {
        const later = new Date(Date.now() + attempt * 86_400_000);
        expect(await deliverAnswerNotices(deps, { now: later })).toBe(0);
        if (attempt < NOTICE_MAX_ATTEMPTS) expect(await attempts()).toBe(attempt);
      }
      expect(await attempts()).toBeUndefined();
      const after = await threadRow(code);
      expect(after.notify_email_enc).toBeNull();
      expect(after.notice_sent_at).toBeNull();
      expect(outbox.sent.length).toBe(sentBefore);
    } finally {
      outbox.failNext = 0;
    }
  });
});

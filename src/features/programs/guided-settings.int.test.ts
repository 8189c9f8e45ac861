import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { formBody, formHeaders } from "../../../test/support/form-post";
import { joinTestCourse } from "../../../test/support/join-test-course";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { addWorkingDays } from "../services/index";
import { createEventBus } from "../../platform/realtime/index";
import { createCourseEventHub } from "./course-events";
import { deleteExpiredProgramData } from "./delete-expired-program-data";
import { codeLookupHash } from "./resume-vault";
import { createResumeRecord, openResumeRecord, updateResumeRecord } from "./resume-store";
import { connectDatabase } from "../../platform/db/index";

let ctx: TestContext;
let orgA = "";
let orgB = "";
let adminA: { cookie: string; csrf: string };
let counsellorA: { cookie: string; csrf: string };
let counsellorB: { cookie: string; csrf: string };

const form = formBody;

/** A course straight in the database, for retention and ordering checks. */
async function insertCourse(options: {
  orgId: string;
  counsellorUserId?: string | null;
  endedAt?: string | null;
  awaitingReply?: boolean;
  replyDueAt?: string | null;
}): Promise<string> {
  const id = randomUUID();
  await ctx.database.sql`
    insert into program_courses (id, org_id, counsellor_user_id, program_id, lang, client_code_hash, contacts_total,
      ends_at, ended_at, awaiting_reply, reply_due_at)
    values (${id}, ${options.orgId}, ${options.counsellorUserId ?? null}, 'low-mood', 'en', ${randomUUID()}, 3,
      ${new Date(Date.now() + 30 * 86_400_000).toISOString()}, ${options.endedAt ?? null},
      ${options.awaitingReply ?? false}, ${options.replyDueAt ?? null})`;
  return id;
}

const monthsAgo = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
};

const joinCourse = (counsellor: { cookie: string; csrf: string }) =>
  joinTestCourse({ app: ctx.app, counsellor });

let counsellorAId = "";

beforeAll(async () => {
  ctx = await createTestApp();
  orgA = await createOrganisation(ctx.database, "settings-a");
  orgB = await createOrganisation(ctx.database, "settings-b");
  const admin = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "settings-a",
    email: "admin@a.test",
    roles: ["org_admin"],
  });
  const a = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "settings-a",
    email: "counsellor@a.test",
    roles: ["counsellor"],
  });
  counsellorAId = a.id;
  const b = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "settings-b",
    email: "counsellor@b.test",
    roles: ["counsellor"],
  });
  adminA = await loginAs(ctx.app, "admin@a.test", admin.secret);
  counsellorA = await loginAs(ctx.app, "counsellor@a.test", a.secret);
  counsellorB = await loginAs(ctx.app, "counsellor@b.test", b.secret);
});
afterAll(async () => {
  await ctx.close();
});

describe("guided-program settings", () => {
  it("only the org_admin changes their own organisation's settings, with CSRF, validation and an audit row", async () => {
    const page = await ctx.app.inject({
      url: "/staff/programs/settings?lang=en",
      headers: { cookie: adminA.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Org settings-a");
    expect(page.body).toContain('name="retentionMonths"');
    expect(page.body).toContain('value="12"');

    const counsellorPage = await ctx.app.inject({
      url: "/staff/programs/settings",
      headers: { cookie: counsellorA.cookie },
    });
    expect(counsellorPage.statusCode).toBe(403);

    const noCsrf = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/settings",
      headers: formHeaders(adminA.cookie),
      payload: form({ orgId: orgA, retentionMonths: "3", replyWorkingDays: "3" }),
    });
    expect(noCsrf.statusCode).toBe(403);

    const tooLong = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/settings?lang=en",
      headers: formHeaders(adminA.cookie),
      payload: form({ _csrf: adminA.csrf, orgId: orgA, retentionMonths: "13", replyWorkingDays: "3" }),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("keep content 1–12 months");
    expect(tooLong.body).toContain(`aria-describedby="settings-error-${orgA}"`);

    const foreign = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/settings",
      headers: formHeaders(adminA.cookie),
      payload: form({ _csrf: adminA.csrf, orgId: orgB, retentionMonths: "1", replyWorkingDays: "1" }),
    });
    expect(foreign.statusCode).toBe(404);
    const [bRow] = await ctx.database.sql`select 1 from program_org_settings where org_id = ${orgB}`;
    expect(bRow).toBeUndefined();

    const saved = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/settings",
      headers: formHeaders(adminA.cookie),
      payload: form({ _csrf: adminA.csrf, orgId: orgA, retentionMonths: "3", replyWorkingDays: "3" }),
    });
    expect(saved.statusCode).toBe(303);
    const [row] = await ctx.database.sql<{ retention_months: number; reply_working_days: number }[]>`
      select retention_months, reply_working_days from program_org_settings where org_id = ${orgA}`;
    expect(row).toEqual({ retention_months: 3, reply_working_days: 3 });
    const audit = await ctx.database.sql<{ details: { after: { retentionMonths: number } } }[]>`
      select details from audit_log where action = 'program_settings.update' and org_id = ${orgA}`;
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details.after.retentionMonths).toBe(3);
  });

  it("retention follows each organisation's setting, never beyond 12 months; resume codes go after 12 months unused", async () => {
    await ctx.database.sql`
      insert into program_org_settings (org_id, retention_months, reply_working_days) values (${orgA}, 3, 3)
      on conflict (org_id) do update set retention_months = 3`;
    const aOld = await insertCourse({ orgId: orgA, endedAt: monthsAgo(4) });
    const aRecent = await insertCourse({ orgId: orgA, endedAt: monthsAgo(2) });
    const bFourMonths = await insertCourse({ orgId: orgB, endedAt: monthsAgo(4) });
    const bOld = await insertCourse({ orgId: orgB, endedAt: monthsAgo(13) });
    const open = await insertCourse({ orgId: orgA });
    await ctx.database.sql`
      insert into program_course_messages (id, course_id, sender, body_enc) values (${randomUUID()}, ${aOld}, 'client', 'x')`;

    const stale = await createResumeRecord({ database: ctx.database });
    const used = await createResumeRecord({ database: ctx.database });
    const fresh = await createResumeRecord({ database: ctx.database });
    if (!("code" in stale) || !("code" in used) || !("code" in fresh)) throw new Error("no codes");
    const hash = (code: string) => codeLookupHash(code, "resume");
    await ctx.database.sql`
      update program_resume_records set last_used_at = now() - interval '366 days'
      where lookup_hash in (${hash(stale.code)}, ${hash(used.code)})`;
    await ctx.database.sql`
      update program_resume_records set last_used_at = now() - interval '300 days'
      where lookup_hash = ${hash(fresh.code)}`;
    // Opening a code counts as use and restarts its 12 months.
    expect(await openResumeRecord({ database: ctx.database, code: used.code })).toBeDefined();

    const removed = await deleteExpiredProgramData({ database: ctx.database });
    expect(removed.courses).toBe(2);
    expect(removed.resumeRecords).toBe(1);
    const left = await ctx.database.sql<{ id: string }[]>`select id from program_courses`;
    const ids = left.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([aRecent, bFourMonths, open]));
    expect(ids).not.toContain(aOld);
    expect(ids).not.toContain(bOld);
    const [messages] = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from program_course_messages where course_id = ${aOld}`;
    expect(messages?.n).toBe(0);
    expect(await openResumeRecord({ database: ctx.database, code: stale.code })).toBeUndefined();
    expect(await openResumeRecord({ database: ctx.database, code: used.code })).toBeDefined();
    expect(await openResumeRecord({ database: ctx.database, code: fresh.code })).toBeDefined();
    await ctx.database.sql`delete from program_courses`;
  });
});

describe("promised reply time", () => {
  it("a client's message gets a due date in working days; the list puts the earliest first and flags overdue", async () => {
    // Organisation A promises 3 working days (set above).
    const courseCookie = await joinCourse(counsellorA);
    const before = new Date();
    const sent = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", text: "How do I start with the activity plan?" }),
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain("Your guide will answer by");
    const [row] = await ctx.database.sql<{ id: string; reply_due_at: string; sent_at: string }[]>`
      select c.id, c.reply_due_at::text, m.created_at::text as sent_at from program_courses c
      join program_course_messages m on m.course_id = c.id`;
    if (!row) throw new Error("no course");
    const course = { id: row.id, replyDueAt: new Date(row.reply_due_at), sentAt: new Date(row.sent_at) };
    expect(course.sentAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(course.replyDueAt.toISOString()).toBe(
      addWorkingDays({ from: course.sentAt, days: 3 }).toISOString(),
    );
    expect(course.replyDueAt.getTime() - course.sentAt.getTime()).toBeGreaterThanOrEqual(
      3 * 86_400_000 - 3_600_000,
    );

    // A second message does not push the promise later.
    await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", text: "And one more thing." }),
    });
    const [same] = await ctx.database.sql<{ reply_due_at: string }[]>`
      select reply_due_at::text from program_courses where id = ${course.id}`;
    expect(new Date(same?.reply_due_at ?? 0).toISOString()).toBe(course.replyDueAt.toISOString());

    // Another client of the same counsellor waits past the promise: first in the list, marked overdue.
    const late = await insertCourse({
      orgId: orgA,
      counsellorUserId: counsellorAId,
      awaitingReply: true,
      replyDueAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const list = await ctx.app.inject({
      url: "/staff/programs?lang=en",
      headers: { cookie: counsellorA.cookie },
    });
    const due = [...list.body.matchAll(/data-due-row="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(due).toEqual([late, course.id]);
    const lateRow =
      /<li data-due-row="[^"]+" class="program-overdue">[\s\S]*?<\/li>/.exec(list.body)?.[0] ?? "";
    expect(lateRow).toContain("Overdue");
    expect(lateRow).toContain(`/staff/programs/courses/${late}`);
    expect(list.body.match(/data-overdue/g)).toHaveLength(1);

    // The professional's answer settles it.
    const answered = await ctx.app.inject({
      method: "POST",
      url: `/staff/programs/courses/${course.id}/reply`,
      headers: formHeaders(counsellorA.cookie),
      payload: form({ _csrf: counsellorA.csrf, text: "Start with one small thing a day." }),
    });
    expect(answered.statusCode).toBe(303);
    const [after] = await ctx.database.sql<{ reply_due_at: string | null; awaiting_reply: boolean }[]>`
      select reply_due_at, awaiting_reply from program_courses where id = ${course.id}`;
    expect(after).toEqual({ reply_due_at: null, awaiting_reply: false });
    const client = await ctx.app.inject({
      url: "/en/self-care/lifting-low-mood",
      headers: { cookie: courseCookie },
    });
    expect(client.body).not.toContain("Your guide will answer by");
  });
});

describe("live course updates", () => {
  it("the event hub hears a change published on another connection (LISTEN/NOTIFY, id only)", async () => {
    const hub = createCourseEventHub({
      events: createEventBus(ctx.database.sql),
      log: { warn: () => undefined },
    });
    const id = randomUUID();
    const heard = new Promise<void>((resolve) => {
      void hub.listen(id, resolve);
    });
    await new Promise((r) => setTimeout(r, 100));
    await hub.changed(id);
    await expect(
      Promise.race([
        heard.then(() => "heard"),
        new Promise((r) => {
          setTimeout(() => {
            r("silent");
          }, 3000);
        }),
      ]),
    ).resolves.toBe("heard");
    await hub.close();
  });

  it("streams a change to the client (course cookie) and the professional (session, own organisation only)", async () => {
    const courseCookie = await joinCourse(counsellorA);
    const [row] = await ctx.database.sql<{ id: string }[]>`
      select id from program_courses order by created_at desc limit 1`;
    const courseId = row?.id ?? "";

    const noCookie = await ctx.app.inject({ url: "/en/self-care/guided/events" });
    expect(noCookie.statusCode).toBe(404);
    const foreign = await ctx.app.inject({
      url: `/staff/programs/courses/${courseId}/events`,
      headers: { cookie: counsellorB.cookie },
    });
    expect(foreign.statusCode).toBe(404);
    const anonymous = await ctx.app.inject({ url: `/staff/programs/courses/${courseId}/events` });
    expect([303, 401]).toContain(anonymous.statusCode);

    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    const origin = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
    const open = async (path: string, cookie: string) => {
      const controller = new AbortController();
      const response = await fetch(`${origin}${path}`, { headers: { cookie }, signal: controller.signal });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      const reader = response.body?.getReader();
      if (!reader) throw new Error("no body");
      let text = "";
      const until = async (needle: string) => {
        const deadline = Date.now() + 5000;
        while (!text.includes(needle)) {
          if (Date.now() > deadline) throw new Error(`no ${needle} in ${text}`);
          const chunk = await reader.read();
          if (chunk.done) throw new Error("stream ended");
          text += new TextDecoder().decode(chunk.value);
        }
        return text;
      };
      return {
        until,
        close: () => {
          controller.abort();
        },
      };
    };
    const client = await open("/en/self-care/guided/events", courseCookie);
    const staff = await open(`/staff/programs/courses/${courseId}/events`, counsellorA.cookie);
    await client.until("retry:");
    await staff.until("retry:");

    const message = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", text: "Hello, I started today." }),
    });
    expect(message.statusCode).toBe(200);
    expect(await staff.until("event: change")).not.toContain("Hello");
    expect(await client.until("event: change")).toContain("data: {}");
    client.close();
    staff.close();
  });
});

describe("saving behind a resume code", () => {
  it("12 saves of one code at once all land (compare-and-swap, then the row lock), stored only as ciphertext", async () => {
    const created = await createResumeRecord({ database: ctx.database });
    if (!("code" in created)) throw new Error("no code");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_v, i) =>
        updateResumeRecord({
          database: ctx.database,
          code: created.code,
          change: (data) => {
            const p = data.programs["low-mood"] ?? { answers: {}, done: [] };
            return {
              ...data,
              programs: {
                ...data.programs,
                "low-mood": { ...p, answers: { ...p.answers, [`ex-${i}`]: `canary-${i}-päiväkirja` } },
              },
            };
          },
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const opened = await openResumeRecord({ database: ctx.database, code: created.code });
    expect(Object.keys(opened?.data.programs["low-mood"]?.answers ?? {}).sort()).toEqual(
      Array.from({ length: 12 }, (_v, i) => `ex-${i}`).sort(),
    );
    const [row] = await ctx.database.sql<{ t: string }[]>`
      select row_to_json(r)::text as t from program_resume_records r
      where lookup_hash = ${codeLookupHash(created.code, "resume")}`;
    expect(row?.t).not.toContain("canary");
    const wrong = await updateResumeRecord({
      database: ctx.database,
      code: "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
      change: (data) => data,
    });
    expect(wrong).toEqual({ ok: false, reason: "not-found" });
  });

  it("saves alternating between two processes keep each other's answers, and a deleted record stays deleted", async () => {
    // A second pool on the same database stands for a second app process, with its own memory of rows.
    const other = connectDatabase({ url: ctx.dbUrl, max: 2 });
    try {
      const created = await createResumeRecord({ database: ctx.database });
      if (!("code" in created)) throw new Error("no code");
      const add = (database: typeof ctx.database, id: string) =>
        updateResumeRecord({
          database,
          code: created.code,
          change: (data) => {
            const p = data.programs.sleep ?? { answers: {}, done: [] };
            return {
              ...data,
              programs: { ...data.programs, sleep: { ...p, answers: { ...p.answers, [id]: id } } },
            };
          },
        });
      for (const [database, id] of [
        [ctx.database, "a"],
        [other, "b"],
        [ctx.database, "c"],
        [other, "d"],
        [ctx.database, "e"],
      ] as const)
        expect((await add(database, id)).ok).toBe(true);
      const opened = await openResumeRecord({ database: other, code: created.code });
      expect(Object.keys(opened?.data.programs.sleep?.answers ?? {}).sort()).toEqual([
        "a",
        "b",
        "c",
        "d",
        "e",
      ]);

      await other.sql`delete from program_resume_records where lookup_hash = ${codeLookupHash(created.code, "resume")}`;
      expect(await add(ctx.database, "f")).toEqual({ ok: false, reason: "not-found" });
    } finally {
      await other.close();
    }
  });
});

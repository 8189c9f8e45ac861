import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { formBody, formHeaders } from "../../../test/support/form-post";
import { joinTestCourse } from "../../../test/support/join-test-course";
import { createTestApp, type TestContext } from "../../../test/support/test-app";

// Bad input and edge cases of programs: clear 4xx, nothing typed or saved lost, and no way round the code limit.
let ctx: TestContext;
let limited: TestContext;
let counsellor: { cookie: string; csrf: string };
let admin: { cookie: string; csrf: string };

const form = formBody;
const modulePath = "/en/self-care/lifting-low-mood/what-low-mood-is";

async function startCourse(contacts: number): Promise<{ cookie: string; courseId: string }> {
  const cookie = await joinTestCourse({ app: ctx.app, counsellor, contacts, weeks: 8 });
  const rows = await ctx.database.sql<
    { id: string }[]
  >`select id from program_courses order by created_at desc limit 1`;
  return { cookie, courseId: rows[0]?.id ?? "" };
}

beforeAll(async () => {
  ctx = await createTestApp();
  limited = await createTestApp({ RATE_LIMIT: "on" });
  await createOrganisation(ctx.database, "input-a");
  const c = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "input-a",
    email: "c@input.test",
    roles: ["counsellor"],
  });
  const a = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "input-a",
    email: "admin@input.test",
    roles: ["admin"],
  });
  counsellor = await loginAs(ctx.app, "c@input.test", c.secret);
  admin = await loginAs(ctx.app, "admin@input.test", a.secret);
});
afterAll(async () => {
  await ctx.close();
  await limited.close();
});

describe("guided course input", () => {
  it("a course lasts 4–8 weeks: 9 weeks is refused", async () => {
    const nine = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/invitations",
      headers: formHeaders(counsellor.cookie),
      payload: form({ _csrf: counsellor.csrf, programId: "low-mood", contacts: "3", weeks: "9" }),
    });
    expect(nine.statusCode).toBe(400);
  });

  it("a global admin without the counsellor role neither starts nor reads a course", async () => {
    const { courseId } = await startCourse(3);
    const view = await ctx.app.inject({
      url: `/staff/programs/courses/${courseId}`,
      headers: { cookie: admin.cookie },
    });
    expect(view.statusCode).toBe(404);
    const invite = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/invitations",
      headers: formHeaders(admin.cookie),
      payload: form({ _csrf: admin.csrf, programId: "low-mood", contacts: "3", weeks: "6" }),
    });
    expect(invite.statusCode).toBe(403);
  });

  it("once the contacts are used the client's message is refused with its text given back, crisis still shown", async () => {
    const { cookie, courseId } = await startCourse(1);
    const first = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", text: "How do I plan the week?" }),
    });
    expect(first.statusCode).toBe(200);
    const reply = await ctx.app.inject({
      method: "POST",
      url: `/staff/programs/courses/${courseId}/reply`,
      headers: formHeaders(counsellor.cookie),
      payload: form({ _csrf: counsellor.csrf, text: "Start with one small thing a day." }),
    });
    expect(reply.statusCode).toBe(303);

    const page = await ctx.app.inject({ url: "/en/self-care/lifting-low-mood", headers: { cookie } });
    expect(page.body).toContain("data-contacts-used");
    expect(page.body).not.toContain('action="/en/self-care/guided/message"');

    const late = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", text: "Thank you, one more question" }),
    });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain("data-unsent-message");
    expect(late.body).toContain("Thank you, one more question");
    expect(late.body).not.toContain("data-crisis-panel");

    const crisis = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", text: "I want to kill myself" }),
    });
    expect(crisis.statusCode).toBe(409);
    expect(crisis.body).toContain("data-crisis-panel");

    const messages = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from program_course_messages where course_id = ${courseId}`;
    expect(messages[0]?.n).toBe(2);
    const list = await ctx.app.inject({
      url: "/staff/programs?lang=en",
      headers: { cookie: counsellor.cookie },
    });
    const row = new RegExp(`courses/${courseId}[\\s\\S]*?</tr>`).exec(list.body)?.[0] ?? "";
    expect(row).not.toContain("Needs an answer");
  });

  it("a refused message, feedback or WHO-5 keeps what the person entered", async () => {
    const { cookie } = await startCourse(3);
    const before = await ctx.app.inject({ url: "/en/self-care/lifting-low-mood", headers: { cookie } });
    // The promised reply time is told before the person writes, not only after.
    expect(before.body).toMatch(
      /data-reply-promise[^>]*>Your guide answers a message within \d+ working days/,
    );
    const empty = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", text: "   " }),
    });
    expect(empty.statusCode).toBe(400);

    const tooLong = "kept ".repeat(900);
    const long = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", text: tooLong }),
    });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain(tooLong.trim());

    const feedback = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/feedback",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", text: "x".repeat(4001) }),
    });
    expect(feedback.statusCode).toBe(400);
    expect(feedback.body).toContain('id="guided-feedback-error"');

    const who5 = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/who5",
      headers: formHeaders(cookie),
      payload: form({ program: "low-mood", phase: "start", q0: "4", q1: "", q2: "2" }),
    });
    expect(who5.statusCode).toBe(400);
    expect(who5.body).toMatch(/name="q0" value="4"[^>]*checked/);
    const saved = await ctx.database.sql<{ n: number }[]>`
      select count(*)::int as n from program_courses where who5_start_enc is not null`;
    expect(saved[0]?.n).toBe(0);
  });
});

describe("exercise and resume input", () => {
  it("a JSON body with upper-case media type and non-text values is a 400, not an error", async () => {
    const json = await ctx.app.inject({
      method: "POST",
      url: modulePath,
      headers: { "content-type": "Application/JSON" },
      payload: JSON.stringify({ exercise: "mood-check", answer: { type: "rating", values: { mood: 99 } } }),
    });
    expect(json.statusCode).toBe(400);
    expect(json.headers["content-type"]).toMatch(/json/);
  });

  it("the island's invalid answer names each error's field, planner cells by day and slot", async () => {
    const planner = "/en/self-care/lifting-low-mood/plan-your-week";
    const res = await ctx.app.inject({
      method: "POST",
      url: planner,
      headers: { "content-type": "application/json", accept: "application/json" },
      payload: JSON.stringify({
        exercise: "weekly-plan",
        action: "device",
        answer: { cells: [{ day: "tue", slot: "evening", activity: "call a friend", mood: 11 }] },
      }),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ errors: { field?: string; message: string }[] }>();
    expect(body.errors).toEqual([
      expect.objectContaining({ field: "m.tue.evening", message: "The value is outside the allowed range." }),
    ]);
  });

  it("device answers too big to move behind a code get a 413 page and nothing is created", async () => {
    const huge = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/resume/new",
      headers: formHeaders(),
      payload: form({ program: "low-mood", deviceData: "x".repeat(70_000), returnTo: modulePath }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers["content-type"]).toMatch(/html/);
    expect(huge.headers["set-cookie"]).toBeUndefined();
    const rows = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from program_resume_records`;
    expect(rows[0]?.n).toBe(0);
  });

  it("unknown codes in cookies count as guesses like the entry form", async () => {
    const guess = (n: number) =>
      limited.app.inject({
        url: "/en/self-care/lifting-low-mood",
        headers: { cookie: `luukku_resume=ABCD-EFGH-JKMN-PQRS-TVWX-${String(n).padStart(4, "0")}` },
      });
    const statuses: number[] = [];
    for (let n = 0; n < 12; n += 1) statuses.push((await guess(n)).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const form429 = await limited.app.inject({
      method: "POST",
      url: "/en/self-care/resume",
      headers: formHeaders(),
      payload: form({ program: "low-mood", code: "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA" }),
    });
    expect(form429.statusCode).toBe(429);
    // Without a code the page stays open to the same client.
    expect((await limited.app.inject({ url: "/en/self-care/lifting-low-mood" })).statusCode).toBe(200);
  });
});

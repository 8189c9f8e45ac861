import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { formBody, formHeaders } from "../../../test/support/form-post";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { deleteExpiredProgramData } from "./delete-expired-program-data";

let ctx: TestContext;
let counsellor: { cookie: string; csrf: string };
let other: { cookie: string; csrf: string };

const form = formBody;

beforeAll(async () => {
  ctx = await createTestApp();
  await createOrganisation(ctx.database, "guided-a");
  await createOrganisation(ctx.database, "guided-b");
  const a = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "guided-a",
    email: "c@a.test",
    roles: ["counsellor"],
  });
  const b = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "guided-b",
    email: "c@b.test",
    roles: ["counsellor"],
  });
  counsellor = await loginAs(ctx.app, "c@a.test", a.secret);
  other = await loginAs(ctx.app, "c@b.test", b.secret);
});
afterAll(async () => {
  await ctx.close();
});

describe("guided course", () => {
  it("invitation → join → messages, consent, WHO-5, crisis flag; other organisations see 404", async () => {
    const staff = await ctx.app.inject({
      url: "/staff/programs?lang=en",
      headers: { cookie: counsellor.cookie },
    });
    expect(staff.statusCode).toBe(200);
    const invite = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/invitations",
      headers: formHeaders(counsellor.cookie),
      payload: form({ _csrf: counsellor.csrf, programId: "low-mood", contacts: "2", weeks: "6" }),
    });
    expect(invite.statusCode).toBe(201);
    const code = /data-shown-code="true">([^<]+)</.exec(invite.body)?.[1] ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);

    const badContacts = await ctx.app.inject({
      method: "POST",
      url: "/staff/programs/invitations",
      headers: formHeaders(counsellor.cookie),
      payload: form({ _csrf: counsellor.csrf, programId: "low-mood", contacts: "9" }),
    });
    expect(badContacts.statusCode).toBe(400);

    const wrongProgram = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/join",
      headers: formHeaders(),
      payload: form({ program: "sleep", code }),
    });
    expect(wrongProgram.statusCode).toBe(404);

    const join = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/join",
      headers: formHeaders(),
      payload: form({ program: "low-mood", code }),
    });
    expect(join.statusCode).toBe(201);
    const courseCookie = String([join.headers["set-cookie"]].flat()[0]).split(";")[0] ?? "";
    expect(courseCookie).toMatch(/^luukku_course=/);

    const again = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/join",
      headers: formHeaders(),
      payload: form({ program: "low-mood", code }),
    });
    expect(again.statusCode).toBe(404);

    // Answer an exercise in the course and send a message with crisis words.
    const save = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/lifting-low-mood/what-low-mood-is",
      headers: formHeaders(courseCookie),
      payload: form({ exercise: "mood-check", action: "save", "v.mood": "4" }),
    });
    expect(save.statusCode).toBe(303);
    const message = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", text: "I want to kill myself" }),
    });
    expect(message.statusCode).toBe(200);
    expect(message.body).toContain("data-crisis-panel");
    const tooLong = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/message",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", text: "x".repeat(4001) }),
    });
    expect(tooLong.statusCode).toBe(400);

    const list = await ctx.app.inject({
      url: "/staff/programs?lang=en",
      headers: { cookie: counsellor.cookie },
    });
    const courseId = /\/staff\/programs\/courses\/([0-9a-f-]{36})/.exec(list.body)?.[1] ?? "";
    expect(courseId).not.toBe("");
    expect(list.body).toContain("Crisis words");

    const before = await ctx.app.inject({
      url: `/staff/programs/courses/${courseId}`,
      headers: { cookie: counsellor.cookie },
    });
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain("I want to kill myself");
    expect(before.body).toContain('data-not-shared="information"');
    expect(before.body).not.toContain("4 / 10");

    await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/share",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", parts: ["information"] }),
    });
    const after = await ctx.app.inject({
      url: `/staff/programs/courses/${courseId}`,
      headers: { cookie: counsellor.cookie },
    });
    expect(after.body).toContain("4 / 10");

    const foreign = await ctx.app.inject({
      url: `/staff/programs/courses/${courseId}`,
      headers: { cookie: other.cookie },
    });
    expect(foreign.statusCode).toBe(404);
    const foreignReply = await ctx.app.inject({
      method: "POST",
      url: `/staff/programs/courses/${courseId}/reply`,
      headers: formHeaders(other.cookie),
      payload: form({ _csrf: other.csrf, text: "hello" }),
    });
    expect(foreignReply.statusCode).toBe(404);

    const reply = await ctx.app.inject({
      method: "POST",
      url: `/staff/programs/courses/${courseId}/reply`,
      headers: formHeaders(counsellor.cookie),
      payload: form({
        _csrf: counsellor.csrf,
        text: "I read your message. Please call the crisis line now.",
      }),
    });
    expect(reply.statusCode).toBe(303);

    const who5 = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/who5",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", phase: "start", q0: "3", q1: "3", q2: "2", q3: "2", q4: "2" }),
    });
    expect(who5.statusCode).toBe(303);
    const missing = await ctx.app.inject({
      method: "POST",
      url: "/en/self-care/guided/who5",
      headers: formHeaders(courseCookie),
      payload: form({ program: "low-mood", phase: "end", q0: "3" }),
    });
    expect(missing.statusCode).toBe(400);
    const client = await ctx.app.inject({
      url: "/en/self-care/lifting-low-mood",
      headers: { cookie: courseCookie },
    });
    expect(client.body).toContain("48 / 100");
    expect(client.body).toContain("Please call the crisis line now.");

    const dump = await ctx.database.sql<
      { t: string }[]
    >`select row_to_json(m)::text as t from program_course_messages m`;
    expect(dump.map((r) => r.t).join()).not.toContain("kill myself");

    // Retention: ended more than 12 months ago → gone.
    await ctx.database.sql`update program_courses set ended_at = now() - interval '400 days'`;
    const removed = await deleteExpiredProgramData({ database: ctx.database });
    expect(removed.courses).toBe(1);
    const [left] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from program_course_messages`;
    expect(left?.n).toBe(0);
  });
});

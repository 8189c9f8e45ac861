import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { deleteExpiredThreads } from "./delete-expired-threads";
import { questionReport } from "./question-report";
import { seedQuestionServices } from "./seed-question-services";

let ctx: TestContext;
let demoOrg: string;
let otherOrg: string;
let manager: { cookie: string; csrf: string };
let orgAdmin: { cookie: string; csrf: string };
let otherManager: { cookie: string; csrf: string };
let counsellor: { cookie: string; csrf: string };
let unitCentre: string;
let unitNorth: string;

/** After the seeded threads' promised times, so unanswered ones are past due. */
const NOW = new Date("2026-06-01T09:00:00Z");
const RANGE = { from: "2026-01", to: "2026-03" };

async function insertThread(options: {
  orgId: string;
  serviceId: string;
  created: string;
  due: string;
  topic: string | null;
  answered?: string;
  lateDays?: number;
  unitId?: string;
}) {
  await ctx.database.sql`
    insert into question_threads (id, org_id, service_id, code_hash, lang, topic, status, answer_due, created_at,
      last_message_at, first_answered_at, first_answer_late_days, unit_id)
    values (${randomUUID()}, ${options.orgId}, ${options.serviceId}, ${randomUUID()}, 'fi', ${options.topic},
      ${options.answered ? "answered" : "waiting"}, ${options.due}, ${options.created}, ${options.answered ?? options.created},
      ${options.answered ?? null}, ${options.lateDays ?? null}, ${options.unitId ?? null})`;
}

async function reportPage(who: { cookie: string }, query = `from=${RANGE.from}&to=${RANGE.to}`) {
  return ctx.app.inject({ url: `/staff/questions/reports?${query}`, headers: { cookie: who.cookie } });
}

const bucketCount = (body: string, bucket: string): number =>
  Number(new RegExp(`data-bucket="${bucket}"[\\s\\S]*?data-count[^>]*>(\\d+)<`).exec(body)?.[1] ?? -1);

beforeAll(async () => {
  ctx = await createTestApp();
  await seedQuestionServices({ database: ctx.database });
  otherOrg = await createOrganisation(ctx.database, "other-reports-org");
  const services = await ctx.database.sql<{ id: string; org_id: string; voucher_required: boolean }[]>`
    select id, org_id, voucher_required from question_services`;
  const open = services.find((s) => !s.voucher_required);
  const voucher = services.find((s) => s.voucher_required);
  if (!open || !voucher) throw new Error("demo services missing");
  demoOrg = open.org_id;
  const [otherService] = await ctx.database.sql<{ id: string }[]>`
    insert into question_services (org_id, slug, name, description, topics)
    values (${otherOrg}, 'other', '{"fi":"Muu"}', '{"fi":"Muu"}', '{parenting}') returning id`;

  const [centre] = await ctx.database.sql<{ id: string }[]>`
    insert into question_voucher_units (org_id, name, vouchers_issued, redemptions)
    values (${demoOrg}, 'Neuvola Keskusta', 10, 3) returning id`;
  const [north] = await ctx.database.sql<{ id: string }[]>`
    insert into question_voucher_units (org_id, name, vouchers_issued, redemptions)
    values (${demoOrg}, 'Neuvola Pohjoinen', 5, 0) returning id`;
  unitCentre = centre?.id ?? "";
  unitNorth = north?.id ?? "";
  await ctx.database.sql`
    insert into question_voucher_batches (org_id, unit_id, count, questions_per_voucher, expires_at, created_at)
    values (${demoOrg}, ${unitCentre}, 10, 1, '2026-12-31T00:00:00Z', '2026-02-02T10:00:00Z'),
      (${demoOrg}, ${north?.id ?? ""}, 5, 1, '2026-12-31T00:00:00Z', '2026-03-15T10:00:00Z'),
      (${demoOrg}, ${unitCentre}, 7, 1, '2026-12-31T00:00:00Z', '2025-11-15T10:00:00Z')`;

  // Live threads in the range …
  const d = { orgId: demoOrg, serviceId: open.id };
  await insertThread({
    ...d,
    created: "2026-01-10T10:00:00Z",
    due: "2026-01-13T10:00:00Z",
    topic: "parenting",
    answered: "2026-01-12T10:00:00Z",
    lateDays: 0,
  });
  await insertThread({
    ...d,
    created: "2026-01-20T10:00:00Z",
    due: "2026-01-23T10:00:00Z",
    topic: "parenting",
    answered: "2026-01-26T09:00:00Z",
    lateDays: 1,
  });
  await insertThread({
    ...d,
    created: "2026-02-05T10:00:00Z",
    due: "2026-02-10T10:00:00Z",
    topic: null,
    answered: "2026-02-13T12:00:00Z",
    lateDays: 3,
  });
  await insertThread({
    ...d,
    created: "2026-02-06T10:00:00Z",
    due: "2026-02-11T10:00:00Z",
    topic: "relationships",
  });
  await insertThread({
    orgId: demoOrg,
    serviceId: voucher.id,
    created: "2026-03-03T10:00:00Z",
    due: "2026-03-05T10:00:00Z",
    topic: "parenting",
    answered: "2026-03-04T10:00:00Z",
    lateDays: 0,
    unitId: unitCentre,
  });
  // … one before it, and one of another organisation, neither of which may be counted.
  await insertThread({
    ...d,
    created: "2025-12-10T10:00:00Z",
    due: "2025-12-13T10:00:00Z",
    topic: "parenting",
    answered: "2025-12-11T10:00:00Z",
    lateDays: 0,
  });
  await insertThread({
    orgId: otherOrg,
    serviceId: otherService?.id ?? "",
    created: "2026-01-15T10:00:00Z",
    due: "2026-01-16T10:00:00Z",
    topic: "parenting",
    answered: "2026-01-20T10:00:00Z",
    lateDays: 2,
  });

  // Anonymous counts left by threads already deleted.
  await ctx.database.sql`
    insert into question_counts (org_id, service_id, topic, unit_key, month, questions, answered,
      answered_within_promise, answered_one_day_late, answered_two_plus_days_late, unanswered)
    values (${demoOrg}, ${open.id}, 'relationships', '', '2026-02-01', 4, 3, 2, 1, 0, 1),
      (${demoOrg}, ${voucher.id}, 'mental-health', ${unitCentre}, '2026-03-01', 2, 2, 2, 0, 0, 0),
      (${otherOrg}, ${otherService?.id ?? ""}, 'parenting', '', '2026-02-01', 9, 9, 0, 0, 9, 0)`;

  const users = [
    ["m@demo.test", "demo-pirkanmaa", "manager"],
    ["oa@demo.test", "demo-pirkanmaa", "org_admin"],
    ["m@other.test", "other-reports-org", "manager"],
    ["c@demo.test", "demo-pirkanmaa", "counsellor"],
  ] as const;
  const sessions = [];
  for (const [email, orgSlug, role] of users) {
    const user = await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug,
      email,
      roles: [role],
    });
    sessions.push(await loginAs(ctx.app, email, user.secret));
  }
  [manager, orgAdmin, otherManager, counsellor] = sessions as [
    typeof manager,
    typeof manager,
    typeof manager,
    typeof manager,
  ];
});

afterAll(async () => {
  await ctx.close();
});

const expectedAnswerTime = {
  withinPromise: 2 + 2 + 2,
  oneDayLate: 1 + 1,
  twoPlusDaysLate: 1,
  unansweredPastDue: 1 + 1,
  waitingNotDue: 0,
};

describe("questionReport", () => {
  it("adds live threads and kept counts: answer times against the promise, vouchers per unit, topics per month", async () => {
    const report = await questionReport({ database: ctx.database, orgId: demoOrg, ...RANGE, now: NOW });
    expect(report.answerTime).toEqual(expectedAnswerTime);
    expect(report.vouchers).toEqual([
      { unitId: unitCentre, unit: "Neuvola Keskusta", issued: 10, redeemed: 1 + 2 },
      { unitId: unitNorth, unit: "Neuvola Pohjoinen", issued: 5, redeemed: 0 },
    ]);
    expect(report.topics).toEqual([
      { month: "2026-01", topic: "parenting", questions: 2 },
      { month: "2026-02", topic: "relationships", questions: 1 + 4 },
      { month: "2026-02", topic: null, questions: 1 },
      { month: "2026-03", topic: "mental-health", questions: 2 },
      { month: "2026-03", topic: "parenting", questions: 1 },
    ]);
  });

  it("counts a question asked but not yet due as waiting, not as late", async () => {
    const early = await questionReport({
      database: ctx.database,
      orgId: demoOrg,
      ...RANGE,
      now: new Date("2026-02-09T10:00:00Z"),
    });
    expect(early.answerTime.waitingNotDue).toBe(1);
    expect(early.answerTime.unansweredPastDue).toBe(1);
  });
});

describe("GET /staff/questions/reports", () => {
  it("shows a manager and an org admin their organisation's numbers as tables", async () => {
    for (const who of [manager, orgAdmin]) {
      const res = await reportPage(who);
      expect(res.statusCode).toBe(200);
      expect(res.headers["cache-control"]).toMatch(/no-store/);
      expect(bucketCount(res.body, "withinPromise")).toBe(6);
      expect(bucketCount(res.body, "oneDayLate")).toBe(2);
      expect(bucketCount(res.body, "twoPlusDaysLate")).toBe(1);
      expect(bucketCount(res.body, "unansweredPastDue")).toBe(2);
      expect(res.body).toMatch(
        /data-unit="Neuvola Keskusta"[\s\S]*?data-issued[^>]*>10<[\s\S]*?data-redeemed[^>]*>3</,
      );
      expect(res.body).toMatch(/data-cell="2026-02\/relationships"[^>]*>5</);
      expect(res.body).toContain('<th scope="col">Vanhemmuus</th>');
    }
  });

  it("shows another organisation's manager none of these numbers, and 404 when asking for them", async () => {
    const own = await reportPage(otherManager);
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain("Neuvola Keskusta");
    expect(bucketCount(own.body, "withinPromise")).toBe(0);
    expect(bucketCount(own.body, "oneDayLate")).toBe(0);
    expect(bucketCount(own.body, "twoPlusDaysLate")).toBe(1 + 9);
    expect(own.body).not.toContain('data-cell="2026-02/relationships"');
    const theirs = await reportPage(otherManager, `org=${demoOrg}&from=${RANGE.from}&to=${RANGE.to}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).not.toContain("Neuvola Keskusta");
  });

  it("refuses a counsellor, and answers a bad range with 400 and the form", async () => {
    expect((await reportPage(counsellor)).statusCode).toBe(403);
    const bad = await reportPage(manager, "from=2026-05&to=2026-01");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="range-error"');
    expect((await reportPage(manager, "from=banana")).statusCode).toBe(400);
  });

  it("keeps the same numbers after retention has deleted every thread", async () => {
    // A question still waiting is never deleted; once the person closes it, it goes like the others.
    const now = new Date("2027-06-01T00:00:00Z");
    expect(await deleteExpiredThreads({ database: ctx.database, now })).toBeGreaterThanOrEqual(5);
    const [{ n: waiting } = { n: -1 }] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from question_threads`;
    expect(waiting).toBe(1);
    await ctx.database
      .sql`update question_threads set status = 'closed', closed_at = created_at + interval '30 days'`;
    const deleted = await deleteExpiredThreads({
      database: ctx.database,
      now: new Date("2027-06-01T00:00:00Z"),
    });
    expect(deleted).toBe(1);
    const [{ n } = { n: -1 }] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from question_threads`;
    expect(n).toBe(0);
    const report = await questionReport({ database: ctx.database, orgId: demoOrg, ...RANGE, now: NOW });
    expect(report.answerTime).toEqual(expectedAnswerTime);
    expect(report.vouchers.map((v) => [v.unit, v.issued, v.redeemed])).toEqual([
      ["Neuvola Keskusta", 10, 3],
      ["Neuvola Pohjoinen", 5, 0],
    ]);
    expect(report.topics).toEqual([
      { month: "2026-01", topic: "parenting", questions: 2 },
      { month: "2026-02", topic: "relationships", questions: 5 },
      { month: "2026-02", topic: null, questions: 1 },
      { month: "2026-03", topic: "mental-health", questions: 2 },
      { month: "2026-03", topic: "parenting", questions: 1 },
    ]);
  });
});

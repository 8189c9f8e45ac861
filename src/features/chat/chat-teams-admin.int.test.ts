import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { teamTexts } from "./admin-texts";
import { FrameClient } from "./chat-test-client";
import { markAvailable } from "./chat-test-fixtures";
import { ensureDemoChatService } from "./service";

interface Staff {
  cookie: string;
  csrf: string;
  id: string;
}

let ctx: TestContext;
let orgId: string;
let otherOrgId: string;
let serviceId: string;
let w1: Staff;
let w2: Staff;
let w3: Staff;
let admin: Staff;
let foreignWorker: Staff;
let foreignAdmin: Staff;

async function staff(orgSlug: string, email: string, roles: ("chat_worker" | "org_admin")[]): Promise<Staff> {
  const u = await createEnrolledUser({ database: ctx.database, cipher: ctx.cipher, orgSlug, email, roles });
  if (roles.includes("chat_worker")) await markAvailable({ database: ctx.database, userId: u.id });
  return { ...(await loginAs(ctx.app, email, u.secret)), id: u.id };
}

const post = (who: Staff, url: string, payload: Record<string, unknown> = {}) =>
  ctx.app.inject({
    method: "POST",
    url,
    headers: { cookie: who.cookie },
    payload: { _csrf: who.csrf, ...payload },
  });
const get = (who: Staff, url: string) =>
  ctx.app.inject({ method: "GET", url, headers: { cookie: who.cookie } });

async function startClient(lang = "en"): Promise<{ id: string; client: FrameClient }> {
  const res = await ctx.app.inject({ method: "POST", url: "/api/v1/chat/sessions", payload: { lang } });
  const json = res.json<{ sessionId: string; token: string }>();
  const client = FrameClient.wrap(await ctx.app.injectWS("/api/v1/chat/ws"));
  client.send({ type: "auth", token: json.token });
  await client.next((f) => f.type === "queue");
  return { id: json.sessionId, client };
}

const validService = {
  slug: "evening-chat",
  nameFi: "Iltachat",
  nameSv: "Kvällschatt",
  nameEn: "Evening chat",
  languages: ["fi", "sv"],
  topics: "mood | Mieliala | Humör | Mood\nmoney | Raha | Pengar | Money",
  mon: "17:00-21:00",
  tue: "17:00-21:00",
  wed: "",
  thu: "17:00-21:00, 21:30-22:00",
  fri: "",
  sat: "",
  sun: "",
  holidayRule: "special",
  holidaySpecial: "12:00-16:00",
  exceptions: "2026-12-31 10:00-14:00\n2027-01-02 closed",
  retentionDays: "14",
  defaultMaxConcurrent: "2",
};

beforeAll(async () => {
  ctx = await createTestApp();
  await ensureDemoChatService({ database: ctx.database });
  const [org] = await ctx.database.sql<
    { id: string }[]
  >`select id from organisations where slug = 'demo-pirkanmaa'`;
  orgId = org?.id ?? "";
  const [service] = await ctx.database.sql<
    { id: string }[]
  >`select id from chat_services where org_id = ${orgId}`;
  serviceId = service?.id ?? "";
  otherOrgId = await createOrganisation(ctx.database, "other-org");
  w1 = await staff("demo-pirkanmaa", "t1@example.fi", ["chat_worker"]);
  w2 = await staff("demo-pirkanmaa", "t2@example.fi", ["chat_worker"]);
  w3 = await staff("demo-pirkanmaa", "t3@example.fi", ["chat_worker"]);
  admin = await staff("demo-pirkanmaa", "ta@example.fi", ["org_admin"]);
  foreignWorker = await staff("other-org", "tf@example.fi", ["chat_worker"]);
  foreignAdmin = await staff("other-org", "tfa@example.fi", ["org_admin"]);
}, 90_000);

afterAll(async () => {
  await ctx.close();
});

describe("teams and transfer to a team", () => {
  let teamId: string;
  let foreignTeamId: string;

  it("an org_admin creates a team and sets its members (audited); foreign workers cannot be members", async () => {
    expect(
      (await post(admin, `/staff/chat/admin/orgs/${orgId}/teams`, { name: "Sosiaalityöntekijät" }))
        .statusCode,
    ).toBe(303);
    const [team] = await ctx.database.sql<
      { id: string }[]
    >`select id from chat_teams where org_id = ${orgId}`;
    teamId = team?.id ?? "";
    expect(teamId).not.toBe("");
    expect(
      (await post(admin, `/staff/chat/admin/teams/${teamId}/members`, { userIds: [w2.id] })).statusCode,
    ).toBe(303);
    const members = await ctx.database.sql<
      { user_id: string }[]
    >`select user_id from chat_team_members where team_id = ${teamId}`;
    expect(members.map((m) => m.user_id)).toEqual([w2.id]);
    const bad = await post(admin, `/staff/chat/admin/teams/${teamId}/members`, {
      userIds: [w2.id, foreignWorker.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      await ctx.database.sql`select user_id from chat_team_members where team_id = ${teamId}`,
    ).toHaveLength(1);
    const audits = await ctx.database.sql<{ action: string }[]>`
      select action from audit_log where target_id = ${teamId} order by id`;
    expect(audits.map((a) => a.action)).toEqual(["chat.team.create", "chat.team.members"]);
    // Another organisation's admin sees no such team.
    expect(
      (await post(foreignAdmin, `/staff/chat/admin/teams/${teamId}/members`, { userIds: [] })).statusCode,
    ).toBe(404);
    expect((await post(foreignAdmin, `/staff/chat/admin/teams/${teamId}/delete`)).statusCode).toBe(404);
    expect(
      (await post(foreignAdmin, `/staff/chat/admin/orgs/${orgId}/teams`, { name: "x" })).statusCode,
    ).toBe(404);
    // A chat worker is not an admin.
    expect((await post(w1, `/staff/chat/admin/orgs/${orgId}/teams`, { name: "y" })).statusCode).toBe(403);
    await post(foreignAdmin, `/staff/chat/admin/orgs/${otherOrgId}/teams`, { name: "Foreign team" });
    const [ft] = await ctx.database.sql<
      { id: string }[]
    >`select id from chat_teams where org_id = ${otherOrgId}`;
    foreignTeamId = ft?.id ?? "";
  });

  it("passes a conversation to a team: back in the queue with its place, only the team takes it, the client is told", async () => {
    const first = await startClient("en");
    const later = await startClient("en");
    expect((await post(w1, `/staff/chat/sessions/${first.id}/accept`)).statusCode).toBe(303);
    await first.client.next((f) => f.type === "joined");
    first.client.send({ type: "message", text: "I need help with rent", clientMsgId: "r1" });
    await first.client.next((f) => f.clientMsgId === "r1");

    // Other organisations' teams and workers are not valid targets.
    expect(
      (await post(w1, `/staff/chat/sessions/${first.id}/transfer`, { toTeamId: foreignTeamId, note: "x" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await post(w1, `/staff/chat/sessions/${first.id}/transfer`, { toUserId: foreignWorker.id, note: "x" }))
        .statusCode,
    ).toBe(404);
    expect((await post(w1, `/staff/chat/sessions/${first.id}/transfer`, { note: "nobody" })).statusCode).toBe(
      400,
    );
    // Nobody else can move a conversation that is not theirs.
    expect(
      (await post(w3, `/staff/chat/sessions/${first.id}/transfer`, { toTeamId: teamId, note: "" }))
        .statusCode,
    ).toBe(409);

    const page = await get(w1, `/staff/chat/sessions/${first.id}`);
    expect(page.body).toContain('name="toTeamId"');
    expect(page.body).toContain("Sosiaalityöntekijät");

    const beforeTransfer = first.client.frames.length;
    const transfer = await post(w1, `/staff/chat/sessions/${first.id}/transfer`, {
      toTeamId: teamId,
      note: "Housing benefit question",
    });
    expect(transfer.statusCode).toBe(303);
    await first.client.next(
      (f) => f.type === "message" && f.from === "system" && f.text === teamTexts.toTeamClient.en,
    );
    const queued = await first.client.next(
      (f) => f.type === "queue" && first.client.frames.indexOf(f) >= beforeTransfer,
    );
    expect(queued.position).toBe(1);
    const [row] = await ctx.database.sql<
      { status: string; assigned_user_id: string | null; team_id: string }[]
    >`
      select status, assigned_user_id, team_id from chat_sessions where id = ${first.id}`;
    expect(row).toEqual({ status: "queued", assigned_user_id: null, team_id: teamId });

    // w3 is not in the team: accept-next gives the other (newer) conversation, never the team's one.
    const w3Accept = await post(w3, "/staff/chat/accept-next");
    expect(w3Accept.headers.location).toBe(`/staff/chat/sessions/${later.id}`);
    expect((await post(w3, `/staff/chat/sessions/${first.id}/accept`)).statusCode).toBe(409);
    expect((await post(w3, "/staff/chat/accept-next")).statusCode).toBe(409);
    expect((await post(foreignWorker, "/staff/chat/accept-next")).statusCode).toBe(409);

    // The team's worker gets it, sees the note and the whole conversation.
    const beforeAccept = first.client.frames.length;
    const w2Accept = await post(w2, "/staff/chat/accept-next");
    expect(w2Accept.headers.location).toBe(`/staff/chat/sessions/${first.id}`);
    expect(
      await first.client.next((f) => f.type === "joined" && first.client.frames.indexOf(f) >= beforeAccept),
    ).toMatchObject({ worker: { alias: "t2@example.fi" } });
    const view = await get(w2, `/staff/chat/sessions/${first.id}`);
    expect(view.body).toContain("Housing benefit question");
    expect(view.body).toContain("I need help with rent");
    first.client.close();
    later.client.close();
  });

  it("a transferred crisis conversation keeps its priority over older ordinary ones", async () => {
    const older = await startClient("fi");
    const crisis = await startClient("fi");
    expect((await post(w1, `/staff/chat/sessions/${crisis.id}/accept`)).statusCode).toBe(303);
    crisis.client.send({ type: "message", text: "Haluan tappaa itseni tänään", clientMsgId: "k1" });
    await crisis.client.next((f) => f.clientMsgId === "k1");
    const [flag] = await ctx.database.sql<
      { crisis: boolean }[]
    >`select crisis from chat_sessions where id = ${crisis.id}`;
    expect(flag?.crisis).toBe(true);
    await post(admin, `/staff/chat/admin/teams/${teamId}/members`, { userIds: [w2.id, w3.id] });
    expect(
      (await post(w1, `/staff/chat/sessions/${crisis.id}/transfer`, { toTeamId: teamId, note: "" }))
        .statusCode,
    ).toBe(303);
    const next = await post(w3, "/staff/chat/accept-next");
    expect(next.headers.location).toBe(`/staff/chat/sessions/${crisis.id}`);
    older.client.close();
    crisis.client.close();
  });
});

describe("chat administration", () => {
  it("only org_admins see it; other organisations' services and replies are not found", async () => {
    expect((await get(admin, "/staff/chat/admin")).statusCode).toBe(200);
    expect((await get(w1, "/staff/chat/admin")).statusCode).toBe(403);
    expect((await get(admin, `/staff/chat/admin/services/${serviceId}`)).statusCode).toBe(200);
    expect((await get(foreignAdmin, `/staff/chat/admin/services/${serviceId}`)).statusCode).toBe(404);
    expect(
      (await post(foreignAdmin, `/staff/chat/admin/services/${serviceId}`, validService)).statusCode,
    ).toBe(404);
    expect((await get(foreignAdmin, `/staff/chat/admin/services/not-a-uuid`)).statusCode).toBe(404);
    expect((await get(foreignAdmin, `/staff/chat/admin/services/new?org=${orgId}`)).statusCode).toBe(404);
    expect(
      (await post(foreignAdmin, "/staff/chat/admin/services", { ...validService, orgId })).statusCode,
    ).toBe(404);
    expect((await get(foreignAdmin, `/staff/chat/admin/orgs/${orgId}/canned`)).statusCode).toBe(404);
  });

  it("refuses bad service input with 400, the fields marked and the form kept; good input is saved and audited", async () => {
    const bad = await post(admin, `/staff/chat/admin/services/${serviceId}`, {
      ...validService,
      mon: "25:00-26:00",
      retentionDays: "0",
      languages: [],
      exceptions: "2026-12-31 10:00-14:00\n2026-12-31 closed",
      nameFi: "Säilyvä nimi",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="Säilyvä nimi"');
    expect(bad.body).toContain('value="25:00-26:00"');
    expect(bad.body).toMatch(/id="svc-mon"[^>]*aria-invalid="true"/);
    expect(bad.body).toMatch(/id="svc-retentionDays"[^>]*aria-invalid="true"/);
    expect(bad.body).toContain('id="svc-exceptions-error"');
    expect(bad.body).toContain('id="svc-languages-error"');
    for (const retention of ["366", "1.5", "abc"]) {
      const r = await post(admin, `/staff/chat/admin/services/${serviceId}`, {
        ...validService,
        retentionDays: retention,
      });
      expect(r.statusCode).toBe(400);
    }
    const [unchanged] = await ctx.database.sql<{ retention_days: number }[]>`
      select retention_days from chat_services where id = ${serviceId}`;
    expect(unchanged?.retention_days).toBe(30);

    const good = await post(admin, `/staff/chat/admin/services/${serviceId}`, validService);
    expect(good.statusCode).toBe(303);
    const [row] = await ctx.database.sql<
      {
        names: unknown;
        languages: unknown;
        topics: unknown;
        opening_hours: unknown;
        retention_days: number;
        default_max_concurrent: number;
      }[]
    >`select names, languages, topics, opening_hours, retention_days, default_max_concurrent from chat_services where id = ${serviceId}`;
    expect(row?.names).toEqual({ fi: "Iltachat", sv: "Kvällschatt", en: "Evening chat" });
    expect(row?.languages).toEqual(["fi", "sv"]);
    expect(row?.retention_days).toBe(14);
    expect(row?.default_max_concurrent).toBe(2);
    expect(row?.opening_hours).toMatchObject({
      weekly: { mon: [{ from: "17:00", to: "21:00" }], wed: [], thu: [{}, { from: "21:30", to: "22:00" }] },
      holidays: { rule: "special", intervals: [{ from: "12:00", to: "16:00" }] },
      exceptions: [
        { date: "2026-12-31", intervals: [{ from: "10:00", to: "14:00" }] },
        { date: "2027-01-02", intervals: [] },
      ],
    });
    const audits = await ctx.database.sql`
      select 1 from audit_log where action = 'chat.service.update' and target_id = ${serviceId}`;
    expect(audits).toHaveLength(1);
    // The edit page shows what was saved.
    const page = await get(admin, `/staff/chat/admin/services/${serviceId}`);
    expect(page.body).toContain("2027-01-02 closed");
    // Back to the demo's round-the-clock hours so the other tests' sessions still start.
    const back = await post(admin, `/staff/chat/admin/services/${serviceId}`, {
      ...validService,
      languages: ["fi", "sv", "en"],
      alwaysOpen: "on",
      holidayRule: "open",
    });
    expect(back.statusCode).toBe(303);
  });

  it("creates a new service; a slug already in use is refused with the form kept", async () => {
    const created = await post(admin, "/staff/chat/admin/services", {
      ...validService,
      slug: "night-chat",
      orgId,
    });
    expect(created.statusCode).toBe(303);
    const again = await post(admin, "/staff/chat/admin/services", {
      ...validService,
      slug: "night-chat",
      orgId,
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('value="night-chat"');
    const audits = await ctx.database.sql`select 1 from audit_log where action = 'chat.service.create'`;
    expect(audits).toHaveLength(1);
  });

  it("creates, edits and deletes canned replies per language; bad input 400 with the text kept; foreign 404", async () => {
    const base = `/staff/chat/admin/orgs/${orgId}/canned`;
    expect(
      (await post(admin, base, { lang: "sv", title: "Hej", text: "Hej, jag heter..." })).statusCode,
    ).toBe(303);
    const bad = await post(admin, base, { lang: "de", title: "", text: "Kept text" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Kept text");
    expect(bad.body).toMatch(/id="c-new-title"[^>]*aria-invalid="true"/);
    const [reply] = await ctx.database.sql<{ id: string; lang: string }[]>`
      select id, lang from chat_canned_replies where org_id = ${orgId}`;
    expect(reply?.lang).toBe("sv");
    const id = reply?.id ?? "";
    expect(
      (await post(foreignAdmin, `/staff/chat/admin/canned/${id}`, { lang: "fi", title: "x", text: "y" }))
        .statusCode,
    ).toBe(404);
    expect((await post(foreignAdmin, `/staff/chat/admin/canned/${id}/delete`)).statusCode).toBe(404);
    const badEdit = await post(admin, `/staff/chat/admin/canned/${id}`, {
      lang: "sv",
      title: "Hej",
      text: "  ",
    });
    expect(badEdit.statusCode).toBe(400);
    expect(
      (
        await post(admin, `/staff/chat/admin/canned/${id}`, {
          lang: "fi",
          title: "Hei",
          text: "Hei, olen...",
        })
      ).statusCode,
    ).toBe(303);
    const [edited] = await ctx.database
      .sql`select lang, title, text from chat_canned_replies where id = ${id}`;
    expect(edited).toEqual({ lang: "fi", title: "Hei", text: "Hei, olen..." });
    expect((await post(admin, `/staff/chat/admin/canned/${id}/delete`)).statusCode).toBe(303);
    expect(await ctx.database.sql`select 1 from chat_canned_replies where id = ${id}`).toHaveLength(0);
    const audits = await ctx.database.sql<{ action: string }[]>`
      select action from audit_log where target_id = ${id} order by id`;
    expect(audits.map((a) => a.action)).toEqual([
      "chat.canned.create",
      "chat.canned.update",
      "chat.canned.delete",
    ]);
  });
});

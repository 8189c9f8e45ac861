import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import { isGlobalAdmin, type StaffContext } from "../../platform/auth/index";
import type { Database } from "../../platform/db/index";
import { langs, type Lang } from "../../platform/i18n/index";
import { openingHoursSchema, weekdays, type OpeningHours } from "../services/index";

/** Which organisations' chat settings a staff member administers: org_admin grants (global admins: all). */
export function adminOrgIds(context: StaffContext): string[] | "all" {
  if (isGlobalAdmin(context)) return "all";
  return context.grants.filter((g) => g.role === "org_admin").map((g) => g.orgId);
}

export function administers(context: StaffContext, orgId: string): boolean {
  const orgs = adminOrgIds(context);
  return orgs === "all" || orgs.includes(orgId);
}

// ---- the service form: raw strings in, checked values (or field errors) out ----

export const serviceFields = [
  "slug",
  "nameFi",
  "nameSv",
  "nameEn",
  "topics",
  "holidayRule",
  "holidaySpecial",
  "exceptions",
  "retentionDays",
  "defaultMaxConcurrent",
  ...weekdays,
] as const;
export type ServiceField = (typeof serviceFields)[number] | "languages" | "alwaysOpen";

/** What the form holds, as typed, so a refused form comes back exactly as it was sent. */
export interface ServiceFormValues {
  values: Partial<Record<(typeof serviceFields)[number], string>>;
  languages: string[];
  alwaysOpen: boolean;
}

export function readServiceForm(body: unknown): ServiceFormValues {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const values: ServiceFormValues["values"] = {};
  for (const f of serviceFields) {
    const v = record[f];
    if (typeof v === "string") values[f] = v.slice(0, 20_000);
  }
  const rawLangs = record.languages;
  const languages = (Array.isArray(rawLangs) ? rawLangs : [rawLangs]).filter(
    (l): l is string => typeof l === "string",
  );
  return { values, languages, alwaysOpen: record.alwaysOpen === "on" };
}

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/);
const nameSchema = z.string().trim().min(1).max(120);
const intervalText = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

/** "09:00-12:00, 13:00-16:00" → intervals; undefined when a part does not read as one. */
function parseIntervals(text: string): { from: string; to: string }[] | undefined {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const out: { from: string; to: string }[] = [];
  for (const p of parts) {
    const m = intervalText.exec(p);
    if (!m?.[1] || !m[2]) return undefined;
    out.push({ from: m[1], to: m[2] });
  }
  return out;
}

const closedWords = new Set(["closed", "suljettu", "stängt", "kiinni"]);

export interface ParsedService {
  slug: string;
  names: Record<Lang, string>;
  languages: Lang[];
  topics: { id: string; names: Record<Lang, string> }[];
  openingHours: OpeningHours;
  retentionDays: number;
  defaultMaxConcurrent: number;
}

/** Checks every field; the result lists the fields that were wrong. */
export function parseServiceForm(
  form: ServiceFormValues,
): { ok: true; value: ParsedService } | { ok: false; errors: Set<ServiceField> } {
  const errors = new Set<ServiceField>();
  const v = form.values;
  const slug = slugSchema.safeParse(v.slug ?? "");
  if (!slug.success) errors.add("slug");
  const names = {} as Record<Lang, string>;
  for (const [field, lang] of [
    ["nameFi", "fi"],
    ["nameSv", "sv"],
    ["nameEn", "en"],
  ] as const) {
    const n = nameSchema.safeParse(v[field] ?? "");
    if (n.success) names[lang] = n.data;
    else errors.add(field);
  }
  const languages = z
    .array(z.enum(langs))
    .min(1)
    .safeParse([...new Set(form.languages)]);
  if (!languages.success) errors.add("languages");

  const topics: ParsedService["topics"] = [];
  const lines = (v.topics ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 30) errors.add("topics");
  for (const line of lines) {
    const [id = "", fi = "", sv = "", en = ""] = line.split("|").map((p) => p.trim());
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(id) || !fi || fi.length > 120 || topics.some((t) => t.id === id)) {
      errors.add("topics");
      continue;
    }
    topics.push({ id, names: { fi, sv: sv || fi, en: en || fi } });
  }

  let weekly: OpeningHours["weekly"] | undefined = "24/7";
  if (!form.alwaysOpen) {
    const days: Record<string, { from: string; to: string }[]> = {};
    for (const day of weekdays) {
      const parsed = parseIntervals(v[day] ?? "");
      if (!parsed) errors.add(day);
      else days[day] = parsed;
    }
    weekly = days as OpeningHours["weekly"];
  }

  const rule = v.holidayRule ?? "closed";
  let holidays: OpeningHours["holidays"];
  if (rule === "closed" || rule === "open") holidays = { rule };
  else if (rule === "special") {
    const parsed = parseIntervals(v.holidaySpecial ?? "");
    if (!parsed || parsed.length === 0) errors.add("holidaySpecial");
    else holidays = { rule: "special", intervals: parsed };
  } else errors.add("holidayRule");

  const exceptions: { date: string; intervals: { from: string; to: string }[] }[] = [];
  for (const line of (v.exceptions ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 200)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(line);
    const rest = m?.[2]?.trim().toLowerCase() ?? "";
    const intervals = rest === "" || closedWords.has(rest) ? [] : parseIntervals(rest);
    if (!m?.[1] || !intervals) {
      errors.add("exceptions");
      continue;
    }
    exceptions.push({ date: m[1], intervals });
  }

  const hours = openingHoursSchema.safeParse({ weekly, holidays, exceptions });
  if (!hours.success) {
    for (const issue of hours.error.issues) {
      const [first, second] = issue.path;
      if (first === "exceptions") errors.add("exceptions");
      else if (first === "holidays") errors.add("holidaySpecial");
      else if (
        first === "weekly" &&
        typeof second === "string" &&
        (weekdays as readonly string[]).includes(second)
      )
        errors.add(second as (typeof weekdays)[number]);
      else errors.add("mon");
    }
  }
  const retention = z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .safeParse(v.retentionDays ?? "");
  if (!retention.success) errors.add("retentionDays");
  const concurrent = z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .safeParse(v.defaultMaxConcurrent ?? "");
  if (!concurrent.success) errors.add("defaultMaxConcurrent");

  if (errors.size > 0 || !slug.success || !languages.success || !hours.success) return { ok: false, errors };
  if (!retention.success || !concurrent.success) return { ok: false, errors };
  return {
    ok: true,
    value: {
      slug: slug.data,
      names,
      languages: languages.data,
      topics,
      openingHours: hours.data,
      retentionDays: retention.data,
      defaultMaxConcurrent: concurrent.data,
    },
  };
}

const formatIntervals = (list: { from: string; to: string }[]): string =>
  list.map((i) => `${i.from}-${i.to}`).join(", ");

/** A stored service as the form shows it. */
export function serviceToForm(service: {
  slug: string;
  names: Record<Lang, string>;
  languages: Lang[];
  topics: { id: string; names: Record<Lang, string> }[];
  openingHours: OpeningHours;
  retentionDays: number;
  defaultMaxConcurrent: number;
}): ServiceFormValues {
  const hours = service.openingHours;
  const values: ServiceFormValues["values"] = {
    slug: service.slug,
    nameFi: service.names.fi,
    nameSv: service.names.sv,
    nameEn: service.names.en,
    topics: service.topics.map((t) => [t.id, t.names.fi, t.names.sv, t.names.en].join(" | ")).join("\n"),
    holidayRule: hours.holidays?.rule ?? (hours.weekly === "24/7" ? "open" : "closed"),
    holidaySpecial: hours.holidays?.rule === "special" ? formatIntervals(hours.holidays.intervals) : "",
    exceptions: hours.exceptions
      .map((e) => `${e.date} ${e.intervals.length > 0 ? formatIntervals(e.intervals) : "closed"}`)
      .join("\n"),
    retentionDays: String(service.retentionDays),
    defaultMaxConcurrent: String(service.defaultMaxConcurrent),
  };
  for (const day of weekdays) values[day] = hours.weekly === "24/7" ? "" : formatIntervals(hours.weekly[day]);
  return { values, languages: service.languages, alwaysOpen: hours.weekly === "24/7" };
}

export const emptyServiceForm: ServiceFormValues = {
  values: { retentionDays: "30", defaultMaxConcurrent: "3", holidayRule: "closed" },
  languages: ["fi"],
  alwaysOpen: false,
};

// ---- persistence: every change scoped to the organisation and audited ----

export class AdminNotFound extends Error {}

export const teamForm = z.object({ name: z.string().trim().min(1).max(80) });
export const cannedForm = z.object({
  lang: z.enum(langs),
  title: z.string().trim().min(1).max(120),
  text: z.string().trim().min(1).max(4000),
});

export type ChatAdmin = ReturnType<typeof createChatAdmin>;

export function createChatAdmin(deps: { database: Database }) {
  const { sql } = deps.database;
  const isUuid = (id: string) => z.uuid().safeParse(id).success;

  async function audit(context: StaffContext, action: string, orgId: string, targetType: string, id: string) {
    await appendAudit(sql, { action, actorUserId: context.userId, orgId, targetType, targetId: id });
  }

  /** The organisation of an object, if this admin may touch it; otherwise "not found". */
  async function ownedOrg(
    context: StaffContext,
    table: "chat_services" | "chat_teams" | "chat_canned_replies",
    id: string,
  ) {
    if (!isUuid(id)) throw new AdminNotFound();
    const [row] = await sql<{ org_id: string }[]>`select org_id from ${sql(table)} where id = ${id}`;
    if (!row || !administers(context, row.org_id)) throw new AdminNotFound();
    return row.org_id;
  }

  function checkOrg(context: StaffContext, orgId: string): void {
    if (!isUuid(orgId) || !administers(context, orgId)) throw new AdminNotFound();
  }

  return {
    checkOrg,

    async organisations(context: StaffContext) {
      const orgs = adminOrgIds(context);
      const filter =
        orgs === "all"
          ? sql`true`
          : sql`id in ${sql(orgs.length > 0 ? orgs : ["00000000-0000-0000-0000-000000000000"])}`;
      return sql<
        { id: string; name: string }[]
      >`select id, name from organisations where ${filter} order by name`;
    },

    async services(orgId: string) {
      return sql<{ id: string; slug: string; names: Record<string, string> }[]>`
        select id, slug, names from chat_services where org_id = ${orgId} order by created_at, id`;
    },

    async service(context: StaffContext, id: string) {
      await ownedOrg(context, "chat_services", id);
      const [row] = await sql<
        {
          id: string;
          org_id: string;
          slug: string;
          names: Record<Lang, string>;
          languages: Lang[];
          topics: { id: string; names: Record<Lang, string> }[];
          opening_hours: unknown;
          retention_days: number;
          default_max_concurrent: number;
        }[]
      >`select * from chat_services where id = ${id}`;
      if (!row) throw new AdminNotFound();
      return {
        id: row.id,
        orgId: row.org_id,
        form: serviceToForm({
          slug: row.slug,
          names: row.names,
          languages: row.languages,
          topics: row.topics,
          openingHours: openingHoursSchema.parse(row.opening_hours),
          retentionDays: row.retention_days,
          defaultMaxConcurrent: row.default_max_concurrent,
        }),
      };
    },

    /** Creates (no id) or updates a service; a slug already used in the organisation answers "slug-taken". */
    async saveService(options: {
      context: StaffContext;
      orgId: string;
      id?: string;
      value: ParsedService;
    }): Promise<{ ok: true; id: string } | { ok: false; error: "slug-taken" }> {
      const { context, value } = options;
      const orgId = options.id ? await ownedOrg(context, "chat_services", options.id) : options.orgId;
      checkOrg(context, orgId);
      const [clash] = await sql`select id from chat_services where org_id = ${orgId} and slug = ${value.slug}
        and id <> ${options.id ?? "00000000-0000-0000-0000-000000000000"}`;
      if (clash) return { ok: false, error: "slug-taken" };
      const fields = {
        names: JSON.stringify(value.names),
        languages: JSON.stringify(value.languages),
        topics: JSON.stringify(value.topics),
        hours: JSON.stringify(value.openingHours),
      };
      let id = options.id;
      if (id) {
        await sql`update chat_services set slug = ${value.slug}, names = ${fields.names}::jsonb,
          languages = ${fields.languages}::jsonb, topics = ${fields.topics}::jsonb,
          opening_hours = ${fields.hours}::jsonb, retention_days = ${value.retentionDays},
          default_max_concurrent = ${value.defaultMaxConcurrent} where id = ${id} and org_id = ${orgId}`;
        await audit(context, "chat.service.update", orgId, "chat_service", id);
      } else {
        const [row] = await sql<{ id: string }[]>`insert into chat_services
          (org_id, slug, names, languages, topics, opening_hours, retention_days, default_max_concurrent)
          values (${orgId}, ${value.slug}, ${fields.names}::jsonb, ${fields.languages}::jsonb,
            ${fields.topics}::jsonb, ${fields.hours}::jsonb, ${value.retentionDays}, ${value.defaultMaxConcurrent})
          returning id`;
        id = row?.id ?? "";
        await audit(context, "chat.service.create", orgId, "chat_service", id);
      }
      return { ok: true, id };
    },

    // ---- teams ----

    async teams(orgId: string) {
      const teams = await sql<{ id: string; name: string }[]>`
        select id, name from chat_teams where org_id = ${orgId} order by name`;
      const members = await sql<{ team_id: string; user_id: string }[]>`
        select m.team_id, m.user_id from chat_team_members m join chat_teams t on t.id = m.team_id
        where t.org_id = ${orgId}`;
      return teams.map((t) => ({
        ...t,
        members: new Set(members.filter((m) => m.team_id === t.id).map((m) => m.user_id)),
      }));
    },

    async workers(orgId: string) {
      return sql<{ id: string; display_name: string; alias: string }[]>`
        select distinct u.id, u.display_name, u.alias from staff_users u join staff_roles r on r.user_id = u.id
        where r.org_id = ${orgId} and r.role = 'chat_worker' and u.disabled_at is null order by u.display_name`;
    },

    async createTeam(options: { context: StaffContext; orgId: string; name: string }) {
      checkOrg(options.context, options.orgId);
      const [row] = await sql<{ id: string }[]>`insert into chat_teams (org_id, name)
        values (${options.orgId}, ${options.name}) on conflict (org_id, name) do nothing returning id`;
      if (!row) return { ok: false as const };
      await audit(options.context, "chat.team.create", options.orgId, "chat_team", row.id);
      return { ok: true as const, id: row.id };
    },

    /** Sets a team's members; only the organisation's chat workers can be members. */
    async setMembers(options: {
      context: StaffContext;
      teamId: string;
      userIds: string[];
    }): Promise<boolean> {
      const orgId = await ownedOrg(options.context, "chat_teams", options.teamId);
      const ids = [...new Set(options.userIds)];
      if (!ids.every(isUuid)) return false;
      const valid = ids.length
        ? await sql<{ id: string }[]>`select distinct user_id as id from staff_roles
            where org_id = ${orgId} and role = 'chat_worker' and user_id in ${sql(ids)}`
        : [];
      if (valid.length !== ids.length) return false;
      await sql.begin(async (tx) => {
        await tx`delete from chat_team_members where team_id = ${options.teamId}`;
        for (const id of ids)
          await tx`insert into chat_team_members (team_id, user_id) values (${options.teamId}, ${id})`;
      });
      await audit(options.context, "chat.team.members", orgId, "chat_team", options.teamId);
      return true;
    },

    async deleteTeam(options: { context: StaffContext; teamId: string }) {
      const orgId = await ownedOrg(options.context, "chat_teams", options.teamId);
      await sql`delete from chat_teams where id = ${options.teamId}`;
      await audit(options.context, "chat.team.delete", orgId, "chat_team", options.teamId);
    },

    // ---- canned replies ----

    async cannedReplies(orgId: string) {
      return sql<{ id: string; lang: Lang; title: string; text: string }[]>`
        select id, lang, title, text from chat_canned_replies where org_id = ${orgId} order by lang, title`;
    },

    async createCanned(options: { context: StaffContext; orgId: string; value: z.infer<typeof cannedForm> }) {
      checkOrg(options.context, options.orgId);
      const { lang, title, text } = options.value;
      const [row] = await sql<{ id: string }[]>`insert into chat_canned_replies (org_id, lang, title, text)
        values (${options.orgId}, ${lang}, ${title}, ${text}) returning id`;
      await audit(options.context, "chat.canned.create", options.orgId, "chat_canned_reply", row?.id ?? "");
    },

    async cannedOrg(context: StaffContext, id: string): Promise<string> {
      return ownedOrg(context, "chat_canned_replies", id);
    },

    async updateCanned(options: { context: StaffContext; id: string; value: z.infer<typeof cannedForm> }) {
      const orgId = await ownedOrg(options.context, "chat_canned_replies", options.id);
      const { lang, title, text } = options.value;
      await sql`update chat_canned_replies set lang = ${lang}, title = ${title}, text = ${text}
        where id = ${options.id} and org_id = ${orgId}`;
      await audit(options.context, "chat.canned.update", orgId, "chat_canned_reply", options.id);
      return orgId;
    },

    async deleteCanned(options: { context: StaffContext; id: string }) {
      const orgId = await ownedOrg(options.context, "chat_canned_replies", options.id);
      await sql`delete from chat_canned_replies where id = ${options.id} and org_id = ${orgId}`;
      await audit(options.context, "chat.canned.delete", orgId, "chat_canned_reply", options.id);
      return orgId;
    },
  };
}

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import { hasRole, isGlobalAdmin, type StaffContext } from "../../platform/auth/index";
import { assessCrisis } from "../../platform/crisis/index";
import { hashToken, newToken, type FieldCipher } from "../../platform/crypto/index";
import type { TransactionSql } from "postgres";
import type { Database } from "../../platform/db/index";
import type { Lang } from "../../platform/i18n/index";
import type { EventBus } from "../../platform/realtime/index";
import {
  crisisContacts,
  loadHelplines,
  openingHoursSchema,
  openingStatus,
  type OpeningHours,
  type OpeningStatus,
} from "../services/index";
import { estimateWait } from "./estimate-wait";
import { topicLabel } from "./topic-label";
import { teamText } from "./admin-texts";
import { chatText } from "./texts";

export const CHAT_CHANNEL = "chat_events";
/** A token still opens a conversation this long after it ended: for the transcript and feedback. */
export const ENDED_TOKEN_MINUTES = 30;
/** A conversation whose client has been gone this long is over. */
export const CLIENT_GONE_MINUTES = 2;

export const messageAad = (id: string): string => `chat_messages.text:${id}`;
export const noteAad = (id: string): string => `chat_notes.text:${id}`;
export const crisisReasonsAad = (id: string): string => `chat_sessions.crisis_reasons:${id}`;
export const feedbackAad = (id: string): string => `chat_sessions.feedback_text:${id}`;

export type SessionStatus = "queued" | "active" | "ended";
export type Sender = "client" | "worker" | "system";

export interface ChatService {
  id: string;
  orgId: string;
  slug: string;
  names: Record<Lang, string>;
  languages: Lang[];
  topics: { id: string; names: Record<Lang, string> }[];
  openingHours: OpeningHours;
  retentionDays: number;
}

export interface SessionRow {
  id: string;
  serviceId: string;
  orgId: string;
  status: SessionStatus;
  lang: Lang;
  topic: string | null;
  crisis: boolean;
  crisisCategories: string[];
  crisisReasonsEnc: string | null;
  assignedUserId: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  feedbackRating: number | null;
}

export interface ChatMessage {
  id: string;
  sessionId: string;
  from: Sender;
  text: string;
  at: string;
  clientMsgId: string | null;
  /** For a worker's message: the alias they had when writing it (null for older rows without one). */
  alias: string | null;
}

/** A refusal the routes turn into a status or an error frame. */
export class ChatError extends Error {
  constructor(
    readonly code:
      | "bad-token"
      | "expired"
      | "ended"
      | "not-found"
      | "taken"
      | "full"
      | "queue-empty"
      | "closed"
      | "no-service"
      | "bad-request"
      | "unsupported-lang"
      | "rate-limited"
      | "unavailable"
      | "target-unavailable"
      | "target-full",
    readonly status: number,
  ) {
    super(code);
  }
}

const serviceRow = z.object({
  id: z.string(),
  org_id: z.string(),
  slug: z.string(),
  names: z.record(z.string(), z.string()),
  languages: z.array(z.enum(["fi", "sv", "en"])),
  topics: z.array(z.object({ id: z.string(), names: z.record(z.string(), z.string()) })),
  opening_hours: z.unknown(),
  retention_days: z.number(),
});

function toService(row: unknown): ChatService {
  const r = serviceRow.parse(row);
  const names = (n: Record<string, string>): Record<Lang, string> => ({
    fi: n.fi ?? "",
    sv: n.sv ?? n.fi ?? "",
    en: n.en ?? n.fi ?? "",
  });
  return {
    id: r.id,
    orgId: r.org_id,
    slug: r.slug,
    names: names(r.names),
    languages: r.languages,
    topics: r.topics.map((t) => ({ id: t.id, names: names(t.names) })),
    openingHours: openingHoursSchema.parse(r.opening_hours),
    retentionDays: r.retention_days,
  };
}

interface RawMessage {
  id: string;
  session_id: string;
  sender: string;
  sender_alias: string | null;
  text_enc: string;
  client_msg_id: string | null;
  created_at: Date | string;
}

interface RawSession {
  id: string;
  service_id: string;
  org_id: string;
  status: string;
  lang: string;
  topic: string | null;
  crisis: boolean;
  crisis_categories: string[];
  crisis_reasons_enc: string | null;
  assigned_user_id: string | null;
  created_at: Date | string;
  accepted_at: Date | string | null;
  ended_at: Date | string | null;
  end_reason: string | null;
  feedback_rating: number | null;
}

/** Drizzle's driver makes postgres.js return timestamps as strings; this reads either. */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
const toDateOrNull = (value: Date | string | null): Date | null => (value === null ? null : toDate(value));

function toSession(r: RawSession): SessionRow {
  return {
    id: r.id,
    serviceId: r.service_id,
    orgId: r.org_id,
    status: r.status as SessionStatus,
    lang: r.lang as Lang,
    topic: r.topic,
    crisis: r.crisis,
    crisisCategories: r.crisis_categories,
    crisisReasonsEnc: r.crisis_reasons_enc,
    assignedUserId: r.assigned_user_id,
    createdAt: toDate(r.created_at),
    acceptedAt: toDateOrNull(r.accepted_at),
    endedAt: toDateOrNull(r.ended_at),
    endReason: r.end_reason,
    feedbackRating: r.feedback_rating,
  };
}

export const demoTopics = [
  { id: "mood", names: { fi: "Mieliala ja jaksaminen", sv: "Humör och ork", en: "Mood and coping" } },
  { id: "anxiety", names: { fi: "Ahdistus ja huoli", sv: "Ångest och oro", en: "Anxiety and worry" } },
  {
    id: "relationships",
    names: {
      fi: "Ihmissuhteet ja yksinäisyys",
      sv: "Relationer och ensamhet",
      en: "Relationships and loneliness",
    },
  },
  {
    id: "substances",
    names: { fi: "Päihteet ja pelaaminen", sv: "Rusmedel och spel", en: "Substances and gambling" },
  },
  { id: "money", names: { fi: "Raha ja arki", sv: "Pengar och vardag", en: "Money and everyday life" } },
] as const;

/** At every start: the demo organisation's round-the-clock chat service (and the organisation, if not there yet). */
export async function ensureDemoChatService(options: { database: Database }): Promise<void> {
  const { sql } = options.database;
  await sql`insert into organisations (slug, name, county_id)
    values ('demo-pirkanmaa', 'Pirkanmaan hyvinvointialue (demo)', 'PI') on conflict (slug) do nothing`;
  await sql`insert into chat_services (org_id, slug, names, languages, topics, opening_hours, retention_days)
    select id, 'demo-chat',
      ${JSON.stringify({ fi: "Luukku-chat", sv: "Luukku-chatten", en: "Luukku chat" })}::jsonb,
      ${JSON.stringify(["fi", "sv", "en"])}::jsonb, ${JSON.stringify(demoTopics)}::jsonb,
      ${JSON.stringify({ weekly: "24/7", holidays: { rule: "open" }, exceptions: [] })}::jsonb, 30
    from organisations where slug = 'demo-pirkanmaa'
    on conflict (org_id, slug) do nothing`;
}

export interface ChatDeps {
  database: Database;
  cipher: FieldCipher;
  events: EventBus;
}

export type ChatCore = ReturnType<typeof createChatCore>;

/** The chat's use cases. Every staff read checks the session's organisation against the worker's grants. */
export function createChatCore(deps: ChatDeps) {
  const { sql } = deps.database;
  const { cipher, events } = deps;
  const helplines = loadHelplines();

  const publish = async (payload: string): Promise<void> => {
    await events.publish(CHAT_CHANNEL, payload);
  };

  async function loadSession(id: string): Promise<SessionRow | undefined> {
    if (!z.uuid().safeParse(id).success) return undefined;
    const [row] = await sql<RawSession[]>`select * from chat_sessions where id = ${id}`;
    return row ? toSession(row) : undefined;
  }

  async function loadService(id: string): Promise<ChatService | undefined> {
    const [row] = await sql`select * from chat_services where id = ${id}`;
    return row ? toService(row) : undefined;
  }

  function decryptMessage(r: RawMessage): ChatMessage {
    return {
      id: r.id,
      sessionId: r.session_id,
      from: r.sender as Sender,
      text: cipher.decrypt(r.text_enc, messageAad(r.id)),
      at: toDate(r.created_at).toISOString(),
      clientMsgId: r.sender === "client" ? r.client_msg_id : null,
      alias: r.sender === "worker" ? r.sender_alias : null,
    };
  }

  const messageColumns = sql`id, session_id, sender, sender_alias, text_enc, client_msg_id, created_at`;

  /**
   * Messages this process wrote in the last moments, so its own hub does not read them back from the
   * database to tell its sockets (other processes still read them by id).
   */
  const recent = new Map<string, ChatMessage>();
  function remember(message: ChatMessage): void {
    recent.set(message.id, message);
    if (recent.size > 2000) {
      const first = recent.keys().next().value;
      if (first !== undefined) recent.delete(first);
    }
  }

  /**
   * Messages another process wrote arrive as NOTIFY bursts under load; the reads of one turn of the event loop
   * become one query (`id = any(…)`) instead of one round trip each.
   */
  let pendingReads: Map<string, ((message: ChatMessage | undefined) => void)[]> | undefined;
  function loadMessageBatched(id: string): Promise<ChatMessage | undefined> {
    return new Promise((resolve) => {
      if (!pendingReads) {
        const batch = new Map<string, ((message: ChatMessage | undefined) => void)[]>();
        pendingReads = batch;
        setImmediate(() => {
          pendingReads = undefined;
          void readBatch(batch);
        });
      }
      const waiting = pendingReads.get(id) ?? [];
      waiting.push(resolve);
      pendingReads.set(id, waiting);
    });
  }
  async function readBatch(
    batch: Map<string, ((message: ChatMessage | undefined) => void)[]>,
  ): Promise<void> {
    const found = new Map<string, ChatMessage>();
    try {
      const rows = await sql<RawMessage[]>`
        select ${messageColumns} from chat_messages where id = any(${[...batch.keys()]}::uuid[])`;
      for (const row of rows) found.set(row.id, decryptMessage(row));
    } catch {
      // A failed read delivers nothing now; the next sync (reconnect, reload) shows the stored message.
    }
    for (const [id, waiting] of batch) for (const resolve of waiting) resolve(found.get(id));
  }

  async function insertMessage(options: {
    sessionId: string;
    sender: Sender;
    text: string;
    senderUserId?: string;
    clientMsgId?: string;
    /** Refuse (as "ended") when the session has ended, in the same statement. */
    openOnly?: boolean;
  }): Promise<{ message: ChatMessage; created: boolean }> {
    const id = randomUUID();
    const open = options.openOnly
      ? sql`where exists (select 1 from chat_sessions where id = ${options.sessionId} and status <> 'ended')`
      : sql``;
    // A worker's alias is kept with the message, so a later transfer does not rename what they wrote.
    const alias =
      options.sender === "worker" && options.senderUserId
        ? sql`(select alias from staff_users where id = ${options.senderUserId})`
        : sql`null`;
    const rows = await sql<{ created_at: Date | string; sender_alias: string | null }[]>`
      insert into chat_messages (id, session_id, sender, sender_user_id, sender_alias, text_enc, client_msg_id)
      select ${id}::uuid, ${options.sessionId}::uuid, ${options.sender}, ${options.senderUserId ?? null}::uuid,
        ${alias}, ${cipher.encrypt(options.text, messageAad(id))}, ${options.clientMsgId ?? null} ${open}
      on conflict (session_id, sender, client_msg_id) do nothing
      returning created_at, sender_alias`;
    const inserted = rows[0];
    if (inserted) {
      const message: ChatMessage = {
        id,
        sessionId: options.sessionId,
        from: options.sender,
        text: options.text,
        at: toDate(inserted.created_at).toISOString(),
        clientMsgId: options.sender === "client" ? (options.clientMsgId ?? null) : null,
        alias: options.sender === "worker" ? inserted.sender_alias : null,
      };
      remember(message);
      return { message, created: true };
    }
    // The same clientMsgId again (a resend after a dropped connection): answer with the stored one.
    const [existing] = await sql<RawMessage[]>`
      select ${messageColumns} from chat_messages
      where session_id = ${options.sessionId} and sender = ${options.sender} and client_msg_id = ${options.clientMsgId ?? ""}`;
    if (!existing) {
      if (options.openOnly) throw new ChatError("ended", 409);
      throw new Error("message vanished");
    }
    return { message: decryptMessage(existing), created: false };
  }

  /** Position (1-based) of every queued session of an organisation: crisis first, then the longest waiting. */
  async function queueOrder(orgId: string): Promise<string[]> {
    const rows = await sql<{ id: string }[]>`
      select id from chat_sessions where org_id = ${orgId} and status = 'queued'
      order by crisis desc, created_at asc, id asc`;
    return rows.map((r) => r.id);
  }

  async function capacity(orgId: string): Promise<{ freeSlots: number; totalSlots: number }> {
    const [row] = await sql<{ total: number; used: number }[]>`
      select coalesce(sum(w.max_concurrent), 0)::int as total,
        coalesce(sum((select count(*) from chat_sessions s where s.assigned_user_id = w.user_id and s.status = 'active')), 0)::int as used
      from chat_worker_status w where w.org_id = ${orgId} and w.available`;
    const total = row?.total ?? 0;
    return { totalSlots: total, freeSlots: Math.max(0, total - (row?.used ?? 0)) };
  }

  async function recentTimes(orgId: string): Promise<{ handling: number[]; waits: number[] }> {
    const rows = await sql<{ handling: number | null; wait: number }[]>`
      select extract(epoch from (ended_at - accepted_at))::float8 as handling,
        extract(epoch from (accepted_at - created_at))::float8 as wait
      from chat_sessions where org_id = ${orgId} and accepted_at is not null
      order by accepted_at desc limit 30`;
    return {
      handling: rows.flatMap((r) => (r.handling !== null && r.handling > 0 ? [r.handling] : [])),
      waits: rows.map((r) => r.wait),
    };
  }

  /**
   * Capacity and recent times for estimates, remembered for a second: arrivals come in bursts and each one
   * needs an estimate. Forgotten at once when availability or an assignment changes.
   */
  const estimateCache = new Map<
    string,
    {
      at: number;
      value: Promise<[Awaited<ReturnType<typeof capacity>>, Awaited<ReturnType<typeof recentTimes>>]>;
    }
  >();
  function estimateInputs(orgId: string) {
    const hit = estimateCache.get(orgId);
    if (hit && Date.now() - hit.at < 1000) return hit.value;
    const value = Promise.all([capacity(orgId), recentTimes(orgId)]);
    value.catch(() => estimateCache.delete(orgId));
    if (estimateCache.size > 1000) estimateCache.clear();
    estimateCache.set(orgId, { at: Date.now(), value });
    return value;
  }
  const forgetEstimates = (orgId: string): void => {
    estimateCache.delete(orgId);
  };

  /** Queue positions and honest estimates for a set of sessions of one organisation. */
  async function queueInfo(orgId: string): Promise<Map<string, { position: number; etaSeconds: number }>> {
    const [order, [cap, times]] = await Promise.all([queueOrder(orgId), estimateInputs(orgId)]);
    const result = new Map<string, { position: number; etaSeconds: number }>();
    order.forEach((id, i) => {
      const position = i + 1;
      result.set(id, {
        position,
        etaSeconds: estimateWait({
          position,
          recentHandlingSeconds: times.handling,
          recentWaitSeconds: times.waits,
          ...cap,
        }),
      });
    });
    return result;
  }

  /** One session's place and estimate, with a count instead of the whole queue (cheap for long queues). */
  async function queueInfoFor(session: {
    id: string;
    orgId: string;
  }): Promise<{ position: number; etaSeconds: number } | undefined> {
    const [row] = await sql<{ position: number }[]>`
      select (select count(*)::int from chat_sessions q where q.org_id = s.org_id and q.status = 'queued'
        and (q.crisis, s.created_at, s.id) >= (s.crisis, q.created_at, q.id)) as position
      from chat_sessions s where s.id = ${session.id} and s.status = 'queued'`;
    if (!row) return undefined;
    const [cap, times] = await estimateInputs(session.orgId);
    return {
      position: row.position,
      etaSeconds: estimateWait({
        position: row.position,
        recentHandlingSeconds: times.handling,
        recentWaitSeconds: times.waits,
        ...cap,
      }),
    };
  }

  async function findService(options: { serviceId?: string; lang: Lang }): Promise<ChatService> {
    if (options.serviceId !== undefined) {
      if (!z.uuid().safeParse(options.serviceId).success) throw new ChatError("no-service", 404);
      const service = await loadService(options.serviceId);
      if (!service) throw new ChatError("no-service", 404);
      return service;
    }
    const rows = await sql`select * from chat_services order by created_at asc, id asc`;
    const services = rows.map(toService);
    const service = services.find((s) => s.languages.includes(options.lang)) ?? services[0];
    if (!service) throw new ChatError("no-service", 404);
    return service;
  }

  function workerOrgIds(context: StaffContext): string[] | "all" {
    if (isGlobalAdmin(context)) return "all";
    return context.grants.filter((g) => g.role === "chat_worker").map((g) => g.orgId);
  }

  function supervisorOrgIds(context: StaffContext): string[] | "all" {
    if (isGlobalAdmin(context)) return "all";
    return context.grants.filter((g) => g.role === "manager" || g.role === "org_admin").map((g) => g.orgId);
  }

  function canWorkIn(context: StaffContext, orgId: string): boolean {
    const orgs = workerOrgIds(context);
    return orgs === "all" || orgs.includes(orgId);
  }

  /** A session a worker may see: in one of their organisations, else it "does not exist". */
  async function sessionForWorker(context: StaffContext, sessionId: string): Promise<SessionRow> {
    const session = await loadSession(sessionId);
    if (!session || !canWorkIn(context, session.orgId)) throw new ChatError("not-found", 404);
    return session;
  }

  /** Until a worker chooses, their organisation's default (set per service by its org_admin) applies. */
  async function defaultMaxConcurrent(orgId: string): Promise<number> {
    const [def] = await sql<{ n: number | null }[]>`
      select max(default_max_concurrent)::int as n from chat_services where org_id = ${orgId}`;
    return def?.n ?? 3;
  }

  /**
   * Inside a transaction: takes the worker's lock (so their accepts and transfers to them run one at a
   * time), then reads whether they are available and how many conversations they hold against their limit.
   * A worker who never set their status is not available.
   */
  async function roomOf(
    tx: TransactionSql,
    worker: { userId: string; orgId: string },
  ): Promise<{ available: boolean; maxConcurrent: number; open: number }> {
    await tx`select pg_advisory_xact_lock(hashtext(${`chat-worker:${worker.userId}`}))`;
    const [status] = await tx<{ available: boolean; max_concurrent: number }[]>`
      select available, max_concurrent from chat_worker_status where user_id = ${worker.userId}`;
    const [{ open } = { open: 0 }] = await tx<{ open: number }[]>`
      select count(*)::int as open from chat_sessions where assigned_user_id = ${worker.userId} and status = 'active'`;
    return {
      available: status?.available ?? false,
      maxConcurrent: status?.max_concurrent ?? (await defaultMaxConcurrent(worker.orgId)),
      open,
    };
  }

  async function endSession(session: SessionRow, reason: string): Promise<boolean> {
    const rows = await sql`update chat_sessions set status = 'ended', ended_at = now(), end_reason = ${reason}
      where id = ${session.id} and status <> 'ended' returning id`;
    if (rows.length === 0) return false;
    forgetEstimates(session.orgId);
    await publish(`s:${session.id}`);
    if (session.status === "queued") await publish(`q:${session.orgId}`);
    return true;
  }

  /**
   * Opening status, remembered until it can next change (at most a minute). `openingStatus` walks the
   * calendar up to a year ahead (tens of milliseconds for a 24/7 service), too much to repeat for every
   * session start. The key holds the hours themselves, so an edit by the org_admin applies at once.
   */
  const statusCache = new Map<string, { status: OpeningStatus; from: number; until: number }>();
  function statusOf(service: ChatService, at: Date): OpeningStatus {
    const key = `${service.id}:${JSON.stringify(service.openingHours)}`;
    const t = at.getTime();
    const hit = statusCache.get(key);
    if (hit && t >= hit.from && t < hit.until) return hit.status;
    const status = openingStatus({ hours: service.openingHours, at });
    const change = status.closesAt ?? status.opensAt;
    const until = Math.min(t + 60_000, change ? change.getTime() : Infinity);
    if (statusCache.size > 1000) statusCache.clear();
    statusCache.set(key, { status, from: t, until });
    return status;
  }

  return {
    loadSession,
    loadService,
    findService,
    queueInfo,
    queueInfoFor,
    workerOrgIds,
    supervisorOrgIds,
    canWorkIn,
    sessionForWorker,

    /** The service to show on the chat page and whether it is open. */
    async pageStatus(options: { lang: Lang; now?: Date }) {
      const service = await findService({ lang: options.lang }).catch(() => undefined);
      if (!service) return undefined;
      return {
        service,
        status: statusOf(service, options.now ?? new Date()),
      };
    },

    async startSession(options: {
      lang: Lang;
      serviceId?: string;
      topic?: string;
      now?: Date;
    }): Promise<
      | { closed: false; sessionId: string; token: string; queue: { position: number; etaSeconds: number } }
      | { closed: true; opensAt: Date | undefined }
    > {
      const service = await findService(options);
      // Nobody would be there to answer in a language the service does not offer.
      if (!service.languages.includes(options.lang)) throw new ChatError("unsupported-lang", 400);
      const status = statusOf(service, options.now ?? new Date());
      if (!status.open) return { closed: true, opensAt: status.opensAt };
      if (options.topic !== undefined && !service.topics.some((t) => t.id === options.topic)) {
        throw new ChatError("bad-request", 400);
      }
      const id = randomUUID();
      const token = newToken();
      await sql`insert into chat_sessions (id, service_id, org_id, token_hash, lang, topic)
        values (${id}, ${service.id}, ${service.orgId}, ${hashToken(token)}, ${options.lang}, ${options.topic ?? null})`;
      await publish(`q:${service.orgId}`);
      const queue = (await queueInfoFor({ id, orgId: service.orgId })) ?? { position: 1, etaSeconds: 0 };
      return { closed: false, sessionId: id, token, queue };
    },

    /** The session a client token opens; ended sessions only for a while, for the transcript and feedback. */
    async authenticate(token: string): Promise<SessionRow> {
      if (token.length < 20 || token.length > 200) throw new ChatError("bad-token", 401);
      const [row] = await sql<
        RawSession[]
      >`select * from chat_sessions where token_hash = ${hashToken(token)}`;
      if (!row) throw new ChatError("bad-token", 401);
      const session = toSession(row);
      if (session.endedAt && Date.now() - session.endedAt.getTime() > ENDED_TOKEN_MINUTES * 60_000) {
        throw new ChatError("expired", 401);
      }
      return session;
    },

    /**
     * A client socket's first frame: the token's session, marked connected, in one round trip (every idle
     * connection pays this once, so it is kept to one statement).
     */
    async connectClient(token: string): Promise<SessionRow> {
      if (token.length < 20 || token.length > 200) throw new ChatError("bad-token", 401);
      const [row] = await sql<RawSession[]>`
        update chat_sessions set client_left_at = null where token_hash = ${hashToken(token)} returning *`;
      if (!row) throw new ChatError("bad-token", 401);
      const session = toSession(row);
      if (session.endedAt && Date.now() - session.endedAt.getTime() > ENDED_TOKEN_MINUTES * 60_000) {
        throw new ChatError("expired", 401);
      }
      return session;
    },

    async clientConnected(sessionId: string): Promise<void> {
      await sql`update chat_sessions set client_left_at = null where id = ${sessionId}`;
    },

    async clientDisconnected(sessionId: string): Promise<void> {
      await sql`update chat_sessions set client_left_at = now() where id = ${sessionId} and status <> 'ended'`;
    },

    /** Ends conversations whose client has been gone longer than the reconnect window. */
    async endAbandoned(): Promise<number> {
      const rows = await sql<{ id: string; org_id: string; status: string }[]>`
        update chat_sessions s set status = 'ended', ended_at = now(), end_reason = 'client-left'
        from (select id, status as old_status from chat_sessions where status <> 'ended'
          and client_left_at < now() - make_interval(mins => ${CLIENT_GONE_MINUTES}) for update) old
        where s.id = old.id returning s.id, s.org_id, old.old_status as status`;
      for (const r of rows) {
        await publish(`s:${r.id}`);
        if (r.status === "queued") await publish(`q:${r.org_id}`);
      }
      return rows.length;
    },

    async messages(sessionId: string): Promise<ChatMessage[]> {
      const rows = await sql<RawMessage[]>`
        select ${messageColumns} from chat_messages where session_id = ${sessionId} order by seq asc`;
      return rows.map(decryptMessage);
    },

    async messageById(id: string): Promise<ChatMessage | undefined> {
      const known = recent.get(id);
      if (known) return known;
      if (!z.uuid().safeParse(id).success) return undefined;
      return loadMessageBatched(id);
    },

    /**
     * A client's message: written to the database first (so an acknowledged message is durable), checked for
     * crisis, then announced. A resend with the same clientMsgId returns the stored message.
     */
    async postClientMessage(options: {
      session: SessionRow;
      text: string;
      clientMsgId: string;
      /**
       * Counted from the stored messages, for senders without a connection to count on (the no-JS form):
       * more than `max` new messages within `windowMs` is refused. A resend of a stored one is never refused.
       */
      limit?: { max: number; windowMs: number };
    }): Promise<{ message: ChatMessage; crisisMessage?: ChatMessage }> {
      // The session's fixed facts (id, organisation, language) come with it; "ended" is checked in the insert.
      const current = options.session;
      if (options.limit) {
        const [row] = await sql<{ recent: number; same: number }[]>`
          select count(*) filter (where created_at > now() - make_interval(secs => ${options.limit.windowMs / 1000}))::int as recent,
            count(*) filter (where client_msg_id = ${options.clientMsgId})::int as same
          from chat_messages where session_id = ${current.id} and sender = 'client'`;
        if ((row?.recent ?? 0) >= options.limit.max && (row?.same ?? 0) === 0) {
          throw new ChatError("rate-limited", 429);
        }
      }
      const { message, created } = await insertMessage({
        sessionId: current.id,
        sender: "client",
        text: options.text,
        clientMsgId: options.clientMsgId,
        openOnly: true,
      });
      if (!created) return { message };
      let crisisMessage: ChatMessage | undefined;
      const assessment = assessCrisis({ text: options.text, lang: current.lang });
      if (assessment.crisis) {
        const flagged =
          await sql`update chat_sessions set crisis = true, crisis_at = coalesce(crisis_at, now()),
            crisis_categories = ${JSON.stringify(assessment.categories)}::jsonb,
            crisis_reasons_enc = ${cipher.encrypt(JSON.stringify(assessment.reasons), crisisReasonsAad(current.id))}
          where id = ${current.id} and not crisis returning id`;
        if (flagged.length > 0) {
          crisisMessage = (
            await insertMessage({ sessionId: current.id, sender: "system", text: crisisText(current.lang) })
          ).message;
          await publish(`m:${crisisMessage.id}:${current.id}`);
          await publish(`q:${current.orgId}`);
          await publish(`s:${current.id}`);
        }
      }
      await publish(`m:${message.id}:${current.id}`);
      return { message, ...(crisisMessage ? { crisisMessage } : {}) };
    },

    async typing(options: { sessionId: string; from: "c" | "w" }): Promise<void> {
      await publish(`t:${options.sessionId}:${options.from}`);
    },

    async endByClient(session: SessionRow): Promise<void> {
      const current = await loadSession(session.id);
      if (!current || current.status === "ended") throw new ChatError("ended", 409);
      await endSession(current, "client-ended");
    },

    async feedback(options: { session: SessionRow; rating: number; text: string }): Promise<void> {
      const current = await loadSession(options.session.id);
      if (current?.status !== "ended") throw new ChatError("bad-request", 409);
      await sql`update chat_sessions set feedback_rating = ${options.rating},
        feedback_text_enc = ${options.text ? cipher.encrypt(options.text, feedbackAad(current.id)) : null}
        where id = ${current.id}`;
    },

    // ---- worker side ----

    async workerStatus(context: StaffContext): Promise<{ available: boolean; maxConcurrent: number }> {
      const [row] = await sql<{ available: boolean; max_concurrent: number }[]>`
        select available, max_concurrent from chat_worker_status where user_id = ${context.userId}`;
      if (row) return { available: row.available, maxConcurrent: row.max_concurrent };
      return { available: false, maxConcurrent: await defaultMaxConcurrent(context.orgId) };
    },

    async setAvailability(options: { context: StaffContext; available: boolean; maxConcurrent: number }) {
      await sql`insert into chat_worker_status (user_id, org_id, available, max_concurrent)
        values (${options.context.userId}, ${options.context.orgId}, ${options.available}, ${options.maxConcurrent})
        on conflict (user_id) do update set available = excluded.available,
          max_concurrent = excluded.max_concurrent, updated_at = now()`;
      forgetEstimates(options.context.orgId);
      await publish(`q:${options.context.orgId}`);
    },

    /** Crisis first, then the longest waiting; `sessionId` takes that one, refusing one already taken. */
    async accept(options: { context: StaffContext; sessionId?: string }): Promise<SessionRow> {
      const { context } = options;
      const orgs = workerOrgIds(context);
      if (options.sessionId !== undefined) await sessionForWorker(context, options.sessionId);
      return sql
        .begin(async (tx) => {
          // One worker's accepts (and transfers to them) run one at a time so the limit holds.
          const room = await roomOf(tx, { userId: context.userId, orgId: context.orgId });
          if (!room.available) throw new ChatError("unavailable", 409);
          if (room.open >= room.maxConcurrent) throw new ChatError("full", 409);
          const orgFilter =
            orgs === "all"
              ? tx`true`
              : tx`org_id in ${tx(orgs.length > 0 ? orgs : ["00000000-0000-0000-0000-000000000000"])}`;
          // A conversation passed to a team waits for that team's workers only.
          const teamFilter = tx`(team_id is null or team_id in
            (select team_id from chat_team_members where user_id = ${context.userId}))`;
          const [candidate] = options.sessionId
            ? await tx<{ id: string }[]>`select id from chat_sessions where id = ${options.sessionId}
              and status = 'queued' and ${teamFilter} for update skip locked`
            : await tx<{ id: string }[]>`select id from chat_sessions where status = 'queued' and ${orgFilter}
              and ${teamFilter} order by crisis desc, created_at asc, id asc limit 1 for update skip locked`;
          if (!candidate) throw new ChatError(options.sessionId ? "taken" : "queue-empty", 409);
          const [row] = await tx<
            RawSession[]
          >`update chat_sessions set status = 'active', accepted_at = coalesce(accepted_at, now()),
            assigned_user_id = ${context.userId} where id = ${candidate.id} and status = 'queued' returning *`;
          if (!row) throw new ChatError("taken", 409);
          return toSession(row);
        })
        .then(async (session) => {
          forgetEstimates(session.orgId);
          await publish(`s:${session.id}`);
          await publish(`q:${session.orgId}`);
          return session;
        });
    },

    async postWorkerMessage(options: {
      context: StaffContext;
      sessionId: string;
      text: string;
      clientMsgId?: string;
    }): Promise<ChatMessage> {
      const session = await sessionForWorker(options.context, options.sessionId);
      if (session.status === "ended") throw new ChatError("ended", 409);
      if (session.assignedUserId !== options.context.userId) throw new ChatError("taken", 409);
      const { message, created } = await insertMessage({
        sessionId: session.id,
        sender: "worker",
        text: options.text,
        senderUserId: options.context.userId,
        clientMsgId: options.clientMsgId ?? randomUUID(),
      });
      if (created) await publish(`m:${message.id}:${session.id}`);
      return message;
    },

    /** The transcript for a worker; every view is audited. */
    async transcriptForWorker(options: { context: StaffContext; sessionId: string }) {
      const session = await sessionForWorker(options.context, options.sessionId);
      await appendAudit(sql, {
        action: "chat.transcript.view",
        actorUserId: options.context.userId,
        orgId: session.orgId,
        targetType: "chat_session",
        targetId: session.id,
      });
      const messages = await this.messages(session.id);
      const notes = await sql<{ id: string; text_enc: string; created_at: Date; alias: string | null }[]>`
        select n.id, n.text_enc, n.created_at, u.alias from chat_notes n left join staff_users u on u.id = n.author_user_id
        where n.session_id = ${session.id} order by n.created_at asc`;
      const reasons = session.crisisReasonsEnc
        ? z
            .array(z.string())
            .catch([])
            .parse(JSON.parse(cipher.decrypt(session.crisisReasonsEnc, crisisReasonsAad(session.id))))
        : [];
      return {
        session,
        messages,
        crisisReasons: reasons,
        notes: notes.map((n) => ({
          id: n.id,
          author: n.alias ?? "",
          at: toDate(n.created_at),
          text: cipher.decrypt(n.text_enc, noteAad(n.id)),
        })),
      };
    },

    async addNote(options: { context: StaffContext; sessionId: string; text: string }): Promise<void> {
      const session = await sessionForWorker(options.context, options.sessionId);
      const id = randomUUID();
      await sql`insert into chat_notes (id, session_id, author_user_id, text_enc)
        values (${id}, ${session.id}, ${options.context.userId}, ${cipher.encrypt(options.text, noteAad(id))})`;
    },

    async endByWorker(options: { context: StaffContext; sessionId: string }): Promise<void> {
      const session = await sessionForWorker(options.context, options.sessionId);
      if (session.status === "ended") throw new ChatError("ended", 409);
      if (session.status === "active" && session.assignedUserId !== options.context.userId)
        throw new ChatError("taken", 409);
      await endSession(session, "worker-ended");
    },

    /**
     * Hands an active conversation to another chat worker of the same organisation, or to one of its teams,
     * with a note. A team transfer puts the conversation back in the queue with its original place (its
     * start time and crisis flag are kept), where only that team's workers take it.
     */
    async transfer(
      options: { context: StaffContext; sessionId: string; note: string } & (
        { toUserId: string; toTeamId?: undefined } | { toTeamId: string; toUserId?: undefined }
      ),
    ): Promise<void> {
      const session = await sessionForWorker(options.context, options.sessionId);
      if (session.status !== "active" || session.assignedUserId !== options.context.userId) {
        throw new ChatError("taken", 409);
      }
      if (options.toTeamId !== undefined) {
        if (!z.uuid().safeParse(options.toTeamId).success) throw new ChatError("not-found", 404);
        const [team] =
          await sql`select id from chat_teams where id = ${options.toTeamId} and org_id = ${session.orgId}`;
        if (!team) throw new ChatError("not-found", 404);
        const moved = await sql`update chat_sessions set status = 'queued', assigned_user_id = null,
            team_id = ${options.toTeamId}
          where id = ${session.id} and status = 'active' and assigned_user_id = ${options.context.userId} returning id`;
        if (moved.length === 0) throw new ChatError("taken", 409);
        forgetEstimates(session.orgId);
        if (options.note.trim())
          await this.addNote({ context: options.context, sessionId: session.id, text: options.note.trim() });
        const told = await insertMessage({
          sessionId: session.id,
          sender: "system",
          text: teamText(session.lang, "toTeamClient"),
        });
        await publish(`s:${session.id}`);
        await publish(`m:${told.message.id}:${session.id}`);
        await publish(`q:${session.orgId}`);
        return;
      }
      if (!z.uuid().safeParse(options.toUserId).success) throw new ChatError("not-found", 404);
      if (options.toUserId === options.context.userId) throw new ChatError("bad-request", 400);
      const toUserId = options.toUserId;
      const [target] = await sql`select u.id from staff_users u join staff_roles r on r.user_id = u.id
        where u.id = ${toUserId} and r.org_id = ${session.orgId} and r.role = 'chat_worker' and u.disabled_at is null`;
      if (!target) throw new ChatError("not-found", 404);
      await sql.begin(async (tx) => {
        // The receiver's lock: their own accepts wait, so together they never go over their limit.
        const room = await roomOf(tx, { userId: toUserId, orgId: session.orgId });
        if (!room.available) throw new ChatError("target-unavailable", 409);
        if (room.open >= room.maxConcurrent) throw new ChatError("target-full", 409);
        // Still active and still the sender's: a concurrent end or transfer wins and this one changes nothing.
        const moved = await tx`update chat_sessions set assigned_user_id = ${toUserId}
          where id = ${session.id} and status = 'active' and assigned_user_id = ${options.context.userId}
          returning id`;
        if (moved.length === 0) throw new ChatError("taken", 409);
      });
      forgetEstimates(session.orgId);
      if (options.note.trim())
        await this.addNote({ context: options.context, sessionId: session.id, text: options.note.trim() });
      const system = await insertMessage({
        sessionId: session.id,
        sender: "system",
        text: chatText(session.lang, "transferred"),
      });
      await publish(`s:${session.id}`);
      await publish(`m:${system.message.id}:${session.id}`);
    },

    /** The teams of an organisation a conversation can be passed to. */
    async teams(options: { orgId: string }) {
      return sql<{ id: string; name: string }[]>`
        select id, name from chat_teams where org_id = ${options.orgId} order by name`;
    },

    /** Chat workers a conversation can be passed to, with whether they have room for it now. */
    async colleagues(options: { context: StaffContext; orgId: string }) {
      const rows = await sql<
        { id: string; alias: string; display_name: string; available: boolean; has_room: boolean }[]
      >`
        select u.id, u.alias, u.display_name, coalesce(w.available, false) as available,
          (select count(*) from chat_sessions s where s.assigned_user_id = u.id and s.status = 'active')
            < coalesce(w.max_concurrent, ${await defaultMaxConcurrent(options.orgId)}) as has_room
        from staff_users u join staff_roles r on r.user_id = u.id
        left join chat_worker_status w on w.user_id = u.id
        where r.org_id = ${options.orgId} and r.role = 'chat_worker' and u.id <> ${options.context.userId}
          and u.disabled_at is null order by u.display_name`;
      return rows.map((r) => ({
        id: r.id,
        alias: r.alias,
        displayName: r.display_name,
        free: r.available && r.has_room,
      }));
    },

    async aliasOf(userId: string): Promise<string> {
      const [row] = await sql<{ alias: string }[]>`select alias from staff_users where id = ${userId}`;
      return row?.alias ?? "";
    },

    /** The worker's open conversations, topics named in `lang`. */
    async mySessions(options: { context: StaffContext; lang: Lang }) {
      const rows = await sql<
        { id: string; topic: string | null; lang: string; crisis: boolean; topics: unknown }[]
      >`
        select s.id, s.topic, s.lang, s.crisis, v.topics from chat_sessions s
        join chat_services v on v.id = s.service_id
        where s.assigned_user_id = ${options.context.userId} and s.status = 'active' order by s.accepted_at asc`;
      return rows.map((r) => ({
        id: r.id,
        lang: r.lang,
        crisis: r.crisis,
        topic: topicLabel({ topics: r.topics, id: r.topic, lang: options.lang }),
      }));
    },

    /** Queue summary for an organisation's workers: how many wait, how many in crisis, the longest wait. */
    async queueSummary(orgIds: string[] | "all") {
      const filter =
        orgIds === "all"
          ? sql`true`
          : sql`org_id in ${sql(orgIds.length > 0 ? orgIds : ["00000000-0000-0000-0000-000000000000"])}`;
      const [row] = await sql<{ queued: number; crisis: number; longest: number | null }[]>`
        select count(*)::int as queued, count(*) filter (where crisis)::int as crisis,
          extract(epoch from now() - min(created_at))::float8 as longest
        from chat_sessions where status = 'queued' and ${filter}`;
      return {
        queued: row?.queued ?? 0,
        crisis: row?.crisis ?? 0,
        longestWaitSeconds: Math.round(row?.longest ?? 0),
      };
    },

    /** The queue as workers see it, topics named in `lang`. */
    async queuedList(options: { orgIds: string[] | "all"; lang: Lang }) {
      const { orgIds } = options;
      const filter =
        orgIds === "all"
          ? sql`true`
          : sql`s.org_id in ${sql(orgIds.length > 0 ? orgIds : ["00000000-0000-0000-0000-000000000000"])}`;
      const rows = await sql<
        {
          id: string;
          topic: string | null;
          lang: string;
          crisis: boolean;
          crisis_categories: string[];
          created_at: Date | string;
          team: string | null;
          topics: unknown;
        }[]
      >`
        select s.id, s.topic, s.lang, s.crisis, s.crisis_categories, s.created_at, t.name as team, v.topics
        from chat_sessions s join chat_services v on v.id = s.service_id
        left join chat_teams t on t.id = s.team_id
        where s.status = 'queued' and ${filter}
        order by s.crisis desc, s.created_at asc limit 50`;
      return rows.map((r) => ({
        id: r.id,
        lang: r.lang,
        crisis: r.crisis,
        crisisCategories: r.crisis_categories,
        createdAt: toDate(r.created_at),
        team: r.team,
        topic: topicLabel({ topics: r.topics, id: r.topic, lang: options.lang }),
      }));
    },

    /** Load per worker for supervisors. */
    async workerLoad(orgIds: string[] | "all") {
      const filter =
        orgIds === "all"
          ? sql`true`
          : sql`w.org_id in ${sql(orgIds.length > 0 ? orgIds : ["00000000-0000-0000-0000-000000000000"])}`;
      return sql<
        { alias: string; display_name: string; available: boolean; max_concurrent: number; open: number }[]
      >`
        select u.alias, u.display_name, w.available, w.max_concurrent,
          (select count(*)::int from chat_sessions s where s.assigned_user_id = w.user_id and s.status = 'active') as open
        from chat_worker_status w join staff_users u on u.id = w.user_id where ${filter} order by u.display_name`;
    },

    async cannedReplies(options: { orgId: string; lang: Lang }) {
      return sql<{ id: string; title: string; text: string }[]>`
        select id, title, text from chat_canned_replies where org_id = ${options.orgId} and lang = ${options.lang} order by title`;
    },

    async cannedReply(options: { orgId: string; id: string }) {
      if (!z.uuid().safeParse(options.id).success) return undefined;
      const [row] = await sql<
        { text: string }[]
      >`select text from chat_canned_replies where org_id = ${options.orgId} and id = ${options.id}`;
      return row?.text;
    },

    isOrgAdmin(context: StaffContext): boolean {
      return isGlobalAdmin(context) || hasRole(context, "org_admin");
    },

    hasSupervisorRole(context: StaffContext): boolean {
      return isGlobalAdmin(context) || hasRole(context, "manager") || hasRole(context, "org_admin");
    },
  };

  function crisisText(lang: Lang): string {
    const contacts = crisisContacts({ lang, helplines });
    const lines = contacts.map((c) => [c.name, c.phone, c.hours].filter(Boolean).join(" · "));
    return [chatText(lang, "crisisIntro"), ...lines].join("\n");
  }
}

/**
 * Retention: conversations that ended more than their service's retention days ago are counted into the
 * daily statistics and then deleted with their messages and notes.
 */
export async function purgeExpiredChats(options: { database: Database; now?: Date }): Promise<number> {
  const { sql } = options.database;
  const now = options.now ?? new Date();
  return sql.begin(async (tx) => {
    const expired = await tx<{ id: string }[]>`
      select s.id from chat_sessions s join chat_services v on v.id = s.service_id
      where s.status = 'ended' and s.ended_at < ${now.toISOString()}::timestamptz - make_interval(days => v.retention_days)
      for update of s skip locked limit 5000`;
    if (expired.length === 0) return 0;
    const ids = expired.map((r) => r.id);
    // Ratings are counted too (their text goes with the transcript): how many, their sum, and each value.
    await tx`insert into chat_daily_stats as d (service_id, org_id, day, topic, lang, sessions, answered, crisis,
        wait_seconds_total, duration_seconds_total, feedback, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5)
      select service_id, org_id, (created_at at time zone 'Europe/Helsinki')::date, coalesce(topic, ''), lang,
        count(*)::int, count(accepted_at)::int, count(*) filter (where crisis)::int,
        coalesce(sum(extract(epoch from accepted_at - created_at)), 0)::bigint,
        coalesce(sum(extract(epoch from ended_at - accepted_at)), 0)::bigint,
        count(feedback_rating)::int, coalesce(sum(feedback_rating), 0)::int,
        count(*) filter (where feedback_rating = 1)::int, count(*) filter (where feedback_rating = 2)::int,
        count(*) filter (where feedback_rating = 3)::int, count(*) filter (where feedback_rating = 4)::int,
        count(*) filter (where feedback_rating = 5)::int
      from chat_sessions where id in ${tx(ids)}
      group by 1, 2, 3, 4, 5
      on conflict (service_id, day, topic, lang) do update set
        sessions = d.sessions + excluded.sessions, answered = d.answered + excluded.answered,
        crisis = d.crisis + excluded.crisis, wait_seconds_total = d.wait_seconds_total + excluded.wait_seconds_total,
        duration_seconds_total = d.duration_seconds_total + excluded.duration_seconds_total,
        feedback = d.feedback + excluded.feedback, rating_sum = d.rating_sum + excluded.rating_sum,
        rating_1 = d.rating_1 + excluded.rating_1, rating_2 = d.rating_2 + excluded.rating_2,
        rating_3 = d.rating_3 + excluded.rating_3, rating_4 = d.rating_4 + excluded.rating_4,
        rating_5 = d.rating_5 + excluded.rating_5`;
    await tx`delete from chat_sessions where id in ${tx(ids)}`;
    return ids.length;
  });
}

/** The chat's scheduled work: end conversations whose client left for good, then apply retention. */
export async function sweepChats(options: { database: Database; now?: Date }): Promise<void> {
  const { sql } = options.database;
  const rows = await sql<{ id: string; org_id: string }[]>`
    update chat_sessions set status = 'ended', ended_at = now(), end_reason = 'client-left'
    where status <> 'ended' and client_left_at < now() - make_interval(mins => ${CLIENT_GONE_MINUTES})
    returning id, org_id`;
  for (const r of rows) {
    await sql.notify(CHAT_CHANNEL, `s:${r.id}`);
    await sql.notify(CHAT_CHANNEL, `q:${r.org_id}`);
  }
  await purgeExpiredChats(options);
}

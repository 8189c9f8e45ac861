import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql as dsql } from "drizzle-orm";
import { appendAudit } from "../../platform/audit/index";
import { staffUsers, type StaffContext } from "../../platform/auth/index";
import { assessCrisis } from "../../platform/crisis/index";
import {
  hashToken,
  newReadableCode,
  normaliseReadableCode,
  type FieldCipher,
} from "../../platform/crypto/index";
import type { Database } from "../../platform/db/index";
import { organisations } from "../../platform/db/index";
import type { Lang } from "../../platform/i18n/index";
import { answerDue } from "./answer-due";
import {
  questionMessages,
  questionNoticeOutbox,
  questionServices,
  questionTemplates,
  questionThreads,
  voucherBatches,
  voucherUnits,
  vouchers,
} from "./tables";
import { professionName } from "./texts";
import { workingDaysLate } from "./working-days-late";

/** Associated data binding each message ciphertext to its row. */
export const questionMessageAad = (id: string): string => `question_messages.text_enc:${id}`;
/** Associated data of the optional notice address on a thread. */
export const notifyEmailAad = (threadId: string): string => `question_threads.notify_email_enc:${threadId}`;

export const QUESTION_MAX_CHARS = 4000;
/** 105 bits from the CSPRNG: 21 characters shown as six groups. */
export const RETRIEVAL_CODE_BITS = 105;
/**
 * 130 bits, 26 characters in groups of four: every anonymous code other than a retrieval code needs ≥128 bits
 * (ARCHITECTURE.md, security model). Cards printed with the earlier 16-character (80-bit) codes stay valid
 * until they expire; new ones are never made.
 */
export const VOUCHER_CODE_BITS = 130;
const VOUCHER_CODE_LENGTHS = [Math.ceil(VOUCHER_CODE_BITS / 5), 16];

export interface Deps {
  database: Database;
  cipher: FieldCipher;
}

export interface PublicService {
  id: string;
  orgId: string;
  name: string;
  description: string;
  organisation: string;
  voucherRequired: boolean;
  answerWithinWorkingDays: number;
  languages: string[];
  professions: string[];
  topics: string[];
  followUpLimit: number;
  retentionDays: number;
}

export type AskError =
  | "unknown-service"
  | "unknown-topic"
  | "unsupported-language"
  | "voucher-required"
  | "voucher-format"
  | "voucher-unknown"
  | "voucher-expired"
  | "voucher-used-up";

export type ThreadError =
  "not-found" | "follow-up-limit" | "thread-closed" | "feedback-twice" | "not-answered";

export type Result<T, E> = ({ ok: true } & T) | { ok: false; error: E };

export async function listQuestionServices(options: {
  database: Database;
  lang: Lang;
}): Promise<PublicService[]> {
  const rows = await options.database.db
    .select({ service: questionServices, orgName: organisations.name })
    .from(questionServices)
    .innerJoin(organisations, eq(organisations.id, questionServices.orgId))
    .where(eq(questionServices.active, true))
    .orderBy(asc(questionServices.voucherRequired), asc(questionServices.slug));
  return rows.map(({ service: s, orgName }) => ({
    id: s.id,
    orgId: s.orgId,
    name: s.name[options.lang] ?? s.slug,
    description: s.description[options.lang] ?? "",
    organisation: orgName,
    voucherRequired: s.voucherRequired,
    answerWithinWorkingDays: s.answerWithinWorkingDays,
    languages: s.languages,
    professions: s.professions,
    topics: s.topics,
    followUpLimit: s.followUpLimit,
    retentionDays: s.retentionDays,
  }));
}

const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const hashRetrievalCode = (code: string): string => hashToken(normaliseReadableCode(code));
export const hashVoucherCode = (code: string): string => hashToken(`voucher:${normaliseReadableCode(code)}`);

/** Whether a typed voucher could be one at all (length and letters), so a typo is named before any lookup. */
export function isVoucherCodeShape(code: string): boolean {
  const plain = normaliseReadableCode(code).replace(/-/g, "");
  return VOUCHER_CODE_LENGTHS.includes(plain.length) && /^[0-9A-HJKMNP-TV-Z]+$/.test(plain);
}

/** Sends a question: checks service and voucher, stores the text encrypted, returns the code once. */
export async function askQuestion(
  deps: Deps,
  input: {
    serviceId: string;
    lang: Lang;
    text: string;
    voucher?: string | undefined;
    /** One of the service's topics; undefined when the person is not sure. */
    topic?: string | undefined;
    /** Already validated; kept encrypted until the one notice is sent. */
    notifyEmail?: string | undefined;
    now?: Date;
  },
): Promise<Result<{ retrievalCode: string; answerDue: Date; crisis: boolean }, AskError>> {
  const { db } = deps.database;
  const now = input.now ?? new Date();
  if (!isUuid(input.serviceId)) return { ok: false, error: "unknown-service" };
  const [service] = await db
    .select()
    .from(questionServices)
    .where(and(eq(questionServices.id, input.serviceId), eq(questionServices.active, true)));
  if (!service) return { ok: false, error: "unknown-service" };
  if (!service.languages.includes(input.lang)) return { ok: false, error: "unsupported-language" };
  const voucherCode = input.voucher?.trim() ?? "";
  if (service.voucherRequired && voucherCode === "") return { ok: false, error: "voucher-required" };
  if (voucherCode !== "" && !isVoucherCodeShape(voucherCode)) return { ok: false, error: "voucher-format" };
  if (input.topic !== undefined && !service.topics.includes(input.topic))
    return { ok: false, error: "unknown-topic" };

  const assessment = assessCrisis({ text: input.text, lang: input.lang });
  const retrievalCode = newReadableCode(RETRIEVAL_CODE_BITS);
  const due = answerDue({ askedAt: now, workingDays: service.answerWithinWorkingDays });
  const threadId = randomUUID();
  const messageId = randomUUID();

  return db.transaction(async (tx) => {
    let unitId: string | null = null;
    if (voucherCode !== "") {
      const codeHash = hashVoucherCode(voucherCode);
      // One atomic step: two people using the last question of a voucher at once cannot both succeed.
      const [redeemed] = await tx
        .update(vouchers)
        .set({ questionsUsed: dsql`${vouchers.questionsUsed} + 1` })
        .where(
          and(
            eq(vouchers.codeHash, codeHash),
            eq(vouchers.orgId, service.orgId),
            dsql`${vouchers.questionsUsed} < ${vouchers.questionsAllowed}`,
            dsql`${vouchers.expiresAt} > ${now.toISOString()}`,
          ),
        )
        .returning({ unitId: vouchers.unitId });
      if (!redeemed) {
        const [voucher] = await tx
          .select()
          .from(vouchers)
          .where(and(eq(vouchers.codeHash, codeHash), eq(vouchers.orgId, service.orgId)));
        if (!voucher) return { ok: false, error: "voucher-unknown" } as const;
        if (voucher.expiresAt <= now) return { ok: false, error: "voucher-expired" } as const;
        return { ok: false, error: "voucher-used-up" } as const;
      }
      unitId = redeemed.unitId;
      await tx
        .update(voucherUnits)
        .set({ redemptions: dsql`${voucherUnits.redemptions} + 1` })
        .where(eq(voucherUnits.id, unitId));
    }
    await tx.insert(questionThreads).values({
      id: threadId,
      orgId: service.orgId,
      serviceId: service.id,
      codeHash: hashRetrievalCode(retrievalCode),
      lang: input.lang,
      topic: input.topic ?? null,
      notifyEmailEnc: input.notifyEmail
        ? deps.cipher.encrypt(input.notifyEmail, notifyEmailAad(threadId))
        : null,
      crisis: assessment.crisis,
      crisisCategories: assessment.categories,
      answerDue: due,
      unitId,
      createdAt: now,
      lastMessageAt: now,
    });
    await tx.insert(questionMessages).values({
      id: messageId,
      threadId,
      author: "client",
      textEnc: deps.cipher.encrypt(input.text, questionMessageAad(messageId)),
      createdAt: now,
    });
    return { ok: true, retrievalCode, answerDue: due, crisis: assessment.crisis } as const;
  });
}

export interface ClientThread {
  status: "waiting" | "answered" | "closed";
  answerDue: Date;
  crisis: boolean;
  followUpsLeft: number;
  feedback: string | null;
  retentionDays: number;
  messages: { from: "client" | "professional"; text: string; at: Date }[];
}

async function findThreadByCode(database: Database, code: string) {
  const [row] = await database.db
    .select({ thread: questionThreads, service: questionServices })
    .from(questionThreads)
    .innerJoin(questionServices, eq(questionServices.id, questionThreads.serviceId))
    .where(eq(questionThreads.codeHash, hashRetrievalCode(code)));
  return row;
}

/** What the person sees with their code: their messages and the professionals' answers, never notes. */
export async function retrieveThread(deps: Deps, input: { code: string }): Promise<ClientThread | undefined> {
  // One round trip: this is the hot path that the constant-time floor has to cover.
  const rows = await deps.database.sql<
    {
      status: string;
      answer_due: string | Date;
      crisis: boolean;
      follow_ups_left: number;
      feedback: string | null;
      retention_days: number;
      message_id: string | null;
      author: string | null;
      text_enc: string | null;
      at: string | Date | null;
    }[]
  >`
    select t.status, t.answer_due, t.crisis, greatest(s.follow_up_limit - t.follow_ups, 0) as follow_ups_left,
      t.feedback, s.retention_days, m.id as message_id, m.author, m.text_enc, m.created_at as at
    from question_threads t
    join question_services s on s.id = t.service_id
    left join question_messages m on m.thread_id = t.id and m.author in ('client', 'professional')
    where t.code_hash = ${hashRetrievalCode(input.code)}
    order by m.created_at`;
  const first = rows[0];
  if (!first) return undefined;
  return {
    status: first.status as ClientThread["status"],
    // Drizzle's driver setup leaves timestamps as text in raw queries.
    answerDue: new Date(first.answer_due),
    crisis: first.crisis,
    followUpsLeft: first.follow_ups_left,
    feedback: first.feedback,
    retentionDays: first.retention_days,
    messages: rows.flatMap((m) =>
      m.message_id && m.text_enc && m.at
        ? [
            {
              from: m.author as "client" | "professional",
              text: deps.cipher.decrypt(m.text_enc, questionMessageAad(m.message_id)),
              at: new Date(m.at),
            },
          ]
        : [],
    ),
  };
}

/** A follow-up within the service's limit; it goes back to the queue with a new promised time. */
export async function addFollowUp(
  deps: Deps,
  input: { code: string; text: string; now?: Date },
): Promise<Result<{ crisis: boolean }, ThreadError>> {
  const now = input.now ?? new Date();
  const row = await findThreadByCode(deps.database, input.code);
  if (!row) return { ok: false, error: "not-found" };
  const { thread, service } = row;
  if (thread.status === "closed") return { ok: false, error: "thread-closed" };
  if (thread.followUps >= service.followUpLimit) return { ok: false, error: "follow-up-limit" };
  const assessment = assessCrisis({ text: input.text, lang: thread.lang as Lang });
  const messageId = randomUUID();
  return deps.database.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(questionThreads)
      .set({
        followUps: dsql`${questionThreads.followUps} + 1`,
        status: "waiting",
        lastMessageAt: now,
        crisis: thread.crisis || assessment.crisis,
        crisisCategories: [...new Set([...thread.crisisCategories, ...assessment.categories])],
        answerDue:
          thread.status === "waiting"
            ? thread.answerDue
            : answerDue({ askedAt: now, workingDays: service.answerWithinWorkingDays }),
      })
      .where(
        and(
          eq(questionThreads.id, thread.id),
          dsql`${questionThreads.followUps} < ${service.followUpLimit}`,
          dsql`${questionThreads.status} <> 'closed'`,
        ),
      )
      .returning({ id: questionThreads.id });
    if (!updated) return { ok: false, error: "follow-up-limit" } as const;
    await tx.insert(questionMessages).values({
      id: messageId,
      threadId: thread.id,
      author: "client",
      textEnc: deps.cipher.encrypt(input.text, questionMessageAad(messageId)),
      createdAt: now,
    });
    return { ok: true, crisis: assessment.crisis } as const;
  });
}

export async function closeThread(
  deps: Deps,
  input: { code: string; now?: Date },
): Promise<Result<object, ThreadError>> {
  const row = await findThreadByCode(deps.database, input.code);
  if (!row) return { ok: false, error: "not-found" };
  if (row.thread.status === "closed") return { ok: true };
  await deps.database.db
    .update(questionThreads)
    .set({ status: "closed", closedAt: input.now ?? new Date(), claimedBy: null, claimedAt: null })
    .where(eq(questionThreads.id, row.thread.id));
  return { ok: true };
}

export async function giveFeedback(
  deps: Deps,
  input: { code: string; helped: boolean },
): Promise<Result<object, ThreadError>> {
  const row = await findThreadByCode(deps.database, input.code);
  if (!row) return { ok: false, error: "not-found" };
  if (row.thread.feedback !== null) return { ok: false, error: "feedback-twice" };
  if (row.thread.firstAnsweredAt === null) return { ok: false, error: "not-answered" };
  await deps.database.db
    .update(questionThreads)
    .set({ feedback: input.helped ? "helped" : "not-helped" })
    .where(eq(questionThreads.id, row.thread.id));
  return { ok: true };
}

/* ---------- staff side ---------- */

/** Organisations whose questions this professional answers: where they hold the counsellor role. */
export function answeringOrgIds(context: StaffContext): string[] {
  return [...new Set(context.grants.filter((g) => g.role === "counsellor").map((g) => g.orgId))];
}

/** Organisations whose team load this staff member may see: those they lead (org_admin or manager). */
export function teamOrgIds(context: StaffContext): string[] {
  return [
    ...new Set(
      context.grants.filter((g) => g.role === "org_admin" || g.role === "manager").map((g) => g.orgId),
    ),
  ];
}

export interface QueueRow {
  id: string;
  serviceName: string;
  lang: string;
  topic: string | null;
  profession: string | null;
  crisis: boolean;
  status: string;
  answerDue: Date;
  overdue: boolean;
  claimedBy: string | null;
  claimedByName: string | null;
  followUps: number;
}

export async function listQueue(options: {
  database: Database;
  orgIds: string[];
  lang: Lang;
  limit?: number;
  now?: Date;
}): Promise<{ rows: QueueRow[]; total: number; overdue: number; crisis: number }> {
  if (options.orgIds.length === 0) return { rows: [], total: 0, overdue: 0, crisis: 0 };
  const now = options.now ?? new Date();
  const { db } = options.database;
  const where = and(inArray(questionThreads.orgId, options.orgIds), eq(questionThreads.status, "waiting"));
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: questionThreads.id,
        serviceName: questionServices.name,
        lang: questionThreads.lang,
        topic: questionThreads.topic,
        profession: questionThreads.profession,
        crisis: questionThreads.crisis,
        status: questionThreads.status,
        answerDue: questionThreads.answerDue,
        claimedBy: questionThreads.claimedBy,
        claimedByName: staffUsers.displayName,
        followUps: questionThreads.followUps,
      })
      .from(questionThreads)
      .innerJoin(questionServices, eq(questionServices.id, questionThreads.serviceId))
      .leftJoin(staffUsers, eq(staffUsers.id, questionThreads.claimedBy))
      .where(where)
      .orderBy(desc(questionThreads.crisis), asc(questionThreads.answerDue))
      .limit(options.limit ?? 100),
    db
      .select({
        total: dsql<number>`count(*)::int`,
        overdue: dsql<number>`(count(*) filter (where ${questionThreads.answerDue} < ${now.toISOString()}))::int`,
        // Counted over the whole queue, not the rows shown, so the alert never undercounts.
        crisis: dsql<number>`(count(*) filter (where ${questionThreads.crisis}))::int`,
      })
      .from(questionThreads)
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      serviceName: r.serviceName[options.lang] ?? "",
      overdue: r.answerDue < now,
    })),
    total: totals?.total ?? 0,
    overdue: totals?.overdue ?? 0,
    crisis: totals?.crisis ?? 0,
  };
}

export interface StaffThread {
  id: string;
  orgId: string;
  serviceId: string;
  serviceName: string;
  lang: Lang;
  topic: string | null;
  profession: string | null;
  status: string;
  crisis: boolean;
  crisisCategories: string[];
  answerDue: Date;
  createdAt: Date;
  claimedBy: string | null;
  claimedByName: string | null;
  followUps: number;
  messages: {
    id: string;
    author: "client" | "professional" | "note";
    text: string;
    at: Date;
    by: string | null;
  }[];
}

/** Per-object authorisation: another organisation's thread "does not exist" for this professional. */
async function loadStaffThread(database: Database, orgIds: string[], threadId: string) {
  if (!isUuid(threadId) || orgIds.length === 0) return undefined;
  const [row] = await database.db
    .select({ thread: questionThreads, service: questionServices, claimedByName: staffUsers.displayName })
    .from(questionThreads)
    .innerJoin(questionServices, eq(questionServices.id, questionThreads.serviceId))
    .leftJoin(staffUsers, eq(staffUsers.id, questionThreads.claimedBy))
    .where(and(eq(questionThreads.id, threadId), inArray(questionThreads.orgId, orgIds)));
  return row;
}

/** Opens a thread for a professional; every view is written to the audit chain. */
export async function viewThreadAsStaff(
  deps: Deps,
  input: { actor: StaffContext; threadId: string; lang: Lang },
): Promise<StaffThread | undefined> {
  const row = await loadStaffThread(deps.database, answeringOrgIds(input.actor), input.threadId);
  if (!row) return undefined;
  const { thread, service } = row;
  const messages = await deps.database.db
    .select({ message: questionMessages, by: staffUsers.displayName })
    .from(questionMessages)
    .leftJoin(staffUsers, eq(staffUsers.id, questionMessages.staffUserId))
    .where(eq(questionMessages.threadId, thread.id))
    .orderBy(asc(questionMessages.createdAt));
  await appendAudit(deps.database.sql, {
    action: "questions.thread.viewed",
    actorUserId: input.actor.userId,
    orgId: thread.orgId,
    targetType: "question_thread",
    targetId: thread.id,
  });
  return {
    id: thread.id,
    orgId: thread.orgId,
    serviceId: service.id,
    serviceName: service.name[input.lang] ?? service.slug,
    lang: thread.lang as Lang,
    topic: thread.topic,
    profession: thread.profession,
    status: thread.status,
    crisis: thread.crisis,
    crisisCategories: thread.crisisCategories,
    answerDue: thread.answerDue,
    createdAt: thread.createdAt,
    claimedBy: thread.claimedBy,
    claimedByName: row.claimedByName,
    followUps: thread.followUps,
    messages: messages.map(({ message: m, by }) => ({
      id: m.id,
      author: m.author as "client" | "professional" | "note",
      text: deps.cipher.decrypt(m.textEnc, questionMessageAad(m.id)),
      at: m.createdAt,
      by,
    })),
  };
}

export type StaffActionError =
  | "not-found"
  | "claimed-by-other"
  /** The claim this action relied on was let go meanwhile (released, or the thread was answered). */
  | "claim-lost"
  | "closed"
  | "unknown-service"
  | "unknown-profession"
  | "unsupported-language"
  | "same-place";

/** Claims atomically: a second professional gets "claimed-by-other" with the first one's name. */
export async function claimThread(
  database: Database,
  input: { actor: StaffContext; threadId: string },
): Promise<Result<object, StaffActionError> & { claimedByName?: string | null }> {
  const row = await loadStaffThread(database, answeringOrgIds(input.actor), input.threadId);
  if (!row) return { ok: false, error: "not-found" };
  if (row.thread.status === "closed") return { ok: false, error: "closed" };
  const [claimed] = await database.db
    .update(questionThreads)
    .set({ claimedBy: input.actor.userId, claimedAt: new Date() })
    .where(
      and(
        eq(questionThreads.id, row.thread.id),
        dsql`${questionThreads.status} <> 'closed'`,
        dsql`(${questionThreads.claimedBy} is null or ${questionThreads.claimedBy} = ${input.actor.userId})`,
      ),
    )
    .returning({ id: questionThreads.id });
  if (!claimed) {
    const again = await loadStaffThread(database, answeringOrgIds(input.actor), input.threadId);
    if (again?.thread.status === "closed") return { ok: false, error: "closed" };
    return { ok: false, error: "claimed-by-other", claimedByName: again?.claimedByName ?? null };
  }
  await appendAudit(database.sql, {
    action: "questions.thread.claimed",
    actorUserId: input.actor.userId,
    orgId: row.thread.orgId,
    targetType: "question_thread",
    targetId: row.thread.id,
  });
  return { ok: true };
}

export async function releaseThread(
  database: Database,
  input: { actor: StaffContext; threadId: string },
): Promise<Result<object, StaffActionError>> {
  const row = await loadStaffThread(database, answeringOrgIds(input.actor), input.threadId);
  if (!row) return { ok: false, error: "not-found" };
  if (row.thread.claimedBy !== input.actor.userId) return { ok: false, error: "claimed-by-other" };
  await database.db
    .update(questionThreads)
    .set({ claimedBy: null, claimedAt: null })
    .where(eq(questionThreads.id, row.thread.id));
  return { ok: true };
}

/**
 * Answers (claiming first if free); refused when someone else holds the thread. Status and claim are checked
 * again under the row lock, so an answer racing a close, a release or another professional is refused with
 * nothing saved, and never reopens a closed thread. The same answer sent twice (a double click, a resend
 * after a timeout) is saved once: the second finds it as the thread's last message and only succeeds.
 */
export async function answerThread(
  deps: Deps,
  input: { actor: StaffContext; threadId: string; text: string; now?: Date },
): Promise<Result<{ noticeQueued: boolean }, StaffActionError> & { claimedByName?: string | null }> {
  const now = input.now ?? new Date();
  const claim = await claimThread(deps.database, input);
  if (!claim.ok) return claim;
  const messageId = randomUUID();
  const outcome = await deps.database.db.transaction(async (tx) => {
    const [thread] = await tx
      .select({
        status: questionThreads.status,
        claimedBy: questionThreads.claimedBy,
        firstAnsweredAt: questionThreads.firstAnsweredAt,
        answerDue: questionThreads.answerDue,
        wantsNotice: dsql<boolean>`${questionThreads.notifyEmailEnc} is not null and ${questionThreads.noticeSentAt} is null`,
      })
      .from(questionThreads)
      .where(eq(questionThreads.id, input.threadId))
      .for("update");
    if (!thread) return { ok: false, error: "not-found" } as const;
    if (thread.status === "closed") return { ok: false, error: "closed" } as const;
    const [last] = await tx
      .select({
        id: questionMessages.id,
        author: questionMessages.author,
        staffUserId: questionMessages.staffUserId,
        textEnc: questionMessages.textEnc,
      })
      .from(questionMessages)
      .where(
        and(
          eq(questionMessages.threadId, input.threadId),
          inArray(questionMessages.author, ["client", "professional"]),
        ),
      )
      .orderBy(desc(questionMessages.createdAt))
      .limit(1);
    if (
      last?.author === "professional" &&
      last.staffUserId === input.actor.userId &&
      deps.cipher.decrypt(last.textEnc, questionMessageAad(last.id)) === input.text
    ) {
      // Already saved by the first of two sends; let go of the claim the second one took again.
      await tx
        .update(questionThreads)
        .set({ claimedBy: null, claimedAt: null })
        .where(
          and(eq(questionThreads.id, input.threadId), eq(questionThreads.claimedBy, input.actor.userId)),
        );
      return { ok: true, noticeQueued: false } as const;
    }
    if (thread.claimedBy === null) return { ok: false, error: "claim-lost" } as const;
    if (thread.claimedBy !== input.actor.userId) return { ok: false, error: "claimed-by-other" } as const;
    await tx.insert(questionMessages).values({
      id: messageId,
      threadId: input.threadId,
      author: "professional",
      staffUserId: input.actor.userId,
      textEnc: deps.cipher.encrypt(input.text, questionMessageAad(messageId)),
      createdAt: now,
    });
    const first = thread.firstAnsweredAt === null;
    await tx
      .update(questionThreads)
      .set({
        status: "answered",
        lastMessageAt: now,
        ...(first
          ? {
              firstAnsweredAt: now,
              firstAnswerLateDays: workingDaysLate({ due: thread.answerDue, answeredAt: now }),
            }
          : {}),
        claimedBy: null,
        claimedAt: null,
      })
      .where(eq(questionThreads.id, input.threadId));
    // The notice goes out after commit; this row makes sure it is tried even if this process stops now.
    if (thread.wantsNotice)
      await tx.insert(questionNoticeOutbox).values({ threadId: input.threadId }).onConflictDoNothing();
    return { ok: true, noticeQueued: thread.wantsNotice } as const;
  });
  if (!outcome.ok) {
    if (outcome.error !== "claimed-by-other") return { ok: false, error: outcome.error };
    const again = await loadStaffThread(deps.database, answeringOrgIds(input.actor), input.threadId);
    return { ok: false, error: "claimed-by-other", claimedByName: again?.claimedByName ?? null };
  }
  return { ok: true, noticeQueued: outcome.noticeQueued };
}

export async function addNote(
  deps: Deps,
  input: { actor: StaffContext; threadId: string; text: string },
): Promise<Result<object, StaffActionError>> {
  const row = await loadStaffThread(deps.database, answeringOrgIds(input.actor), input.threadId);
  if (!row) return { ok: false, error: "not-found" };
  const messageId = randomUUID();
  await deps.database.db.insert(questionMessages).values({
    id: messageId,
    threadId: row.thread.id,
    author: "note",
    staffUserId: input.actor.userId,
    textEnc: deps.cipher.encrypt(input.text, questionMessageAad(messageId)),
  });
  return { ok: true };
}

/**
 * Passes a thread on, with a note for the next professional: to another service of the same organisation, or
 * to another of its service's professions (`profession` undefined = anyone in the service). Only the one
 * holding the claim may do it, or anyone while the thread is unclaimed; never once it is closed. Claim and
 * status are read under the row lock, so a transfer cannot race an answer or another transfer.
 */
export async function transferThread(
  deps: Deps,
  input: {
    actor: StaffContext;
    threadId: string;
    serviceId: string;
    profession?: string | undefined;
    note: string;
  },
): Promise<
  Result<{ serviceName: Record<string, string>; profession: string | null }, StaffActionError> & {
    claimedByName?: string | null;
  }
> {
  const row = await loadStaffThread(deps.database, answeringOrgIds(input.actor), input.threadId);
  if (!row) return { ok: false, error: "not-found" };
  if (!isUuid(input.serviceId)) return { ok: false, error: "unknown-service" };
  const [target] = await deps.database.db
    .select()
    .from(questionServices)
    .where(and(eq(questionServices.id, input.serviceId), eq(questionServices.orgId, row.thread.orgId)));
  if (!target) return { ok: false, error: "unknown-service" };
  const profession = input.profession ?? null;
  if (profession !== null && !target.professions.includes(profession))
    return { ok: false, error: "unknown-profession" };
  if (!target.languages.includes(row.thread.lang)) return { ok: false, error: "unsupported-language" };
  const messageId = randomUUID();
  const lang = row.thread.lang as Lang;
  const where = `${target.name[lang] ?? target.slug}${profession ? ` · ${professionName(lang, profession)}` : ""}`;
  const note = `→ ${where}${input.note ? `: ${input.note}` : ""}`;
  const outcome = await deps.database.db.transaction(async (tx) => {
    const [thread] = await tx
      .select({
        serviceId: questionThreads.serviceId,
        profession: questionThreads.profession,
        status: questionThreads.status,
        claimedBy: questionThreads.claimedBy,
      })
      .from(questionThreads)
      .where(eq(questionThreads.id, row.thread.id))
      .for("update");
    if (!thread) return "not-found" as const;
    if (thread.status === "closed") return "closed" as const;
    if (thread.claimedBy !== null && thread.claimedBy !== input.actor.userId)
      return "claimed-by-other" as const;
    if (thread.serviceId === target.id && thread.profession === profession) return "same-place" as const;
    await tx
      .update(questionThreads)
      .set({ serviceId: target.id, profession, claimedBy: null, claimedAt: null })
      .where(eq(questionThreads.id, row.thread.id));
    await tx.insert(questionMessages).values({
      id: messageId,
      threadId: row.thread.id,
      author: "note",
      staffUserId: input.actor.userId,
      textEnc: deps.cipher.encrypt(note, questionMessageAad(messageId)),
    });
    return undefined;
  });
  if (outcome === "claimed-by-other") {
    const again = await loadStaffThread(deps.database, answeringOrgIds(input.actor), input.threadId);
    return { ok: false, error: outcome, claimedByName: again?.claimedByName ?? null };
  }
  if (outcome) return { ok: false, error: outcome };
  await appendAudit(deps.database.sql, {
    action: "questions.thread.transferred",
    actorUserId: input.actor.userId,
    orgId: row.thread.orgId,
    targetType: "question_thread",
    targetId: row.thread.id,
    details: { toServiceId: target.id, toProfession: profession },
  });
  return { ok: true, serviceName: target.name, profession };
}

export async function servicesOfOrgs(database: Database, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return database.db
    .select()
    .from(questionServices)
    .where(inArray(questionServices.orgId, orgIds))
    .orderBy(asc(questionServices.slug));
}

export async function listTemplates(database: Database, input: { orgIds: string[]; lang?: Lang }) {
  if (input.orgIds.length === 0) return [];
  return database.db
    .select()
    .from(questionTemplates)
    .where(
      and(
        inArray(questionTemplates.orgId, input.orgIds),
        input.lang ? eq(questionTemplates.lang, input.lang) : undefined,
      ),
    )
    .orderBy(asc(questionTemplates.lang), asc(questionTemplates.title));
}

export async function addTemplate(
  database: Database,
  input: { actor: StaffContext; lang: Lang; title: string; body: string },
): Promise<boolean> {
  const orgId = answeringOrgIds(input.actor)[0];
  if (!orgId) return false;
  await database.db
    .insert(questionTemplates)
    .values({ orgId, lang: input.lang, title: input.title, body: input.body });
  return true;
}

export interface TeamLoad {
  byWorker: { name: string; claimed: number }[];
  byService: { name: string; open: number; overdue: number; dueToday: number; nextDue: Date | null }[];
}

/** The team lead's view: who holds how many, and how each service keeps its promised times. */
export async function teamLoad(
  database: Database,
  input: { orgIds: string[]; lang: Lang; now?: Date },
): Promise<TeamLoad> {
  if (input.orgIds.length === 0) return { byWorker: [], byService: [] };
  const now = (input.now ?? new Date()).toISOString();
  const byWorker = await database.sql<{ name: string; claimed: number }[]>`
    select u.display_name as name, count(*)::int as claimed
    from question_threads t join staff_users u on u.id = t.claimed_by
    where t.org_id in ${database.sql(input.orgIds)} and t.status = 'waiting'
    group by u.display_name order by claimed desc, name`;
  const byService = await database.sql<
    {
      name: Record<string, string>;
      open: number;
      overdue: number;
      due_today: number;
      next_due: Date | null;
    }[]
  >`
    select s.name, count(t.id)::int as open,
      (count(t.id) filter (where t.answer_due < ${now}))::int as overdue,
      (count(t.id) filter (where t.answer_due >= ${now}
        and (t.answer_due at time zone 'Europe/Helsinki')::date = (${now}::timestamptz at time zone 'Europe/Helsinki')::date))::int as due_today,
      min(t.answer_due) filter (where t.answer_due >= ${now}) as next_due
    from question_services s
    left join question_threads t on t.service_id = s.id and t.status = 'waiting'
    where s.org_id in ${database.sql(input.orgIds)}
    group by s.id, s.name order by s.slug`;
  return {
    byWorker: [...byWorker],
    byService: byService.map((r) => ({
      name: r.name[input.lang] ?? "",
      open: r.open,
      overdue: r.overdue,
      dueToday: r.due_today,
      nextDue: r.next_due ? new Date(r.next_due) : null,
    })),
  };
}

/* ---------- vouchers ---------- */

/** Organisations where this staff member may issue vouchers: org admins and referrers. */
export function voucherOrgIds(context: StaffContext): string[] {
  return [
    ...new Set(
      context.grants.filter((g) => g.role === "org_admin" || g.role === "referrer").map((g) => g.orgId),
    ),
  ];
}

/** Creates a batch; the plain codes are returned this once for printing and never stored. */
export async function createVoucherBatch(
  database: Database,
  input: {
    actor: StaffContext;
    orgId: string;
    unitName: string;
    count: number;
    questionsPerVoucher: number;
    expiresAt: Date;
  },
): Promise<{ codes: string[]; unitName: string; expiresAt: Date } | undefined> {
  if (!voucherOrgIds(input.actor).includes(input.orgId)) return undefined;
  const codes = Array.from({ length: input.count }, () => newReadableCode(VOUCHER_CODE_BITS));
  await database.db.transaction(async (tx) => {
    await tx.insert(voucherUnits).values({ orgId: input.orgId, name: input.unitName }).onConflictDoNothing();
    const [unit] = await tx
      .update(voucherUnits)
      .set({ vouchersIssued: dsql`${voucherUnits.vouchersIssued} + ${input.count}` })
      .where(and(eq(voucherUnits.orgId, input.orgId), eq(voucherUnits.name, input.unitName)))
      .returning({ id: voucherUnits.id });
    if (!unit) throw new Error("voucher unit missing");
    const [batch] = await tx
      .insert(voucherBatches)
      .values({
        orgId: input.orgId,
        unitId: unit.id,
        count: input.count,
        questionsPerVoucher: input.questionsPerVoucher,
        expiresAt: input.expiresAt,
        createdBy: input.actor.userId,
      })
      .returning({ id: voucherBatches.id });
    if (!batch) throw new Error("voucher batch missing");
    await tx.insert(vouchers).values(
      codes.map((code) => ({
        batchId: batch.id,
        orgId: input.orgId,
        unitId: unit.id,
        codeHash: hashVoucherCode(code),
        questionsAllowed: input.questionsPerVoucher,
        expiresAt: input.expiresAt,
      })),
    );
  });
  await appendAudit(database.sql, {
    action: "questions.vouchers.created",
    actorUserId: input.actor.userId,
    orgId: input.orgId,
    targetType: "question_voucher_unit",
    details: { count: input.count, questionsPerVoucher: input.questionsPerVoucher },
  });
  return { codes, unitName: input.unitName, expiresAt: input.expiresAt };
}

export async function listVoucherUnits(database: Database, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return database.db
    .select()
    .from(voucherUnits)
    .where(inArray(voucherUnits.orgId, orgIds))
    .orderBy(asc(voucherUnits.name));
}

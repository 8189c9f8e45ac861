import { randomUUID } from "node:crypto";
import { asc, eq, isNotNull, lt } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/index";
import type { StaffContext } from "../../platform/auth/index";
import {
  type FieldCipher,
  hashToken,
  newReadableCode,
  normaliseReadableCode,
  safeEqual,
} from "../../platform/crypto/index";
import { type Database, organisations } from "../../platform/db/index";
import { langSchema } from "../../platform/i18n/lang";
import { loadMunicipalities } from "../services/index";
import { questionnaireSlugSchema } from "./instrument-schema";
import { questionnaireScoreSchema, sexSchema } from "./schemas";
import { questionnaireShares } from "./tables";

/**
 * 130 bits from the CSPRNG (ARCHITECTURE.md: anonymous codes ≥ 128 bits): 26 Crockford characters, read aloud
 * in six groups of four and one of two.
 */
export const SHARE_CODE_BITS = 128;
export const SHARE_DAYS = 30;
export const DEMO_ORG_SLUG = "demo-pirkanmaa";
/** Roles that may open a shared result (in the organisation the share is bound to). */
export const shareViewerRoles = ["counsellor", "referrer"] as const;

export const sharePayloadSchema = z.object({
  slug: questionnaireSlugSchema,
  lang: langSchema,
  answers: z.array(z.int().min(0)),
  supplementary: z.record(z.string(), z.int().min(0)),
  age: z.int().min(0).max(130).optional(),
  sex: sexSchema.optional(),
  score: questionnaireScoreSchema,
});
export type SharePayload = z.infer<typeof sharePayloadSchema>;

export const sharePayloadAad = (id: string): string => `questionnaire_shares.payload_enc:${id}`;

export interface ShareOrganisation {
  id: string;
  slug: string;
  name: string;
  countyId: string | null;
}

export async function listShareOrganisations(database: Database): Promise<ShareOrganisation[]> {
  return database.db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      countyId: organisations.countyId,
    })
    .from(organisations)
    .where(isNotNull(organisations.countyId))
    .orderBy(asc(organisations.name));
}

/**
 * The organisation whose professionals may open a share: the one the person picked; else the first one serving
 * their municipality's county; else the demo organisation. `undefined` when none exists.
 */
export async function resolveShareOrganisation(options: {
  database: Database;
  orgSlug?: string | undefined;
  municipality?: string | undefined;
}): Promise<ShareOrganisation | undefined> {
  const all = await listShareOrganisations(options.database);
  if (options.orgSlug) {
    const picked = all.find((o) => o.slug === options.orgSlug);
    if (picked) return picked;
  }
  const county = loadMunicipalities().find((m) => m.code === options.municipality)?.countyId;
  const serving = county ? all.find((o) => o.countyId === county && o.slug !== DEMO_ORG_SLUG) : undefined;
  const byCounty = serving ?? (county ? all.find((o) => o.countyId === county) : undefined);
  if (byCounty) return byCounty;
  const [demo] = await options.database.db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      countyId: organisations.countyId,
    })
    .from(organisations)
    .where(eq(organisations.slug, DEMO_ORG_SLUG));
  return demo;
}

/** Stores the person's answers and score encrypted for 30 days; the code is returned once and kept only as a hash. */
export async function createQuestionnaireShare(options: {
  database: Database;
  cipher: FieldCipher;
  orgId: string;
  payload: SharePayload;
  now?: Date;
}): Promise<{ code: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const id = randomUUID();
  const code = newReadableCode(SHARE_CODE_BITS);
  const expiresAt = new Date(now.getTime() + SHARE_DAYS * 86_400_000);
  await options.database.db.insert(questionnaireShares).values({
    id,
    codeHash: hashToken(normaliseReadableCode(code)),
    orgId: options.orgId,
    payloadEnc: options.cipher.encrypt(
      JSON.stringify(sharePayloadSchema.parse(options.payload)),
      sharePayloadAad(id),
    ),
    createdAt: now,
    expiresAt,
  });
  return { code, expiresAt };
}

export type OpenShareOutcome =
  | { ok: true; id: string; payload: SharePayload; createdAt: Date; expiresAt: Date }
  | { ok: false; reason: "not-found" | "expired" | "other-organisation" };

const codePattern = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}-[0-9A-HJKMNP-TV-Z]{2}$/;

/**
 * A professional opens a share by its code. Unknown, expired and other organisations' codes look the same to the
 * caller; every attempt is audited with the viewer's organisation (never the code).
 */
export async function openQuestionnaireShare(options: {
  database: Database;
  cipher: FieldCipher;
  viewer: StaffContext;
  code: string;
  now?: Date;
}): Promise<OpenShareOutcome> {
  const { database, viewer } = options;
  const now = options.now ?? new Date();
  const normalised = normaliseReadableCode(options.code.slice(0, 64));
  // The same work for well- and ill-formed input: hash, then one indexed lookup.
  const hash = hashToken(codePattern.test(normalised) ? normalised : `invalid:${normalised}`);
  const [row] = await database.db
    .select()
    .from(questionnaireShares)
    .where(eq(questionnaireShares.codeHash, hash));
  const matches = row !== undefined && safeEqual(row.codeHash, hash);
  const audit = (action: string, details: Record<string, unknown>, targetId: string | null) =>
    appendAudit(database.sql, {
      action,
      actorUserId: viewer.userId,
      orgId: viewer.orgId,
      targetType: "questionnaire_share",
      targetId,
      details,
    });
  if (!row || !matches) {
    await audit("questionnaire.share.refused", { reason: "not-found" }, null);
    return { ok: false, reason: "not-found" };
  }
  if (row.expiresAt <= now) {
    await audit("questionnaire.share.refused", { reason: "expired" }, row.id);
    return { ok: false, reason: "expired" };
  }
  const allowed = viewer.grants.some(
    (g) => g.orgId === row.orgId && (shareViewerRoles as readonly string[]).includes(g.role),
  );
  if (!allowed) {
    await audit(
      "questionnaire.share.refused",
      { reason: "other-organisation", shareOrgId: row.orgId },
      row.id,
    );
    return { ok: false, reason: "other-organisation" };
  }
  const payload = sharePayloadSchema.parse(
    JSON.parse(options.cipher.decrypt(row.payloadEnc, sharePayloadAad(row.id))),
  );
  await audit("questionnaire.share.viewed", { shareOrgId: row.orgId, slug: payload.slug }, row.id);
  return { ok: true, id: row.id, payload, createdAt: row.createdAt, expiresAt: row.expiresAt };
}

/** Retention: shared results are deleted once their 30 days are over. */
export async function deleteExpiredQuestionnaireShares(options: {
  database: Database;
  now?: Date;
}): Promise<number> {
  const deleted = await options.database.db
    .delete(questionnaireShares)
    .where(lt(questionnaireShares.expiresAt, options.now ?? new Date()))
    .returning({ id: questionnaireShares.id });
  return deleted.length;
}

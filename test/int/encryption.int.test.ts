import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptedColumns } from "../../src/encrypted-columns";
import { totpAad } from "../../src/platform/auth/index";
import { FieldCipher, keyIdFor, rotateEncryptedColumns } from "../../src/platform/crypto/index";
import { dumpDatabase } from "../support/dump-database";
import { createEnrolledUser, createOrganisation } from "../support/staff-fixtures";
import { createTestApp, type TestContext } from "../support/test-app";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await createOrganisation(ctx.database, "org-enc");
});
afterAll(async () => {
  await ctx.close();
});

describe("field encryption at rest", () => {
  it("keeps no plaintext of a canary secret in a database dump, and rotation re-encrypts it", async () => {
    const { id } = await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug: "org-enc",
      email: "enc@org.test",
      roles: ["counsellor"],
    });
    const canary = "CANARYLUUKKU7Q2W3E4R5T6Y7U";
    await ctx.database
      .sql`update staff_users set totp_secret_enc = ${ctx.cipher.encrypt(canary, totpAad(id))} where id = ${id}`;
    const dump = await dumpDatabase(ctx.database, ctx.dbUrl);
    expect(dump).toContain("staff_users");
    expect(dump).toContain(`enc:v1:${ctx.cipher.currentKeyId}:`);
    expect(dump).not.toContain(canary);
    expect(dump).not.toContain(Buffer.from(canary).toString("base64"));

    const newKey = randomBytes(32);
    const oldRing = [...(ctx.cipher as unknown as { keys: Map<string, Buffer> }).keys];
    const rotated = new FieldCipher({
      current: keyIdFor(newKey),
      keys: new Map([...oldRing, [keyIdFor(newKey), newKey]]),
    });
    const { rewritten } = await rotateEncryptedColumns({
      sql: ctx.database.sql,
      cipher: rotated,
      columns: encryptedColumns,
    });
    expect(rewritten).toBeGreaterThan(0);
    const [row] = await ctx.database.sql<
      { v: string }[]
    >`select totp_secret_enc as v from staff_users where id = ${id}`;
    expect(row?.v.startsWith(`enc:v1:${rotated.currentKeyId}:`)).toBe(true);
    expect(rotated.decrypt(row?.v ?? "", totpAad(id))).toBe(canary);
    const again = await rotateEncryptedColumns({
      sql: ctx.database.sql,
      cipher: rotated,
      columns: encryptedColumns,
    });
    expect(again.rewritten).toBe(0);
  });
});

import { authenticator } from "otplib";
import type { FastifyInstance } from "fastify";
import { createStaffUser, totpAad, type Role } from "../../src/platform/auth/index";
import type { FieldCipher } from "../../src/platform/crypto/index";
import { organisations, type Database } from "../../src/platform/db/index";
import { sql } from "drizzle-orm";

export async function createOrganisation(database: Database, slug: string, countyId = "PI"): Promise<string> {
  const [org] = await database.db
    .insert(organisations)
    .values({ slug, name: `Org ${slug}`, countyId })
    .returning({ id: organisations.id });
  if (!org) throw new Error("no org");
  return org.id;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** A staff user with TOTP already enrolled; returns the secret so tests can make codes. */
export async function createEnrolledUser(options: {
  database: Database;
  cipher: FieldCipher;
  orgSlug: string;
  email: string;
  roles: Role[];
}): Promise<{ id: string; secret: string }> {
  const { id } = await createStaffUser({
    database: options.database,
    input: {
      orgSlug: options.orgSlug,
      email: options.email,
      displayName: options.email,
      roles: options.roles,
      password: TEST_PASSWORD,
    },
  });
  const secret = authenticator.generateSecret(20);
  await options.database.db.execute(
    sql`update staff_users set totp_secret_enc = ${options.cipher.encrypt(secret, totpAad(id))} where id = ${id}`,
  );
  return { id, secret };
}

function cookieFrom(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return (first ?? "").split(";")[0] ?? "";
}

/** Logs in through the real forms (password, then TOTP) and returns the cookie and a CSRF token. */
export async function loginAs(
  app: FastifyInstance,
  email: string,
  secret: string,
): Promise<{ cookie: string; csrf: string }> {
  const login = await app.inject({
    method: "POST",
    url: "/staff/login",
    payload: { email, password: TEST_PASSWORD },
  });
  if (login.statusCode !== 303) throw new Error(`login failed: ${login.statusCode}`);
  const cookie = cookieFrom(login.headers["set-cookie"]);
  const verifyPage = await app.inject({ method: "GET", url: "/staff/login/verify", headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(verifyPage.body)?.[1] ?? "";
  const verify = await app.inject({
    method: "POST",
    url: "/staff/login/verify",
    headers: { cookie },
    payload: { code: authenticator.generate(secret), _csrf: csrf },
  });
  if (verify.statusCode !== 303) throw new Error(`totp failed: ${verify.statusCode}`);
  return { cookie, csrf };
}

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createStaffUser, type Role } from "../../platform/auth/index";
import { appMeta, organisations, type Database } from "../../platform/db/index";

export const DEMO_ORG_SLUG = "demo-pirkanmaa";

const demoUsers: { email: string; displayName: string; alias: string; roles: Role[] }[] = [
  { email: "admin@demo.luukku.fi", displayName: "Demo Admin", alias: "Admin", roles: ["admin", "org_admin"] },
  {
    email: "worker@demo.luukku.fi",
    displayName: "Demo Worker",
    alias: "Sanna",
    roles: ["chat_worker", "counsellor"],
  },
  {
    email: "manager@demo.luukku.fi",
    displayName: "Demo Manager",
    alias: "Manager",
    roles: ["manager", "editor"],
  },
];

/**
 * On first start only: a demo county organisation and demo staff whose random passwords are printed once
 * (and kept in a 0600 file in DATA_DIR for the demo; never do this with real accounts).
 */
export async function seedDemoOrganisation(options: {
  database: Database;
  dataDir: string;
  print: (text: string) => void;
}): Promise<boolean> {
  const { db } = options.database;
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, "demo-organisation"));
  if (done) return false;
  await db
    .insert(organisations)
    .values({ slug: DEMO_ORG_SLUG, name: "Pirkanmaan hyvinvointialue (demo)", countyId: "PI" })
    .onConflictDoNothing();
  const lines: string[] = [];
  for (const user of demoUsers) {
    const password = randomBytes(12).toString("base64url");
    await createStaffUser({
      database: options.database,
      input: { orgSlug: DEMO_ORG_SLUG, password, ...user },
    });
    lines.push(`  ${user.email}  ${password}  (${user.roles.join(", ")})`);
  }
  await db
    .insert(appMeta)
    .values({ key: "demo-organisation", value: { seededAt: new Date().toISOString() } });
  const text = [
    "Demo staff users (shown once; each sets up two-step verification at first login at /staff/login):",
    ...lines,
  ].join("\n");
  fs.writeFileSync(path.join(options.dataDir, "demo-staff.txt"), `${text}\n`, { mode: 0o600 });
  options.print(text);
  return true;
}

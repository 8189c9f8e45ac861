import { eq } from "drizzle-orm";
import { z } from "zod";
import { appendAudit, verifyAuditChain } from "./platform/audit/index";
import { createStaffUser, roleSchema, StaffUserError } from "./platform/auth/index";
import { ConfigError } from "./platform/config/index";
import {
  FieldCipher,
  keyIdFor,
  readKeyFile,
  rotateEncryptedColumns,
  writeKeyFile,
} from "./platform/crypto/index";
import { counties, DataDirInUseError, organisations } from "./platform/db/index";
import { encryptedColumns } from "./encrypted-columns";
import { startServices, type Services } from "./start-services";
import { randomBytes } from "node:crypto";

const out = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
const log = {
  info: (s: string) => process.stderr.write(`${s}\n`),
  warn: (s: string) => process.stderr.write(`warning: ${s}\n`),
};

class UsageError extends Error {}

/** `--name value` pairs into an object, validated by each command's schema. */
function parseFlags(args: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) throw new UsageError(`unexpected argument: ${arg}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
    flags[arg.slice(2)] = value;
    i++;
  }
  return flags;
}

function parse<T extends z.ZodType>(schema: T, flags: Record<string, string>): z.infer<T> {
  const result = schema.safeParse(flags);
  if (!result.success) throw new UsageError(z.prettifyError(result.error));
  return result.data;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split("\n")[0]?.trim() ?? "";
}

interface Command {
  usage: string;
  schema: z.ZodType<Record<string, string | undefined>>;
  run: (s: Services, input: Record<string, string | undefined>) => Promise<number>;
}

const noFlags = z.object({}).strict();

const commands: Record<string, Command> = {
  "user:create": {
    usage:
      "user:create --org <slug> --email <e> --role <role> [--name <display name>]  (password from standard input)",
    schema: z.object({
      org: z.string().min(1),
      email: z.string().min(3),
      role: roleSchema,
      name: z.string().optional(),
    }),
    async run(services, input) {
      const f = this.schema.parse(input) as {
        org: string;
        email: string;
        role: z.infer<typeof roleSchema>;
        name?: string;
      };
      const password = await readStdin();
      try {
        const user = await createStaffUser({
          database: services.database,
          input: {
            orgSlug: f.org,
            email: f.email,
            displayName: f.name ?? f.email.split("@")[0] ?? f.email,
            roles: [f.role],
            password,
          },
        });
        out(
          `Created user ${f.email} (${user.id}) with role ${f.role}. They set up two-step verification at first login.`,
        );
        return 0;
      } catch (error) {
        if (error instanceof StaffUserError)
          throw new UsageError(
            error.code === "email-taken" ? "that e-mail is already in use" : `no organisation ${f.org}`,
          );
        if (error instanceof z.ZodError)
          throw new UsageError(
            `invalid input (passwords need at least 12 characters):\n${z.prettifyError(error)}`,
          );
        throw error;
      }
    },
  },
  "org:create": {
    usage: "org:create --slug <slug> --name <name> --county <county_id>",
    schema: z.object({
      slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and hyphens"),
      name: z.string().min(1).max(200),
      county: z.string().regex(/^[A-Z]{2,3}$/),
    }),
    async run(services, input) {
      const f = this.schema.parse(input) as { slug: string; name: string; county: string };
      const { db, sql } = services.database;
      const [county] = await db.select().from(counties).where(eq(counties.id, f.county));
      if (!county)
        throw new UsageError(`unknown county ${f.county}; see seed/wellbeing-services-counties.csv`);
      const [org] = await db
        .insert(organisations)
        .values({ slug: f.slug, name: f.name, countyId: f.county })
        .onConflictDoNothing()
        .returning();
      if (!org) throw new UsageError(`organisation ${f.slug} exists already`);
      await appendAudit(sql, {
        action: "organisation.created",
        orgId: org.id,
        targetType: "organisation",
        targetId: org.id,
        details: { slug: f.slug },
      });
      out(`Created organisation ${f.slug} (${org.id}) in ${county.nameFi}.`);
      return 0;
    },
  },
  "audit:verify": {
    usage: "audit:verify",
    schema: noFlags,
    async run(services) {
      const result = await verifyAuditChain(services.database.sql);
      if (result.ok) {
        out(`Audit log intact: ${result.rows} rows, hash chain verified.`);
        return 0;
      }
      out(`Audit log FAILED verification (${result.rows} rows):`);
      for (const problem of result.problems) out(`  ${problem}`);
      return 1;
    },
  },
  "key:rotate": {
    usage:
      "key:rotate   (adds a new key to the key file, re-encrypts every encrypted field, keeps old keys for backups)",
    schema: noFlags,
    async run(services) {
      const file = services.keys.keyFile;
      if (!file)
        throw new UsageError(
          "key rotation needs LUUKKU_KEY_FILE (or the development key file); LUUKKU_MASTER_KEY is a single key",
        );
      const keyFile = readKeyFile(file);
      const key = randomBytes(32);
      const id = keyIdFor(key);
      keyFile.keys[id] = key.toString("base64");
      keyFile.current = id;
      const ring = new Map(Object.entries(keyFile.keys).map(([k, v]) => [k, Buffer.from(v, "base64")]));
      const cipher = new FieldCipher({ current: id, keys: ring });
      // The new key is saved first: if re-encryption stops midway, both keys are still on hand.
      writeKeyFile(file, keyFile);
      const { rewritten } = await rotateEncryptedColumns({
        sql: services.database.sql,
        cipher,
        columns: encryptedColumns,
      });
      await appendAudit(services.database.sql, {
        action: "crypto.key-rotated",
        details: { keyId: id, rewritten },
      });
      out(
        `New key ${id} is current; ${rewritten} encrypted values re-encrypted. Restart running servers to use it.`,
      );
      return 0;
    },
  },
};

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    out("Usage: npm run cli -- <command>\n");
    for (const c of Object.values(commands)) out(`  ${c.usage}`);
    return name ? 2 : 0;
  }
  // Flags are checked before the database starts, so a typo answers at once.
  const input = parse(command.schema, parseFlags(rest));
  const services = await startServices({ log, attachToRunning: true, maxConnections: 2 });
  try {
    return await command.run(services, input);
  } finally {
    await services.stop();
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof DataDirInUseError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });

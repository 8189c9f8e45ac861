import path from "node:path";
import { z } from "zod";

const portSchema = z.coerce.number().int().min(0).max(65535);

/** Every environment variable Luukku reads, parsed once at start. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: portSchema.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  PUBLIC_URL: z.url().optional(),
  RATE_LIMIT: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  LUUKKU_KEY_FILE: z.string().min(1).optional(),
  LUUKKU_MASTER_KEY: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Minutes a staff session lives without activity. */
  STAFF_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** SMTP server for notices, e.g. `smtps://user:pass@smtp.example.fi:465`; unset: no mail leaves the process. */
  SMTP_URL: z
    .url()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** Sender of notices; defaults to no-reply at PUBLIC_URL's host name. */
  MAIL_FROM: z.string().min(3).max(200).optional(),
});
export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env["NODE_ENV"];
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string;
  /** True when cookies must carry `Secure` and the `__Host-` prefix. */
  secureCookies: boolean;
  rateLimit: boolean;
  databaseUrl: string | undefined;
  keyFile: string | undefined;
  masterKey: string | undefined;
  metricsToken: string | undefined;
  logLevel: Env["LOG_LEVEL"];
  staffSessionIdleMinutes: number;
  smtpUrl: string | undefined;
  mailFrom: string;
}

export class ConfigError extends Error {}

/** Parses the environment; the error names each bad variable so an operator can fix it at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, "");
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl,
    secureCookies: publicUrl.startsWith("https://"),
    rateLimit: e.RATE_LIMIT !== "off",
    databaseUrl: e.DATABASE_URL,
    keyFile: e.LUUKKU_KEY_FILE,
    masterKey: e.LUUKKU_MASTER_KEY,
    metricsToken: e.METRICS_TOKEN,
    logLevel: e.LOG_LEVEL,
    staffSessionIdleMinutes: e.STAFF_SESSION_IDLE_MINUTES,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? `Luukku <no-reply@${new URL(publicUrl).hostname}>`,
  };
}

import { buildApp } from "./app";
import { ConfigError } from "./platform/config/index";
import { DataDirInUseError } from "./platform/db/index";
import { seedDemoOrganisation } from "./features/admin/seed-demo-organisation";
import { startServices } from "./start-services";
import { startScheduler } from "./platform/jobs/index";
import { scheduledJobs } from "./scheduled-jobs";

const log = {
  info: (msg: string) => {
    process.stdout.write(`${msg}\n`);
  },
  warn: (msg: string) => {
    process.stderr.write(`warning: ${msg}\n`);
  },
};

async function main(): Promise<void> {
  const started = Date.now();
  const services = await startServices({ log });
  const { config, database } = services;
  await seedDemoOrganisation({ database, dataDir: config.dataDir, print: log.info });
  const app = await buildApp({ config, database, cipher: services.keys.cipher });
  const stopScheduler = startScheduler({
    sql: database.sql,
    jobs: scheduledJobs({ database }),
    log: app.log,
  });

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing requests and stopping…`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    // Fastify stops accepting, lets in-flight requests finish, then we close the database.
    stopScheduler();
    app
      .close()
      .then(() => services.stop())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => {
    shutdown("SIGTERM");
  });
  process.on("SIGINT", () => {
    shutdown("SIGINT");
  });

  await app.listen({ port: config.port, host: config.host });
  log.info(`Luukku is running at ${config.publicUrl} (ready in ${Date.now() - started} ms)`);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirInUseError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `Luukku failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

import path from "node:path";
import { enableDiskMemo } from "./platform/cache/disk-memo";
import { ConfigError } from "./platform/config/index";
import { DataDirInUseError } from "./platform/db/index";
import { startServices } from "./start-services";

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
  // The app's modules load, and the browser bundle builds (esbuild runs in its own process), while the
  // database starts: the start takes as long as the slowest of them rather than their sum.
  const loading = Promise.all([
    import("./app"),
    import("./features/admin/seed-demo-organisation"),
    import("./platform/jobs/index"),
    import("./scheduled-jobs"),
    import("./platform/views/assets").then(({ buildAssets }) => buildAssets()),
  ]);
  loading.catch(() => undefined);
  const services = await startServices({ log });
  const { config, database } = services;
  // Deterministic start-up work (the chatbot's model) is kept between starts, keyed by code and content.
  enableDiskMemo({ directory: path.join(config.dataDir, "cache"), sourceDir: import.meta.dirname });
  const [{ buildApp }, { seedDemoOrganisation }, { startScheduler }, { scheduledJobs }, assets] =
    await loading;
  await seedDemoOrganisation({ database, dataDir: config.dataDir, print: log.info });
  const app = await buildApp({ config, database, cipher: services.keys.cipher, assets });
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

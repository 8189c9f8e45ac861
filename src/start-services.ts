import { loadConfig, type Config } from "./platform/config/index";
import { loadFieldCipher, type KeySource } from "./platform/crypto/index";
import {
  assertNotDefaultPassword,
  connectDatabase,
  runMigrations,
  runningEmbeddedUrl,
  startEmbeddedDatabase,
  type Database,
  type EmbeddedDatabase,
} from "./platform/db/index";
import { seedReferenceData } from "./features/services/seed-reference-data";
import { ensureDemoChatService } from "./features/chat/index";
import { loadPublicContent } from "./features/search/index";
import { seedQuestionServices } from "./features/questions/index";

export interface Services {
  config: Config;
  database: Database;
  keys: KeySource;
  embedded: EmbeddedDatabase | undefined;
  stop: () => Promise<void>;
}

interface Log {
  info: (msg: string) => void;
  warn: (msg: string) => void;
}

/** Configuration, keys, the database (embedded or DATABASE_URL) and migrations: what both the server and the CLI need. */
export async function startServices(options: {
  log: Log;
  env?: NodeJS.ProcessEnv;
  maxConnections?: number;
  /** For admin commands: use the database of a server already running on this DATA_DIR. */
  attachToRunning?: boolean;
}): Promise<Services> {
  const config = loadConfig(options.env);
  const keys = loadFieldCipher({
    masterKey: config.masterKey,
    keyFile: config.keyFile,
    dataDir: config.dataDir,
    production: config.env === "production",
    warn: options.log.warn,
  });
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (url) assertNotDefaultPassword(url);
  else if (options.attachToRunning && (url = runningEmbeddedUrl(config.dataDir))) {
    options.log.info("Using the database of the Luukku server running on this DATA_DIR.");
  } else {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, log: options.log });
    url = embedded.url;
  }
  const database = connectDatabase({ url, max: options.maxConnections });
  try {
    await runMigrations(database);
    await seedReferenceData({ database });
    await ensureDemoChatService({ database });
    await loadPublicContent({ database });
    await seedQuestionServices({ database });
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
  return {
    config,
    database,
    keys,
    embedded,
    stop: async () => {
      await database.close();
      await embedded?.stop();
    },
  };
}

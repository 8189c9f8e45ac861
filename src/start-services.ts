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

/**
 * The features' start-up seeding, loaded and prepared while the database starts: module loading and
 * reading the content are CPU work in this process, the database start is another process.
 */
async function prepareSeeding() {
  const [services, chat, library, search, questions] = await Promise.all([
    import("./features/services/seed-reference-data"),
    import("./features/chat/index"),
    import("./features/library/index"),
    import("./features/search/index"),
    import("./features/questions/index"),
  ]);
  // Reads, validates and renders the articles (memoised), so that loading them later only compares hashes.
  library.contentArticles();
  return async (database: Database): Promise<void> => {
    await services.seedReferenceData({ database });
    await chat.ensureDemoChatService({ database });
    await search.loadPublicContent({ database });
    await questions.seedQuestionServices({ database });
  };
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
  let starting: Promise<EmbeddedDatabase> | undefined;
  if (url) assertNotDefaultPassword(url);
  else if (options.attachToRunning && (url = runningEmbeddedUrl(config.dataDir))) {
    options.log.info("Using the database of the Luukku server running on this DATA_DIR.");
  } else {
    starting = startEmbeddedDatabase({ dataDir: config.dataDir, log: options.log });
    // Handled below; this only keeps an early failure from counting as unhandled meanwhile.
    starting.catch(() => undefined);
  }
  let seed: (database: Database) => Promise<void>;
  try {
    seed = await prepareSeeding();
  } catch (error) {
    await (await starting?.catch(() => undefined))?.stop();
    throw error;
  }
  if (starting) {
    embedded = await starting;
    url = embedded.url;
  }
  if (!url) throw new Error("no database URL");
  const database = connectDatabase({ url, max: options.maxConnections });
  try {
    await runMigrations(database);
    await seed(database);
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

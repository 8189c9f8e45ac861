export {
  connectDatabase,
  runMigrations,
  assertNotDefaultPassword,
  migrationsFolder,
  type Database,
  type Db,
  type Sql,
} from "./database";
export {
  startEmbeddedDatabase,
  runningEmbeddedUrl,
  DataDirInUseError,
  type EmbeddedDatabase,
} from "./embedded-database";
export { organisations, counties, municipalities, appMeta } from "./tables";

import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./database-url";

/**
 * A Prisma client over the embedded SQLite file, with WAL (readers are not blocked by a writer) and a busy
 * timeout (a writer waits for the lock instead of failing at once with SQLITE_BUSY).
 */
export function createClient(): { client: PrismaClient; ready: Promise<void> } {
  const url = databaseUrl();
  mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  const ready = (async () => {
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  })();
  return { client, ready };
}

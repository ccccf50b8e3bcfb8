import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient } from "./generated/sqlite/client";
import { databaseUrl, providerOf } from "./database-url.cjs";

/** Connections each instance keeps open to PostgreSQL; a few per core serve a Node process well. */
const POSTGRES_POOL_SIZE = 10;

/**
 * A Prisma client over the database DATABASE_URL names. SQLite: the embedded file, with WAL (readers are not blocked
 * by a writer) and a busy timeout (a writer waits for the lock instead of failing at once with SQLITE_BUSY).
 * PostgreSQL: a pool through node-postgres. The two generated clients have the same models and the same types, so
 * the rest of the app is written against one of them (the SQLite one).
 */
export function createClient(): { client: PrismaClient; ready: Promise<void> } {
  const url = databaseUrl();
  if (providerOf(url) === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: POSTGRES_POOL_SIZE }) });
    return { client: client as unknown as PrismaClient, ready: Promise.resolve() };
  }
  mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  const ready = (async () => {
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  })();
  return { client, ready };
}

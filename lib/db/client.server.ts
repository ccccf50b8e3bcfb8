import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./database-url";

function createClient(): PrismaClient {
  const url = databaseUrl();
  mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
  // WAL lets readers proceed while a write is in progress; the busy timeout makes a writer wait for a lock
  // instead of failing at once with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pragmas?: Promise<void> };

/** One client per process (the dev server reloads modules, so it is kept on globalThis). */
export const db: PrismaClient = (globalForPrisma.prisma ??= createClient());

globalForPrisma.pragmas ??= (async () => {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
})();

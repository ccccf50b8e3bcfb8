import "server-only";
import type { PrismaClient } from "./generated/sqlite/client";
import { createClient } from "./create-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** One client per process (the dev server reloads modules, so it is kept on globalThis). */
export const db: PrismaClient = (globalForPrisma.prisma ??= openClient());

function openClient(): PrismaClient {
  const { client, ready } = createClient();
  ready.catch((error: unknown) => console.error("could not set up the database connection:", error));
  return client;
}

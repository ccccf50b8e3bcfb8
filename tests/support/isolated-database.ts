import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach } from "vitest";
import { BASE_DATABASE, TMP_DIR } from "./test-paths";

// Runs before the test file is imported, so lib/db/client.server.ts opens this file's own copy.
const file = path.join(TMP_DIR, `test-${randomUUID()}.db`);
copyFileSync(BASE_DATABASE, file);
process.env.DATABASE_URL = `file:${file}`;

// Every test starts from empty tables.
beforeEach(async () => {
  const { db } = await import("@/lib/db/client.server");
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%'",
  );
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  for (const { name } of tables) await db.$executeRawUnsafe(`DELETE FROM "${name}"`);
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
});

afterAll(async () => {
  const { db } = await import("@/lib/db/client.server");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});

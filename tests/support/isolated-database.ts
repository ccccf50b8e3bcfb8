import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, inject } from "vitest";
import { BASE_DATABASE, TMP_DIR } from "./test-paths";
import { postgresDatabaseUrl, TEST_POSTGRES_URL, withPostgresAdmin } from "./test-postgres";

// Runs before the test file is imported, so lib/db/client.server.ts opens this file's own database: a copy of the
// migrated base (a file on SQLite, a database made from the base as template on PostgreSQL).
const id = randomUUID();
const file = path.join(TMP_DIR, `test-${id}.db`);
const postgresDatabase = `leeshulp_test_${id.replaceAll("-", "")}`;
if (TEST_POSTGRES_URL) {
  await withPostgresAdmin((admin) =>
    admin.query(`CREATE DATABASE "${postgresDatabase}" TEMPLATE "${inject("basePostgresDatabase")}"`),
  );
  process.env.DATABASE_URL = postgresDatabaseUrl(postgresDatabase);
} else {
  copyFileSync(BASE_DATABASE, file);
  process.env.DATABASE_URL = `file:${file}`;
}

// Every test starts from empty tables.
beforeEach(async () => {
  const { db } = await import("@/lib/db/client.server");
  if (TEST_POSTGRES_URL) {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_prisma\\_%'`,
    );
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map(({ name }) => `"${name}"`).join(", ")} CASCADE`);
    return;
  }
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
  if (TEST_POSTGRES_URL) {
    await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${postgresDatabase}" WITH (FORCE)`));
    return;
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});

import { execFileSync } from "node:child_process";
import { ROOT } from "./app-process";
import { postgresDatabaseUrl, withPostgresAdmin } from "./test-postgres";

/** A PostgreSQL database `name` on the test server, made anew, migrated and seeded as `npm start` would; its URL. */
export async function seededPostgresDatabase(name: string): Promise<string> {
  await withPostgresAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = postgresDatabaseUrl(name);
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
  execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "pipe" });
  return url;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

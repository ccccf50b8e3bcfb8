import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { BASE_DATABASE, TMP_DIR } from "./test-paths";

/** Migrates one base database per test run; each test file then works on its own copy of it. */
export default function migrateBaseDatabase(): void {
  mkdirSync(TMP_DIR, { recursive: true });
  rmSync(BASE_DATABASE, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${BASE_DATABASE}` },
    stdio: "pipe",
  });
}

import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

/** Tests of what only SQLite has (its backup API, PRAGMAs, max_page_count); not run by npm run test:postgres. */
const SQLITE_ONLY = [
  "tests/integration/database.test.ts",
  "tests/integration/db-backup.test.ts",
  "tests/integration/storage-full.test.ts",
];
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);

const alias = {
  // Next bundles the import worker's TypeScript; in tests tsx compiles it (see the stand-in's comment). Before "@",
  // which would match first.
  "@/lib/lessons/spawn-import-worker.server": path.resolve(import.meta.dirname, "tests/support/spawn-import-worker.ts"),
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside a React Server Component bundle; tests run server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    pool: "forks",
    testTimeout: 20_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [
            ...configDefaults.exclude,
            "tests/integration/crash/**",
            "tests/integration/scale-out/**",
            ...(onPostgres ? SQLITE_ONLY : []),
          ],
          globalSetup: ["tests/support/migrate-base-database.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts", "tests/support/isolated-database.ts"],
        },
      },
      {
        // Real `next start` processes killed with SIGKILL (tests/support/app-process.ts): they run the build in .next,
        // so `npm run test:crash` comes after the end-to-end tests have built it; one file at a time, as each starts
        // a server of its own.
        resolve: { alias },
        test: {
          name: "crash",
          include: ["tests/integration/crash/**/*.test.ts"],
          globalSetup: ["tests/support/ensure-build.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Two built app instances on one PostgreSQL database (npm run test:postgres starts it): like the crash tests,
        // real `next start` processes on the build in .next.
        resolve: { alias },
        test: {
          name: "scale-out",
          include: ["tests/integration/scale-out/**/*.test.ts"],
          globalSetup: ["tests/support/ensure-build.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});

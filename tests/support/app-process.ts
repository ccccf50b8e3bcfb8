/**
 * The built app as a real process, for the crash tests: a freshly migrated and seeded database of its own under
 * tests/.tmp/, `next start` on a given port in its own process group (so that SIGKILL takes the whole server down at
 * once, as a power cut or the kernel's OOM killer would), and a restart on the same database file.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { newSessionToken, sessionIdFromToken } from "@/lib/auth/session-token";
import { providerOf } from "@/lib/db/database-url.cjs";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { TMP_DIR } from "./test-paths";

export const ROOT = path.resolve(__dirname, "../..");

/** `tests/.tmp/<name>.db`, migrated and seeded from scratch (the demo accounts, lessons and class). */
export function seededDatabase(name: string): string {
  const file = path.join(TMP_DIR, `${name}.db`);
  mkdirSync(TMP_DIR, { recursive: true });
  removeDatabase(file);
  const env = { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "pipe" });
  return file;
}

export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

export interface AppProcess {
  base: string;
  /** SIGKILL to the server's whole process group, then waits until it is gone. */
  kill: () => Promise<void>;
  /** SIGTERM, as an orderly shutdown; used to clean up after a test. */
  stop: () => Promise<void>;
}

/**
 * Starts `next start` on the build in `.next` against `database` (a SQLite file, or a PostgreSQL URL) and resolves
 * once `/en` answers 200. The server's output is kept and shown if it never answers.
 */
export async function startApp(database: string, port: number, env: Record<string, string> = {}): Promise<AppProcess> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("no build in .next: the crash tests run the built app (npm run build)");
  }
  const base = `http://127.0.0.1:${port}`;
  // Another server answering on the port would pass for this one: refuse to start rather than test the wrong app.
  if (await isAnswering(base)) throw new Error(`port ${port} is already in use`);
  const server = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "--port", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: providerOf(database) === "postgresql" ? database : `file:${database}`,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(-server.pid!, name);
      } catch {
        // already gone
      }
    }
    await exited;
  };
  const app: AppProcess = { base, kill: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
  try {
    await waitUntil(
      async () => (await fetch(`${base}/en`)).status === 200,
      90_000,
      () => hasExited(server),
    );
  } catch (error) {
    await app.kill();
    throw new Error(`the app did not answer on port ${port}: ${String(error)}\n${output}`);
  }
  return app;
}

function isAnswering(base: string): Promise<boolean> {
  return fetch(base).then(
    () => true,
    () => false,
  );
}

function hasExited(server: ChildProcess): boolean {
  return server.exitCode !== null || server.signalCode !== null;
}

/**
 * Polls `condition` (errors count as "not yet") until it holds; throws after `timeoutMs`, or at once when `giveUp`
 * says there is no point waiting longer.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  giveUp: () => boolean = () => false,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < end) {
    try {
      if (await condition()) return;
    } catch (error) {
      lastError = error;
    }
    if (giveUp()) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ""}`);
}

/** Opens the database file directly (another connection than the app's, as an operator's sqlite3 would). */
export function openDatabase(file: string): Database.Database {
  const sqlite = new Database(file);
  sqlite.pragma("busy_timeout = 10000");
  return sqlite;
}

/** `PRAGMA integrity_check` on the file: "ok" for a sound database, otherwise the problems found. */
export function integrityCheck(file: string): string {
  const sqlite = openDatabase(file);
  try {
    const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("\n");
  } finally {
    sqlite.close();
  }
}

/** A session cookie for an existing account, made by writing its session row (as signing in would). */
export function signedInCookie(file: string, email: string): string {
  const sqlite = openDatabase(file);
  try {
    const user = sqlite.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(email) as { id: string } | undefined;
    if (!user) throw new Error(`no account ${email}`);
    const token = newSessionToken();
    sqlite
      .prepare(`INSERT INTO "Session" ("id", "userId", "expiresAt", "createdAt") VALUES (?, ?, ?, ?)`)
      .run(sessionIdFromToken(token), user.id, sqliteTimestamp(new Date(Date.now() + 86_400_000)), sqliteTimestamp());
    return `session=${token}`;
  } finally {
    sqlite.close();
  }
}

/**
 * Waits until another connection holds the database's write lock (a write transaction under way), trying to take it
 * without waiting every few milliseconds; false when none was seen within `timeoutMs`.
 */
export async function waitForWriteLock(file: string, timeoutMs: number): Promise<boolean> {
  const sqlite = new Database(file);
  sqlite.pragma("busy_timeout = 0");
  const end = Date.now() + timeoutMs;
  try {
    while (Date.now() < end) {
      try {
        sqlite.exec("BEGIN IMMEDIATE");
        sqlite.exec("ROLLBACK");
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return false;
  } finally {
    sqlite.close();
  }
}

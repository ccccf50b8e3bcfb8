import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { BASE_DATABASE, TMP_DIR } from "../support/test-paths";

const ROOT = path.resolve(__dirname, "../..");
const files: string[] = [];
const processes: ChildProcess[] = [];

afterEach(() => {
  for (const child of processes.splice(0)) child.kill("SIGKILL");
  for (const file of files.splice(0)) {
    for (const found of readdirSync(TMP_DIR).filter((name) => name.startsWith(path.basename(file)))) {
      rmSync(path.join(TMP_DIR, found), { force: true });
    }
  }
});

/** A file name of this test under tests/.tmp, removed (with anything beside it that starts with it) afterwards. */
function tmpFile(name: string): string {
  const file = path.join(TMP_DIR, `db-backup-${randomUUID()}-${name}`);
  files.push(file);
  return file;
}

/** A migrated, empty app database with one learner, in WAL mode as the app keeps it. */
function appDatabase(): string {
  const file = tmpFile("live.db");
  copyFileSync(BASE_DATABASE, file);
  const db = open(file);
  db.prepare(
    "INSERT INTO User (id, email, name, passwordHash) VALUES ('learner', 'learner@example.test', 'L', '-')",
  ).run();
  db.close();
  return file;
}

function open(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  db.pragma("journal_mode = WAL");
  return db;
}

/** Saves `count` words (item and sentence in one transaction, as the app does) starting at number `from`. */
function saveWords(file: string, from: number, count: number): void {
  const db = open(file);
  const save = db.transaction((n: number) => {
    db.prepare(
      "INSERT INTO VocabularyItem (id, userId, key, headword, updatedAt) VALUES (?, 'learner', ?, ?, CURRENT_TIMESTAMP)",
    ).run(`item-${n}`, `woord${n}`, `woord${n}`);
    db.prepare("INSERT INTO VocabularyContext (id, itemId, form, sentence) VALUES (?, ?, ?, ?)").run(
      `context-${n}`,
      `item-${n}`,
      `woord${n}`,
      `Een zin met woord${n}.`,
    );
  });
  for (let n = from; n < from + count; n++) save(n);
  db.close();
}

function itemIds(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const ids = (db.prepare("SELECT id FROM VocabularyItem ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  db.close();
  return ids;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <script>`'s TypeScript as its own process against the database `databaseFile`. */
function runScript(script: "db-backup" | "db-restore", args: string[], databaseFile: string): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
  });
  processes.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

/**
 * A second process that saves words in a loop, one transaction each, like learners using the app; it reports each
 * committed number on stdout. `committed()` answers how many it has reported so far.
 */
function startWriter(file: string) {
  const source = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
    db.pragma("journal_mode = WAL");
    const item = db.prepare("INSERT INTO VocabularyItem (id, userId, key, headword, updatedAt) VALUES (?, 'learner', ?, ?, CURRENT_TIMESTAMP)");
    const context = db.prepare("INSERT INTO VocabularyContext (id, itemId, form, sentence) VALUES (?, ?, ?, ?)");
    const save = db.transaction((n) => {
      item.run("writer-" + n, "schrijf" + n, "schrijf" + n);
      context.run("writer-context-" + n, "writer-" + n, "schrijf" + n, "Zin " + n + ".");
    });
    let n = 0;
    const next = () => { save(n); process.stdout.write(n + "\\n"); n++; setTimeout(next, 1); };
    next();`;
  const child = spawn(process.execPath, ["-e", source], { cwd: ROOT });
  processes.push(child);
  let reported = 0;
  child.stdout.on("data", (chunk: Buffer) => (reported += chunk.toString().split("\n").length - 1));
  const committed = () => reported;
  const reach = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => (reported >= count ? resolve() : setTimeout(check, 5));
      check();
    });
  return { committed, reach };
}

/** Another process opens the database as the app does, runs `sql`, answers `ready` and is then killed (SIGKILL). */
async function crashAfter(file: string, sql: string): Promise<void> {
  const app = startApp(file, sql);
  await app.ready;
  app.child.kill("SIGKILL");
  await new Promise((resolve) => app.child.once("exit", resolve));
}

/** A process that has the database open as the app does (WAL), after running `sql`; idle once `ready`. */
function startApp(file: string, sql = "SELECT count(*) FROM User") {
  const source = `
    const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL");
    db.prepare(${JSON.stringify(sql)}).run();
    console.log("ready");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", source], { cwd: ROOT });
  processes.push(child);
  const ready = new Promise((resolve) => child.stdout.once("data", resolve));
  return { child, ready };
}

/** Translations of about 4 KB each, so that the backup takes several steps of the backup API. */
function addBulk(file: string, megabytes: number): void {
  const db = open(file);
  const insert = db.prepare(
    "INSERT INTO TranslationCache (key, provider, sourceText, translated, characters) VALUES (?, 'test', ?, ?, 1)",
  );
  db.transaction(() => {
    for (let n = 0; n < megabytes * 256; n++) insert.run(`bulk-${n}`, `${n} `.repeat(1000), "x");
  })();
  db.close();
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const result = db.pragma("integrity_check", { simple: true }) as string;
  db.close();
  return result;
}

describe("npm run db:backup", () => {
  it("copies a database that another process keeps writing to: sound, with every word saved before it started", async () => {
    const live = appDatabase();
    addBulk(live, 24);
    const writer = startWriter(live);
    await writer.reach(20);
    const savedBefore = itemIds(live);
    const committedAtStart = writer.committed();
    const backup = tmpFile("backup.db");

    const run = await runScript("db-backup", [backup], live);
    const committedAtEnd = writer.committed();

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^backup ${backup}: [\\d.]+ MB, \\d+ pages, \\d+ ms, integrity ok\\n$`));
    // The writer went on committing while the backup ran: the backup did not hold the app's writers back.
    expect(committedAtEnd).toBeGreaterThan(committedAtStart);
    expect(integrity(backup)).toBe("ok");
    const copied = new Set(itemIds(backup));
    expect(savedBefore.filter((id) => !copied.has(id))).toEqual([]);
    // One moment of the database: every word in the copy has its sentence (no half transaction).
    const copy = new Database(backup, { readonly: true });
    const orphans = copy
      .prepare(
        "SELECT count(*) AS n FROM VocabularyItem i WHERE NOT EXISTS (SELECT 1 FROM VocabularyContext c WHERE c.itemId = i.id)",
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    copy.close();
    expect(existsSync(`${backup}-wal`)).toBe(false);
  });

  it("keeps an existing file unless told --force", async () => {
    const live = appDatabase();
    saveWords(live, 0, 3);
    const backup = tmpFile("backup.db");
    writeFileSync(backup, "last night's backup");

    const refused = await runScript("db-backup", [backup], live);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`no backup written: ${backup} exists; add --force to replace it`);
    expect(readFileSync(backup, "utf8")).toBe("last night's backup");

    const forced = await runScript("db-backup", [backup, "--force"], live);
    expect(forced.status).toBe(0);
    expect(itemIds(backup)).toEqual(["item-0", "item-1", "item-2"]);
  });
});

describe("npm run db:restore", () => {
  async function backupOf(live: string): Promise<string> {
    const backup = tmpFile("backup.db");
    expect((await runScript("db-backup", [backup], live)).status).toBe(0);
    return backup;
  }

  /** A restore that must change nothing: refused with `message`, the live database as it was, nothing beside it. */
  async function expectRefused(backup: string, live: string, message: string | RegExp): Promise<void> {
    const before = itemIds(live);
    const run = await runScript("db-restore", [backup], live);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(itemIds(live)).toEqual(before);
    expect(readdirSync(TMP_DIR).filter((name) => name.startsWith(`${path.basename(live)}.`))).toEqual([]);
  }

  it("puts a backup back, keeping the database it replaces", async () => {
    const live = appDatabase();
    saveWords(live, 0, 5);
    const backup = await backupOf(live);
    saveWords(live, 5, 2);
    // An app that crashed leaves its last commits in the -wal file: they belong to the database that is replaced.
    await crashAfter(live, "DELETE FROM VocabularyItem WHERE id = 'item-0'");
    expect(existsSync(`${live}-wal`)).toBe(true);
    const current = itemIds(live);

    const run = await runScript("db-restore", [backup], live);

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(itemIds(live)).toEqual(["item-0", "item-1", "item-2", "item-3", "item-4"]);
    expect(integrity(live)).toBe("ok");
    const kept = readdirSync(TMP_DIR).filter((name) => name.startsWith(`${path.basename(live)}.before-restore-`));
    expect(kept).toHaveLength(1);
    expect(run.stdout).toContain(`the database it replaced is kept as ${path.join(TMP_DIR, kept[0]!)}`);
    expect(itemIds(path.join(TMP_DIR, kept[0]!))).toEqual(current);
  });

  it("refuses a file that is damaged or is no database", async () => {
    const live = appDatabase();
    saveWords(live, 0, 200);
    const backup = await backupOf(live);
    const bytes = readFileSync(backup);
    bytes.fill(0xa5, 4096, 6 * 4096);
    writeFileSync(backup, bytes);
    await expectRefused(backup, live, /cannot be restored: .*(integrity|malformed)/);

    const text = tmpFile("notes.txt");
    writeFileSync(text, "not a database");
    await expectRefused(text, live, "is not an SQLite database");
  });

  it("refuses a backup made by a newer version of the app", async () => {
    const live = appDatabase();
    const backup = await backupOf(live);
    const db = new Database(backup);
    db.prepare(
      "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('x', 'x', CURRENT_TIMESTAMP, '9999_from_the_future', 1)",
    ).run();
    db.close();
    await expectRefused(backup, live, "newer version of Leeshulp (migrations unknown here: 9999_from_the_future)");
  });

  it("refuses a database that lacks tables its migrations made", async () => {
    const live = appDatabase();
    const backup = await backupOf(live);
    const db = new Database(backup);
    db.exec('DROP TABLE "ReviewLog"');
    db.close();
    await expectRefused(backup, live, "it lacks tables of the app: ReviewLog");
  });

  it("refuses while the app has the database open, even when it is idle", async () => {
    const live = appDatabase();
    saveWords(live, 0, 2);
    const backup = await backupOf(live);
    saveWords(live, 2, 1);
    const app = startApp(live);
    await app.ready;

    await expectRefused(backup, live, `${live} is in use: stop the app`);

    app.child.kill("SIGTERM");
    await new Promise((resolve) => app.child.once("exit", resolve));
    expect((await runScript("db-restore", [backup], live)).status).toBe(0);
    expect(itemIds(live)).toEqual(["item-0", "item-1"]);
  });

  it("restores a backup of an older version, which `prisma migrate deploy` (run by npm start) then brings up to date", async () => {
    const older = tmpFile("older.db");
    const base = new Database(BASE_DATABASE, { readonly: true });
    const history = base.prepare("SELECT * FROM _prisma_migrations ORDER BY migration_name").all() as {
      migration_name: string;
    }[];
    const historyTable = (
      base.prepare("SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'").get() as {
        sql: string;
      }
    ).sql;
    base.close();
    const db = new Database(older);
    db.exec(historyTable);
    const latest = history.at(-1)!.migration_name;
    for (const row of history.filter((migration) => migration.migration_name !== latest)) {
      db.exec(readFileSync(path.join(ROOT, "prisma/sqlite/migrations", row.migration_name, "migration.sql"), "utf8"));
      const columns = Object.keys(row);
      db.prepare(
        `INSERT INTO _prisma_migrations (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
      ).run(row);
    }
    db.prepare("INSERT INTO User (id, email, name, passwordHash) VALUES ('old', 'old@example.test', 'O', '-')").run();
    db.close();
    const live = appDatabase();

    const run = await runScript("db-restore", [older], live);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`the backup lacks 1 migration(s) of this version (${latest})`);

    await new Promise<void>((resolve, reject) =>
      spawn("npx", ["prisma", "migrate", "deploy"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${live}` },
        stdio: "ignore",
      }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`migrate deploy exited with ${code}`)))),
    );
    const migrated = new Database(live, { readonly: true });
    const applied = migrated.prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name").all();
    expect(applied).toEqual(history.map(({ migration_name }) => ({ migration_name })));
    expect(migrated.prepare("SELECT email FROM User").all()).toEqual([{ email: "old@example.test" }]);
    migrated.close();
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tablesAfterMigrations } from "@/lib/db/tables-after-migrations";

const list = (tables: Set<string>) => [...tables].sort().join(" ");

describe("the tables a restored database must have", () => {
  it("follows Prisma's rebuild of a table: create new_X, drop X, rename new_X to X", () => {
    const rebuilt = tablesAfterMigrations([
      'CREATE TABLE "Lesson" ("id" TEXT); CREATE TABLE "Note" ("id" TEXT);',
      'CREATE TABLE "new_Lesson" ("id" TEXT, "level" TEXT); INSERT INTO "new_Lesson" SELECT * FROM "Lesson";\n' +
        'DROP TABLE "Lesson";\nALTER TABLE "new_Lesson" RENAME TO "Lesson";',
      'DROP TABLE IF EXISTS "Note";',
    ]);
    expect(list(rebuilt)).toBe("Lesson");
  });

  it("ignores a rename of a table it never saw, and other statements", () => {
    expect(list(tablesAfterMigrations(['ALTER TABLE "Ghost" RENAME TO "Shadow"; CREATE INDEX "i" ON "X"("a");']))).toBe(
      "",
    );
  });

  it("finds every model table in this app's own migrations", () => {
    const folder = path.resolve(__dirname, "../../../prisma/sqlite/migrations");
    const sqls = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((name) => readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
    const tables = tablesAfterMigrations(sqls);
    for (const model of ["User", "Session", "Lesson", "Paragraph", "VocabularyItem", "WordStatus", "ReviewCard"]) {
      expect(tables, model).toContain(model);
    }
    expect([...tables].some((table) => table.startsWith("new_"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/db/database-url.cjs";
import { db } from "@/lib/db/client.server";
import { insertRows } from "@/lib/db/insert-rows";
import { updateRows } from "@/lib/db/update-rows";
import { workerDatabase } from "@/lib/db/worker-connection.worker";
import { createLesson } from "../../support/factories";

// The import worker's own connection (lib/db/worker-database.ts), used here from the test's thread: the same SQL on
// SQLite and on PostgreSQL (npm run test:postgres), in 500-row statements, one transaction per task.
const COLUMNS = ["id", "lessonId", "position", "sourceText", "translationText"];

function paragraphRows(lessonId: string, count: number): unknown[][] {
  return Array.from({ length: count }, (_, position) => [
    `${lessonId}-${position}`,
    lessonId,
    position,
    `Zin ${position}.`,
    null,
  ]);
}

describe("the import worker's connection", () => {
  it("inserts and updates rows in statements of 500, and reads them back", async () => {
    const lesson = await createLesson();
    const rows = paragraphRows(lesson.id, 1_201);
    const worker = workerDatabase(databaseUrl());
    await worker.transaction((tx) => insertRows(tx, "Paragraph", COLUMNS, rows));
    await worker.transaction((tx) =>
      updateRows(
        tx,
        "Paragraph",
        ["translationText"],
        rows.slice(0, 600).map(([id, , position]) => [id, `Sentence ${String(position)}.`]),
      ),
    );
    const stored = await worker.transaction((tx) =>
      tx.all<{ position: number; translationText: string | null }>(
        `SELECT "position", "translationText" FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`,
        [lesson.id],
      ),
    );
    expect(stored).toHaveLength(1_201);
    expect(stored[599]).toEqual({ position: 599, translationText: "Sentence 599." });
    expect(stored[600]).toEqual({ position: 600, translationText: null });
  });

  it("keeps nothing of a transaction that fails, and works again after it", async () => {
    const lesson = await createLesson();
    const worker = workerDatabase(databaseUrl());
    const failing = worker.transaction(async (tx) => {
      await insertRows(tx, "Paragraph", COLUMNS, paragraphRows(lesson.id, 700));
      await tx.run(`UPDATE "Lesson" SET "title" = ? WHERE "id" = ?`, ["Half", lesson.id]);
      throw new Error("the task stopped halfway");
    });
    await expect(failing).rejects.toThrow("the task stopped halfway");
    expect(await db.paragraph.count({ where: { lessonId: lesson.id } })).toBe(0);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).title).toBe(lesson.title);

    const changed = await worker.transaction((tx) =>
      tx.run(`UPDATE "Lesson" SET "title" = ? WHERE "id" = ?`, ["Whole", lesson.id]),
    );
    expect(changed).toBe(1);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).title).toBe("Whole");
  });
});

import { insertRows } from "@/lib/db/insert-rows";
import { newRecordId } from "@/lib/db/new-record-id";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import type { WorkerDatabase, WorkerTransaction } from "@/lib/db/worker-database";
import { countWords } from "@/lib/text/word-count";
import type { ParagraphRow } from "@/lib/lesson-model/lesson-rows";
import { slugFor } from "@/lib/lesson-model/lesson-slug";

export interface NewLesson {
  ownerId: string;
  title: string;
  level: string;
}

const PARAGRAPH_COLUMNS = [
  "id",
  "lessonId",
  "position",
  "kind",
  "language",
  "sourceText",
  "translationText",
  "translationSource",
] as const;
const SENTENCE_COLUMNS = [
  "id",
  "paragraphId",
  "position",
  "start",
  "end",
  "translationStart",
  "translationEnd",
] as const;

/** Child rows get ids derived from their parent's and their position: unique, and appended in index order. */
function paragraphIdFor(lessonId: string, position: number): string {
  return `${lessonId}p${position.toString(36)}`;
}

/** Inserts the sentence pairs of each paragraph (rows of ParagraphRow) under its paragraph's id. */
export async function insertSentences(
  tx: WorkerTransaction,
  paragraphs: readonly { paragraphId: string; row: ParagraphRow }[],
): Promise<void> {
  await insertRows(
    tx,
    "Sentence",
    SENTENCE_COLUMNS,
    paragraphs.flatMap(({ paragraphId, row }) =>
      row.sentences.map((sentence) => [
        `${paragraphId}s${sentence.position.toString(36)}`,
        paragraphId,
        sentence.position,
        sentence.start,
        sentence.end,
        sentence.translationStart,
        sentence.translationEnd,
      ]),
    ),
  );
}

/**
 * Stores a new lesson, private to its creator, with its paragraphs and sentence pairs, in one transaction: nobody
 * ever sees half a lesson, and 25,000 paragraphs take a few dozen statements. Runs in the import worker.
 */
export async function insertLesson(
  db: WorkerDatabase,
  lesson: NewLesson,
  rows: readonly ParagraphRow[],
): Promise<string> {
  const lessonId = newRecordId();
  const now = sqliteTimestamp();
  const wordCount = rows
    .filter((row) => row.language === "nl")
    .reduce((sum, row) => sum + countWords(row.sourceText), 0);
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO "Lesson" ("id", "slug", "title", "level", "ownerId", "visibility", "wordCount", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, 'private', ?, ?, ?)`,
      [lessonId, slugFor(lesson.title), lesson.title, lesson.level, lesson.ownerId, wordCount, now, now],
    );
    const paragraphIds = rows.map((_, position) => paragraphIdFor(lessonId, position));
    await insertRows(
      tx,
      "Paragraph",
      PARAGRAPH_COLUMNS,
      rows.map((row, position) => [
        paragraphIds[position],
        lessonId,
        position,
        row.kind,
        row.language,
        row.sourceText,
        row.translationText,
        row.translationSource,
      ]),
    );
    await insertSentences(
      tx,
      rows.map((row, position) => ({ paragraphId: paragraphIds[position]!, row })),
    );
  });
  return lessonId;
}

import type Database from "better-sqlite3";
import { insertRows } from "@/lib/db/insert-rows";
import { newRecordId } from "@/lib/db/new-record-id";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
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
export function insertSentences(
  db: Database.Database,
  paragraphs: readonly { paragraphId: string; row: ParagraphRow }[],
): void {
  insertRows(
    db,
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
export function insertLesson(db: Database.Database, lesson: NewLesson, rows: readonly ParagraphRow[]): string {
  const lessonId = newRecordId();
  const now = sqliteTimestamp();
  const wordCount = rows
    .filter((row) => row.language === "nl")
    .reduce((sum, row) => sum + countWords(row.sourceText), 0);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO "Lesson" ("id", "slug", "title", "level", "ownerId", "visibility", "wordCount", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, 'private', ?, ?, ?)`,
    ).run(lessonId, slugFor(lesson.title), lesson.title, lesson.level, lesson.ownerId, wordCount, now, now);
    const paragraphIds = rows.map((_, position) => paragraphIdFor(lessonId, position));
    insertRows(
      db,
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
    insertSentences(
      db,
      rows.map((row, position) => ({ paragraphId: paragraphIds[position]!, row })),
    );
  })();
  return lessonId;
}

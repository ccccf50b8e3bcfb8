import type Database from "better-sqlite3";
import { newRecordId } from "@/lib/db/new-record-id";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { AppError } from "@/lib/errors/app-error";
import { slugFor } from "@/lib/lesson-model/lesson-slug";

/**
 * Copies a lesson into a new one, private to `ownerId`: details, paragraphs with their texts and translation sources,
 * sentence pairs and glossary, in one transaction of five INSERT … SELECT statements, so that 25,000 paragraphs never
 * pass through JavaScript. Runs in the import worker; the caller has checked that the owner may copy the lesson.
 * Child ids follow insert-lesson.worker.ts: derived from the new parent's id and the position (zero-padded, so they
 * sort in order). The title stays as it is (learners read it); the copy is told apart by being the teacher's own.
 */
export function copyLesson(db: Database.Database, sourceId: string, ownerId: string): string {
  const lessonId = newRecordId();
  const now = sqliteTimestamp();
  db.transaction(() => {
    const source = db.prepare(`SELECT "title" FROM "Lesson" WHERE "id" = ?`).get(sourceId) as
      { title: string } | undefined;
    if (!source) throw new AppError("not-found");
    db.prepare(
      `INSERT INTO "Lesson" ("id", "slug", "title", "titleEnglish", "summary", "level", "sourceLanguage",
         "targetLanguage", "ownerId", "visibility", "wordCount", "glossaryVersion", "createdAt", "updatedAt")
       SELECT ?, ?, "title", "titleEnglish", "summary", "level", "sourceLanguage", "targetLanguage", ?, 'private',
         "wordCount", 0, ?, ?
       FROM "Lesson" WHERE "id" = ?`,
    ).run(lessonId, slugFor(source.title), ownerId, now, now, sourceId);
    db.prepare(
      `INSERT INTO "Paragraph" ("id", "lessonId", "position", "kind", "language", "sourceText", "translationText",
         "translationSource")
       SELECT ? || 'p' || printf('%06d', "position"), ?, "position", "kind", "language", "sourceText",
         "translationText", "translationSource"
       FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`,
    ).run(lessonId, lessonId, sourceId);
    db.prepare(
      `INSERT INTO "Sentence" ("id", "paragraphId", "position", "start", "end", "translationStart", "translationEnd")
       SELECT ? || 'p' || printf('%06d', p."position") || 's' || printf('%05d', s."position"),
         ? || 'p' || printf('%06d', p."position"), s."position", s."start", s."end", s."translationStart",
         s."translationEnd"
       FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId"
       WHERE p."lessonId" = ? ORDER BY p."position", s."position"`,
    ).run(lessonId, lessonId, sourceId);
    db.prepare(
      `INSERT INTO "GlossaryTerm" ("id", "lessonId", "term", "variants", "english", "note", "createdAt", "updatedAt")
       SELECT ? || 'g' || printf('%06d', row_number() OVER (ORDER BY "term")), ?, "term", "variants", "english",
         "note", ?, ?
       FROM "GlossaryTerm" WHERE "lessonId" = ?`,
    ).run(lessonId, lessonId, now, now, sourceId);
  })();
  return lessonId;
}

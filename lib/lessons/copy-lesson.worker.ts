import { newRecordId } from "@/lib/db/new-record-id";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import type { WorkerDatabase } from "@/lib/db/worker-database";
import { AppError } from "@/lib/errors/app-error";
import { slugFor } from "@/lib/lesson-model/lesson-slug";

interface SourceLesson {
  title: string;
  titleEnglish: string;
  summary: string;
  level: string;
  sourceLanguage: string;
  targetLanguage: string;
  wordCount: number;
}

/**
 * A number as text of `width` digits with leading zeros, in SQL both databases run (neither's printf or lpad is the
 * other's): zeroPadded('"position"', 6) for position 42 → '000042'. The number must have at most `width` digits.
 */
function zeroPadded(number: string, width: number): string {
  const text = `CAST(${number} AS TEXT)`;
  return `substr('${"0".repeat(width)}' || ${text}, length(${text}) + 1)`;
}

/**
 * Copies a lesson into a new one, private to `ownerId`: details, paragraphs with their texts and translation sources,
 * sentence pairs and glossary, in one transaction of a read and four INSERTs (three INSERT … SELECT), so that 25,000
 * paragraphs never pass through JavaScript. Runs in the import worker; the caller has checked that the owner may copy
 * the lesson. Child ids follow insert-lesson.worker.ts: derived from the new parent's id and the position
 * (zero-padded, so they sort in order). The title stays as it is (learners read it); the copy is told apart by being
 * the teacher's own. The glossary terms are as new as the copy.
 */
export async function copyLesson(db: WorkerDatabase, sourceId: string, ownerId: string): Promise<string> {
  const lessonId = newRecordId();
  const now = sqliteTimestamp();
  await db.transaction(async (tx) => {
    const [source] = await tx.all<SourceLesson>(
      `SELECT "title", "titleEnglish", "summary", "level", "sourceLanguage", "targetLanguage", "wordCount"
       FROM "Lesson" WHERE "id" = ?`,
      [sourceId],
    );
    if (!source) throw new AppError("not-found");
    await tx.run(
      `INSERT INTO "Lesson" ("id", "slug", "title", "titleEnglish", "summary", "level", "sourceLanguage",
         "targetLanguage", "ownerId", "visibility", "wordCount", "glossaryVersion", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'private', ?, 0, ?, ?)`,
      [
        lessonId,
        slugFor(source.title),
        source.title,
        source.titleEnglish,
        source.summary,
        source.level,
        source.sourceLanguage,
        source.targetLanguage,
        ownerId,
        source.wordCount,
        now,
        now,
      ],
    );
    await tx.run(
      `INSERT INTO "Paragraph" ("id", "lessonId", "position", "kind", "language", "sourceText", "translationText",
         "translationSource")
       SELECT ? || 'p' || ${zeroPadded('"position"', 6)}, ?, "position", "kind", "language", "sourceText",
         "translationText", "translationSource"
       FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`,
      [lessonId, lessonId, sourceId],
    );
    await tx.run(
      `INSERT INTO "Sentence" ("id", "paragraphId", "position", "start", "end", "translationStart", "translationEnd")
       SELECT ? || 'p' || ${zeroPadded('p."position"', 6)} || 's' || ${zeroPadded('s."position"', 5)},
         ? || 'p' || ${zeroPadded('p."position"', 6)}, s."position", s."start", s."end", s."translationStart",
         s."translationEnd"
       FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId"
       WHERE p."lessonId" = ? ORDER BY p."position", s."position"`,
      [lessonId, lessonId, sourceId],
    );
    // The copy's own times come from its Lesson row: a bound time in a SELECT list would be text on PostgreSQL.
    await tx.run(
      `INSERT INTO "GlossaryTerm" ("id", "lessonId", "term", "variants", "english", "note", "createdAt", "updatedAt")
       SELECT l."id" || 'g' || ${zeroPadded('row_number() OVER (ORDER BY g."term")', 6)}, l."id", g."term",
         g."variants", g."english", g."note", l."createdAt", l."createdAt"
       FROM "GlossaryTerm" g JOIN "Lesson" l ON l."id" = ?
       WHERE g."lessonId" = ?`,
      [lessonId, sourceId],
    );
  });
  return lessonId;
}

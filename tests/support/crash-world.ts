/**
 * What the crash tests read from and add to a seeded database, through their own connection before the app starts:
 * the demo lesson's words and paragraphs, and extra learners in the demo class.
 */
import { newRecordId } from "@/lib/db/new-record-id";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { openDatabase } from "./app-process";

export interface LessonWord {
  paragraphId: string;
  sentencePosition: number;
  form: string;
  wordOffset: number;
}

/** The seeded public lesson with the most words (the demo article), assigned to the seeded demo class. */
export function demoLessonId(file: string): string {
  const sqlite = openDatabase(file);
  try {
    const lesson = sqlite
      .prepare(`SELECT "id" FROM "Lesson" WHERE "visibility" = 'public' ORDER BY "wordCount" DESC`)
      .get() as { id: string };
    return lesson.id;
  } finally {
    sqlite.close();
  }
}

/** Every word of the lesson's Dutch sentences, where a reader would click it. */
export function lessonWords(file: string, lessonId: string): LessonWord[] {
  const sqlite = openDatabase(file);
  try {
    const rows = sqlite
      .prepare(
        `SELECT p."id" AS "paragraphId", p."sourceText", s."position", s."start", s."end"
         FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId"
         WHERE p."lessonId" = ? AND p."language" = 'nl' ORDER BY p."position", s."position"`,
      )
      .all(lessonId) as { paragraphId: string; sourceText: string; position: number; start: number; end: number }[];
    return rows.flatMap((row) =>
      [...row.sourceText.slice(row.start, row.end).matchAll(/\p{L}+/gu)].map((match) => ({
        paragraphId: row.paragraphId,
        sentencePosition: row.position,
        form: match[0],
        wordOffset: match.index,
      })),
    );
  } finally {
    sqlite.close();
  }
}

/** How many Dutch paragraphs the lesson has (positions 0 … n-1). */
export function paragraphCount(file: string, lessonId: string): number {
  const sqlite = openDatabase(file);
  try {
    const row = sqlite
      .prepare(`SELECT count(*) AS "n" FROM "Paragraph" WHERE "lessonId" = ? AND "language" = 'nl'`)
      .get(lessonId) as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

/** Adds `count` learners to the seeded demo class; returns their emails. */
export function addClassLearners(file: string, count: number): string[] {
  const sqlite = openDatabase(file);
  try {
    const { id: classId } = sqlite.prepare(`SELECT "id" FROM "Classroom"`).get() as { id: string };
    const now = sqliteTimestamp(new Date(Date.now() - 60_000));
    const emails = Array.from({ length: count }, (_, n) => `crash-learner-${n}@example.com`);
    sqlite.transaction(() => {
      for (const email of emails) {
        const id = newRecordId();
        sqlite
          .prepare(
            `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt") VALUES (?, ?, ?, '-', 'learner', ?)`,
          )
          .run(id, email, email.split("@")[0], now);
        sqlite
          .prepare(`INSERT INTO "ClassMember" ("classId", "userId", "joinedAt") VALUES (?, ?, ?)`)
          .run(classId, id, now);
      }
    })();
    return emails;
  } finally {
    sqlite.close();
  }
}

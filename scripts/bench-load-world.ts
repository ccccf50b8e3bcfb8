/**
 * The world of the load benchmark, written with bulk SQL into the bench server's seeded database: learner accounts
 * with a session each (as signedInCookie makes them), all members of the seeded demo class (so their reading events
 * are kept), and one long "imported" class lesson assigned to that class, read page by page at /my/lessons/:id.
 * Then what the learners need to behave like readers: every lesson's reader URL and page count, and each Dutch
 * sentence's text and paragraph position, to pick real words and send honest events.
 */
import Database from "better-sqlite3";
import { newSessionToken, sessionIdFromToken } from "../lib/auth/session-token";
import { insertRows } from "../lib/db/insert-rows";
import { newRecordId } from "../lib/db/new-record-id";
import { sqliteDatabase } from "../lib/db/sqlite-connection.worker";
import { sqliteTimestamp } from "../lib/db/sqlite-timestamp";
import { readerPageStarts } from "../lib/lesson-model/reader-pages";

const DEMO_CLASS = "Demoklas B1";
const DEMO_TEACHER = "teacher@example.com";
const DAY = 86_400_000;

export interface Learner {
  id: string;
  cookie: string;
}

export interface ReaderLessonInfo {
  id: string;
  /** The reader's address of page 1 (public lessons are cached for everyone; class lessons rendered per learner). */
  path: string;
  pages: number;
}

export interface LoadWorld {
  learners: Learner[];
  /** The seeded public lessons, the demo lesson first, then the long class lesson last. */
  lessons: ReaderLessonInfo[];
  /** Dutch sentence text by "<paragraphId>:<sentence position>", the key the status route uses. */
  sentences: Map<string, string>;
  /** Paragraph position by paragraph id, for "seen" and "lookup" events. */
  positions: Map<string, number>;
}

interface ParagraphRow {
  id: string;
  lessonId: string;
  position: number;
  kind: string;
  language: string;
  sourceText: string;
  translationText: string | null;
  translationSource: string;
}

interface SentenceRow {
  paragraphId: string;
  position: number;
  start: number;
  end: number;
  translationStart: number;
  translationEnd: number;
}

/**
 * Adds `learnerCount` learners (one session each) to the demo class and a class lesson of `copies` times every
 * seeded lesson's paragraphs (several reader pages), assigned to the class; one transaction.
 */
export async function seedLoadWorld(databaseFile: string, learnerCount: number, copies: number): Promise<LoadWorld> {
  const sqlite = new Database(databaseFile);
  sqlite.pragma("busy_timeout = 5000");
  const { id: classId } = sqlite.prepare(`SELECT "id" FROM "Classroom" WHERE "name" = ?`).get(DEMO_CLASS) as {
    id: string;
  };
  const { id: teacherId } = sqlite.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(DEMO_TEACHER) as {
    id: string;
  };
  const seeded = sqlite
    .prepare(
      `SELECT "id", "wordCount" FROM "Lesson" WHERE "ownerId" IS NULL AND "visibility" = 'public'
       ORDER BY "slug" LIKE 'zelenski%' DESC, "slug"`,
    )
    .all() as { id: string; wordCount: number }[];
  const paragraphs = sqlite
    .prepare(`SELECT * FROM "Paragraph" WHERE "lessonId" IN (SELECT value FROM json_each(?)) ORDER BY "position"`)
    .all(JSON.stringify(seeded.map((lesson) => lesson.id))) as ParagraphRow[];
  const sentencesOf = new Map<string, SentenceRow[]>();
  const sentenceRows = sqlite
    .prepare(`SELECT * FROM "Sentence" WHERE "paragraphId" IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(paragraphs.map((paragraph) => paragraph.id))) as SentenceRow[];
  for (const sentence of sentenceRows) {
    sentencesOf.set(sentence.paragraphId, [...(sentencesOf.get(sentence.paragraphId) ?? []), sentence]);
  }

  const now = Date.now();
  const created = sqliteTimestamp(new Date(now - 2 * DAY));
  const learners = Array.from({ length: learnerCount }, () => ({ id: newRecordId(), token: newSessionToken() }));
  const longLessonId = newRecordId();
  const inOrder = seeded.flatMap((lesson) => paragraphs.filter((paragraph) => paragraph.lessonId === lesson.id));

  await sqliteDatabase(sqlite).transaction(async (tx) => {
    await insertRows(
      tx,
      "User",
      ["id", "email", "name", "passwordHash", "role", "createdAt"],
      learners.map((learner, n) => [learner.id, `load-${n}@example.com`, `Load ${n}`, "-", "learner", created]),
    );
    await insertRows(
      tx,
      "Session",
      ["id", "userId", "expiresAt", "createdAt"],
      learners.map((learner) => [sessionIdFromToken(learner.token), learner.id, now + DAY, now]),
    );
    await insertRows(
      tx,
      "ClassMember",
      ["classId", "userId", "joinedAt"],
      learners.map((learner) => [classId, learner.id, created]),
    );
    await insertRows(
      tx,
      "Lesson",
      ["id", "slug", "title", "level", "ownerId", "visibility", "wordCount", "createdAt", "updatedAt"],
      [
        [
          longLessonId,
          `load-${longLessonId}`,
          "Lange les",
          "B1",
          teacherId,
          "class",
          copies * seeded.reduce((sum, lesson) => sum + lesson.wordCount, 0),
          created,
          created,
        ],
      ],
    );
    const copied = Array.from({ length: copies }, () => inOrder).flat();
    const ids = copied.map(() => newRecordId());
    await insertRows(
      tx,
      "Paragraph",
      ["id", "lessonId", "position", "kind", "language", "sourceText", "translationText", "translationSource"],
      copied.map((paragraph, position) => [
        ids[position],
        longLessonId,
        position,
        paragraph.kind,
        paragraph.language,
        paragraph.sourceText,
        paragraph.translationText,
        paragraph.translationSource,
      ]),
    );
    await insertRows(
      tx,
      "Sentence",
      ["id", "paragraphId", "position", "start", "end", "translationStart", "translationEnd"],
      copied.flatMap((paragraph, position) =>
        (sentencesOf.get(paragraph.id) ?? []).map((sentence) => [
          newRecordId(),
          ids[position],
          sentence.position,
          sentence.start,
          sentence.end,
          sentence.translationStart,
          sentence.translationEnd,
        ]),
      ),
    );
    await insertRows(
      tx,
      "Assignment",
      ["id", "classId", "lessonId", "createdAt"],
      [[newRecordId(), classId, longLessonId, created]],
    );
  });

  const lessons = [
    ...seeded.map((lesson) => ({ id: lesson.id, path: `/en/lessons/${lesson.id}` })),
    { id: longLessonId, path: `/en/my/lessons/${longLessonId}` },
  ].map((lesson) => ({ ...lesson, pages: pageCount(sqlite, lesson.id) }));
  const world = {
    learners: learners.map((learner) => ({ id: learner.id, cookie: `session=${learner.token}` })),
    lessons,
    ...sentenceTexts(sqlite),
  };
  sqlite.close();
  return world;
}

/** How many reader pages a lesson has, split as the reader splits it (lib/lesson-model/reader-pages.ts). */
function pageCount(sqlite: Database.Database, lessonId: string): number {
  const sizes = sqlite
    .prepare(
      `SELECT length("sourceText") + coalesce(length("translationText"), 0) AS "size"
       FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`,
    )
    .all(lessonId) as { size: number }[];
  return readerPageStarts(sizes.map((row) => row.size)).length;
}

function sentenceTexts(sqlite: Database.Database): Pick<LoadWorld, "sentences" | "positions"> {
  const rows = sqlite
    .prepare(
      `SELECT p."id", p."position" AS "paragraph", s."position", s."start", s."end", p."sourceText"
       FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId" WHERE p."language" = 'nl'`,
    )
    .all() as { id: string; paragraph: number; position: number; start: number; end: number; sourceText: string }[];
  return {
    sentences: new Map(rows.map((row) => [`${row.id}:${row.position}`, row.sourceText.slice(row.start, row.end)])),
    positions: new Map(rows.map((row) => [row.id, row.paragraph])),
  };
}

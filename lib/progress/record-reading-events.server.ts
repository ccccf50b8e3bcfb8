import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { countInWindows } from "@/lib/db/count-in-windows.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { newRecordId } from "@/lib/db/new-record-id";
import { placeholders } from "@/lib/db/sql-dialect";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { AppError } from "@/lib/errors/app-error";
import { lemmaKey } from "@/lib/language/lemma-key";
import { classLinks, requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { lookupWord, vocabularyEntryOf } from "@/lib/lesson-model/word-lookup";
import { classProgressRefresh } from "./class-progress-sql";
import { READING_EVENT_LIMITS } from "./event-rate-limit";
import type { ReadingEventKind } from "./lesson-progress";
import type { ReadingEventBatch, ReadingEventInput } from "./reading-event-input";

interface EventRow {
  clientId: string;
  kind: ReadingEventKind;
  paragraph: number | null;
  seconds: number;
  wordKey: string;
  word: string;
  sentence: string;
}

export interface RecordedEvents {
  /** False when nothing of this lesson is recorded for this user: the browser then stops sending. */
  tracked: boolean;
  /** Events newly stored (an event sent before, by the timer and again by the page-hide beacon, counts once). */
  stored: number;
}

/**
 * Counts the batch against the account's limits before any other work: one statement on counters in the database,
 * shared by every instance. Every batch counts, refused or not stored (a lesson not tracked for the user).
 */
async function countWithinLimits(userId: string, events: number): Promise<void> {
  const { batches, events: perHour } = READING_EVENT_LIMITS;
  const [batchCount, eventCount] = await countInWindows(db, [
    { key: `reading-event-batches:${userId}`, points: 1, seconds: batches.seconds },
    { key: `reading-events:${userId}`, points: events, seconds: perHour.seconds },
  ]);
  if (batchCount! > batches.points || eventCount! > perHour.points) throw new AppError("too-many-events");
}

/**
 * Whether reading this lesson is recorded for this user: only when it is assigned to a class they are a member of,
 * the class is not archived and the assignment has started (docs/decisions.md, "Reading progress"). Teachers see
 * these events only from the learner's joinedAt on (lib/progress/class-progress.server.ts); outside a class
 * nothing is kept at all.
 */
export async function isLessonTracked(userId: string, lessonId: string, now = new Date()): Promise<boolean> {
  return (await classLinks(userId, lessonId, now)).learnsInAssignedClass;
}

/**
 * Stores a batch of the browser's reading events for a lesson the user may read ("not-found" otherwise), when the
 * lesson is tracked for them; "too-many-events" past the per-account limits, "invalid-input" for a position the
 * lesson does not have. A look-up is stored with its Dutch sentence and the word's lemma key, both read from the
 * lesson on the server.
 */
export async function recordReadingEvents(user: CurrentUser, batch: ReadingEventBatch): Promise<RecordedEvents> {
  await countWithinLimits(user.id, batch.events.length);
  const access = await requireLesson(user, batch.lessonId, "read");
  // The access check of a class lesson has already asked about the user's classes; a public lesson has not.
  const tracked = access.links?.learnsInAssignedClass ?? (await isLessonTracked(user.id, batch.lessonId));
  if (!tracked) return { tracked: false, stored: 0 };
  const rows = await eventRows(batch);
  return { tracked: true, stored: await insertEvents(user.id, batch.lessonId, rows) };
}

/**
 * Records that the user saved a word met in a lesson (called after a successful save), when the lesson is tracked
 * for them. The caller has checked that the user may read the lesson and read `sentence` from it.
 */
export async function recordSave(
  user: CurrentUser,
  lessonId: string,
  wordKey: string,
  word: string,
  sentence: string,
): Promise<void> {
  if (!(await isLessonTracked(user.id, lessonId))) return;
  const row: EventRow = {
    clientId: `save:${newRecordId()}`,
    kind: "save",
    paragraph: null,
    seconds: 0,
    wordKey,
    word,
    sentence,
  };
  await insertEvents(user.id, lessonId, [row]);
}

async function eventRows(batch: ReadingEventBatch): Promise<EventRow[]> {
  const positions = new Set(
    batch.events.flatMap((event) => (event.kind === "seen" || event.kind === "lookup" ? [event.paragraph] : [])),
  );
  const { existing, sentences } =
    positions.size === 0
      ? { existing: new Set<number>(), sentences: new Map<string, string>() }
      : await paragraphsOf(batch.lessonId, [...positions]);
  return batch.events.map((event) => {
    if (event.kind === "seen" && !existing.has(event.paragraph)) throw new AppError("invalid-input");
    if (event.kind === "lookup") return lookupRow(event, sentences.get(`${event.paragraph}/${event.sentence}`));
    return {
      clientId: event.id,
      kind: event.kind,
      paragraph: event.kind === "seen" ? event.paragraph : null,
      seconds: event.kind === "time" ? event.seconds : 0,
      wordKey: "",
      word: "",
      sentence: "",
    };
  });
}

function lookupRow(event: Extract<ReadingEventInput, { kind: "lookup" }>, sentence: string | undefined): EventRow {
  const dictionary = getDictionary();
  const found = sentence === undefined ? null : lookupWord(sentence, event.offset, dictionary);
  if (sentence === undefined || !found) throw new AppError("invalid-input");
  return {
    clientId: event.id,
    kind: "lookup",
    paragraph: event.paragraph,
    seconds: 0,
    // The same key a saved word gets (lib/vocabulary/save-vocabulary.server.ts), so look-ups and saves line up.
    wordKey: lemmaKey(vocabularyEntryOf(found).headword, dictionary),
    word: sentence.slice(found.word.start, found.word.end),
    sentence,
  };
}

/**
 * Which of the positions are paragraphs of the lesson, and the Dutch sentences among them keyed
 * `${paragraph}/${sentence}`. One query in SQL, on the path of every batch (Prisma compiles each model query anew).
 */
async function paragraphsOf(
  lessonId: string,
  positions: number[],
): Promise<{ existing: Set<number>; sentences: Map<string, string> }> {
  const rows = await db.$queryRaw<
    {
      position: number | bigint;
      language: string;
      sourceText: string;
      sentence: number | bigint | null;
      start: number | bigint | null;
      end: number | bigint | null;
    }[]
  >`SELECT p."position", p."language", p."sourceText", s."position" AS "sentence", s."start", s."end"
    FROM "Paragraph" p LEFT JOIN "Sentence" s ON s."paragraphId" = p."id"
    WHERE p."lessonId" = ${lessonId} AND p."position" IN (${Prisma.join(positions)})`;
  const existing = new Set<number>();
  const sentences = new Map<string, string>();
  for (const row of rows) {
    existing.add(Number(row.position));
    if (row.language !== "nl" || row.sentence === null) continue;
    sentences.set(`${row.position}/${row.sentence}`, row.sourceText.slice(Number(row.start), Number(row.end)));
  }
  return { existing, sentences };
}

const COLUMNS = [
  "id",
  "userId",
  "lessonId",
  "clientId",
  "kind",
  "paragraph",
  "seconds",
  "wordKey",
  "word",
  "sentence",
  "createdAt",
];
const INSERT = `INSERT INTO "ReadingEvent" (${COLUMNS.map((column) => `"${column}"`).join(", ")}) VALUES `;
const ROW_PLACEHOLDERS = `(${COLUMNS.map(() => "?").join(", ")})`;

/**
 * One INSERT … ON CONFLICT DO NOTHING for the batch: (userId, clientId) is unique, so an event sent twice is stored
 * once and the result counts only new rows. `createdAt` is the server's time, in the text form Prisma stores on
 * SQLite (see lib/db/sqlite-timestamp.ts), so that it compares correctly with a member's joinedAt; PostgreSQL reads
 * that text into its timestamp column. In the same transaction the
 * classes' summaries of this learner's reading of this lesson are rebuilt (lib/progress/class-progress-sql.ts).
 */
async function insertEvents(userId: string, lessonId: string, rows: EventRow[]): Promise<number> {
  const createdAt = sqliteTimestamp();
  const values = rows.flatMap((row) => [
    newRecordId(),
    userId,
    lessonId,
    row.clientId,
    row.kind,
    row.paragraph,
    row.seconds,
    row.wordKey,
    row.word,
    row.sentence,
    createdAt,
  ]);
  const rowsSql = rows.map(() => ROW_PLACEHOLDERS).join(", ");
  const [stored] = await db.$transaction([
    db.$executeRawUnsafe(placeholders(`${INSERT}${rowsSql} ON CONFLICT DO NOTHING`), ...values),
    ...classProgressRefresh({ userId, lessonId }).map((statement) =>
      db.$executeRawUnsafe(placeholders(statement.sql), ...statement.values),
    ),
  ]);
  return stored;
}

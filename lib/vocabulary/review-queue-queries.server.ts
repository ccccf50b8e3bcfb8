/**
 * The review queue's SQL, as tagged templates: the queue is asked after every few grades (docs/decisions.md, "SQL
 * for the queries every request asks"). Every query is scoped to one learner and walks the (userId, due) index of
 * ReviewCard or the (userId, review) index of ReviewLog.
 */
import "server-only";
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { jsonTexts, sqlTime } from "@/lib/db/sql-dialect";
import type { CardKind, ReviewSentence } from "./review-card-view";
import type { Allowance, Waiting } from "./review-limits";
import type { ReviewCardRow } from "./review-card-row";

/** Cards one queue answer holds; the review screen asks again when it runs low. */
export const QUEUE_SIZE = 20;

/** Learning steps stay under a day (review-scheduler.ts), so a waiting learning card is due within one. */
const LEARNING_HORIZON = 86_400_000;

export interface CardRow extends ReviewCardRow {
  itemId: string;
  headword: string;
  english: string;
  note: string;
}

/**
 * The learner's cards whose word is still "learning" (known and ignored words keep their card but are not asked),
 * walked through the (userId, due) index in due order. Each use adds its own conditions and order.
 */
function cardsOfLearningWords(userId: string) {
  return Prisma.sql`
    FROM "ReviewCard" AS c
    JOIN "VocabularyItem" AS i ON i."id" = c."itemId"
    JOIN "WordStatus" AS w ON w."userId" = i."userId" AND w."key" = i."key"
    WHERE c."userId" = ${userId} AND w."status" = 'learning'`;
}

const CARD_COLUMNS = Prisma.sql`c."itemId", i."headword", i."english", i."note", c."due", c."stability",
  c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state",
  c."lastReview"`;

/** Grades since `from` that count against the limits: of new cards, and of review cards. */
export async function doneSince(userId: string, from: Date) {
  const [row] = await db.$queryRaw<{ newCards: bigint | number; reviews: bigint | number }[]>`
    SELECT count(CASE WHEN "state" = 0 THEN 1 END) AS "newCards", count(CASE WHEN "state" = 2 THEN 1 END) AS "reviews"
    FROM "ReviewLog" WHERE "userId" = ${userId} AND "review" >= ${sqlTime(from)}`;
  return { newCards: Number(row?.newCards ?? 0), reviews: Number(row?.reviews ?? 0) };
}

/** The kinds in the order the queue asks them. */
const PARTS = ["learning", "review", "new"] as const satisfies readonly CardKind[];

/**
 * The queue's candidates in the order it asks them, and the day's counts, in one statement: one bounded walk of the
 * (userId, due) index per kind. Learning cards due today count (those due now lead the queue; the rest wait for
 * their minute), then reviews due today up to the allowance, then new cards oldest first up to the allowance. Each
 * kind returns its first QUEUE_SIZE cards with the number it found, so no count walks past the day's allowance.
 */
export async function dueCards(
  userId: string,
  now: Date,
  dayEnd: Date,
  allowance: Allowance,
): Promise<{ rows: CardRow[]; found: Record<CardKind, number> }> {
  const cards = cardsOfLearningWords(userId);
  const before = sqlTime(dayEnd);
  const part = (kind: CardKind, conditions: Prisma.Sql, limit: Prisma.Sql) => Prisma.sql`
    SELECT * FROM (
      SELECT CAST(${PARTS.indexOf(kind)} AS INTEGER) AS "part", *, count(*) OVER () AS "found" FROM (
        SELECT ${CARD_COLUMNS} ${cards} AND ${conditions} AND c."due" < ${before} ORDER BY c."due" ${limit}) AS "cards"
      ORDER BY "due" LIMIT ${QUEUE_SIZE}) AS "queued"`;
  const rows = await db.$queryRaw<(CardRow & { part: number; found: bigint | number })[]>`
    ${part("learning", Prisma.sql`c."state" IN (1, 3)`, Prisma.empty)}
    UNION ALL ${part("review", Prisma.sql`c."state" = 2`, Prisma.sql`LIMIT ${allowance.reviews}`)}
    UNION ALL ${part("new", Prisma.sql`c."state" = 0`, Prisma.sql`LIMIT ${allowance.newCards}`)}
    ORDER BY "part", "due"`;
  const found: Record<CardKind, number> = { learning: 0, review: 0, new: 0 };
  for (const row of rows) found[PARTS[row.part]!] = Number(row.found);
  const learningLater = (row: (typeof rows)[number]) => PARTS[row.part] === "learning" && new Date(row.due) > now;
  return { rows: rows.filter((row) => !learningLater(row)), found };
}

/** The sentence each card is asked in: its sentences take turns by review count, so a word is met in each. */
export async function sentencesOf(rows: readonly CardRow[]): Promise<Map<string, ReviewSentence>> {
  if (rows.length === 0) return new Map();
  const itemIds = JSON.stringify(rows.map((row) => row.itemId));
  const contexts = await db.$queryRaw<(ReviewSentence & { itemId: string })[]>`
    SELECT "itemId", "form", "sentence", "english", "lessonId", "paragraphId", "sentencePosition"
    FROM "VocabularyContext" WHERE "itemId" IN (SELECT value FROM ${jsonTexts(itemIds)})
    ORDER BY "itemId", "createdAt", "id"`;
  const byItem = new Map<string, typeof contexts>();
  for (const context of contexts) byItem.set(context.itemId, [...(byItem.get(context.itemId) ?? []), context]);
  const chosen = new Map<string, ReviewSentence>();
  for (const row of rows) {
    const sentences = byItem.get(row.itemId);
    if (!sentences) continue;
    const { itemId, sentencePosition, ...sentence } = sentences[Number(row.reps) % sentences.length]!;
    chosen.set(itemId, { ...sentence, sentencePosition: sentencePosition === null ? null : Number(sentencePosition) });
  }
  return chosen;
}

/**
 * When nothing is due now, what waits: the first learning card due later (within a day), the first review card due
 * after today, and whether new cards or today's reviews are held back by a limit already reached.
 */
export async function waitingCards(userId: string, now: Date, dayEnd: Date, allowance: Allowance): Promise<Waiting> {
  const cards = cardsOfLearningWords(userId);
  const end = sqlTime(dayEnd);
  const [row] = await db.$queryRaw<
    {
      learningDue: string | Date | null;
      reviewDue: string | Date | null;
      newHeld: bigint | number | boolean;
      reviewsHeld: bigint | number | boolean;
    }[]
  >`
    SELECT
      (SELECT c."due" ${cards} AND c."state" IN (1, 3) AND c."due" > ${sqlTime(now)}
         AND c."due" <= ${sqlTime(new Date(now.getTime() + LEARNING_HORIZON))} ORDER BY c."due" LIMIT 1)
        AS "learningDue",
      (SELECT c."due" ${cards} AND c."state" = 2 AND c."due" >= ${end} ORDER BY c."due" LIMIT 1) AS "reviewDue",
      ${allowance.newCards === 0} AND EXISTS (SELECT 1 ${cards} AND c."state" = 0 AND c."due" < ${end}) AS "newHeld",
      ${allowance.reviews === 0} AND EXISTS (SELECT 1 ${cards} AND c."state" = 2 AND c."due" < ${end}) AS "reviewsHeld"`;
  return {
    learningDue: row?.learningDue ? new Date(row.learningDue) : null,
    reviewDue: row?.reviewDue ? new Date(row.reviewDue) : null,
    heldByLimit: Boolean(Number(row?.newHeld)) || Boolean(Number(row?.reviewsHeld)),
  };
}

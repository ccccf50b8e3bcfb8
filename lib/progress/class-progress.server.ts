import "server-only";
import { db } from "@/lib/db/client.server";
import type { LessonProgress } from "./lesson-progress";

interface ProgressRow {
  userId: string;
  lessonId: string;
  seen: bigint | number;
  furthest: bigint | number | null;
  seconds: bigint | number | null;
  finishes: bigint | number;
  lookups: bigint | number;
  saves: bigint | number;
  last: string | null;
}

/**
 * The reading progress of a class: per current member and lesson assigned to the class, counted only from events
 * recorded after the learner joined. This is the privacy rule of docs/decisions.md in one query: a teacher sees
 * nothing of lessons not assigned to the class, of non-members, or from before they joined. `userId` narrows it
 * to one learner. Keyed by `${userId}/${lessonId}`; pairs with no activity are absent (see readingState).
 */
export async function classProgress(classId: string, userId?: string): Promise<Map<string, LessonProgress>> {
  const rows = await db.$queryRawUnsafe<ProgressRow[]>(
    // CROSS JOIN fixes the loop order (assignment, then member, then that pair's events through the
    // (lessonId, userId, createdAt) index), so rows arrive grouped and need no sort: 61 → 34 ms for 60,000 events.
    `SELECT m."userId", a."lessonId",
       COUNT(DISTINCT CASE WHEN e."kind" = 'seen' THEN e."paragraph" END) AS "seen",
       MAX(CASE WHEN e."kind" = 'seen' THEN e."paragraph" END) AS "furthest",
       SUM(CASE WHEN e."kind" = 'time' THEN e."seconds" ELSE 0 END) AS "seconds",
       SUM(e."kind" = 'finish') AS "finishes",
       SUM(e."kind" = 'lookup') AS "lookups",
       SUM(e."kind" = 'save') AS "saves",
       MAX(e."createdAt") AS "last"
     FROM "Assignment" a CROSS JOIN "ClassMember" m
     JOIN "ReadingEvent" e ON e."userId" = m."userId" AND e."lessonId" = a."lessonId" AND e."createdAt" >= m."joinedAt"
     WHERE a."classId" = ? AND m."classId" = ? AND (? IS NULL OR m."userId" = ?)
     GROUP BY a."lessonId", m."userId"`,
    classId,
    classId,
    userId ?? null,
    userId ?? null,
  );
  const sizes = await paragraphCounts(classId);
  const progress = new Map<string, LessonProgress>();
  for (const row of rows) {
    const size = sizes.get(row.lessonId) ?? { count: 0, last: -1 };
    progress.set(`${row.userId}/${row.lessonId}`, {
      userId: row.userId,
      lessonId: row.lessonId,
      paragraphsSeen: Number(row.seen),
      paragraphCount: size.count,
      seconds: Number(row.seconds ?? 0),
      finished: Number(row.finishes) > 0 || (row.furthest !== null && Number(row.furthest) >= size.last),
      lookups: Number(row.lookups),
      saves: Number(row.saves),
      lastActivityAt: row.last === null ? null : new Date(row.last),
    });
  }
  return progress;
}

/** How many paragraphs each lesson assigned to the class has, and the position of its last. */
async function paragraphCounts(classId: string): Promise<Map<string, { count: number; last: number }>> {
  const rows = await db.$queryRawUnsafe<{ lessonId: string; count: bigint | number; last: bigint | number }[]>(
    `SELECT p."lessonId", COUNT(*) AS "count", MAX(p."position") AS "last"
     FROM "Assignment" a JOIN "Paragraph" p ON p."lessonId" = a."lessonId"
     WHERE a."classId" = ? GROUP BY p."lessonId"`,
    classId,
  );
  return new Map(rows.map((row) => [row.lessonId, { count: Number(row.count), last: Number(row.last) }]));
}

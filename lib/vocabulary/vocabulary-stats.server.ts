import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { larger, onPostgres, sqlTime } from "@/lib/db/sql-dialect";
import { learnerSettings } from "./learner-settings.server";
import { dueForecast, type DueCount } from "./stats/due-forecast";
import { reviewDaysAround } from "./stats/review-days";
import { retention, reviewHistory, type ReviewCount } from "./stats/review-history";
import { statusHistory, type StatusChangeCount, type StatusCounts } from "./stats/status-history";
import { quarterHourStart } from "./stats/time-bucket";
import {
  FORECAST_DAYS,
  REVIEW_HISTORY_DAYS,
  STATUS_HISTORY_DAYS,
  type VocabularyStats,
} from "./stats/vocabulary-stats";
import { toWordStatus } from "./word-status";

type Count = number | bigint;

/**
 * The quarter hour of a stored timestamp as text, see time-bucket: SQLite keeps ISO text
 * ("2027-03-28T01:52:10.000+00:00" → "2027-03-28T01:45"), PostgreSQL a UTC timestamp, floored to the hour and then
 * to whole quarters.
 */
function quarterHourOf(time: Prisma.Sql): Prisma.Sql {
  return onPostgres()
    ? Prisma.sql`to_char(date_trunc('hour', ${time}) + floor(extract(minute FROM ${time}) / 15) * interval '15 minutes',
        'YYYY-MM-DD"T"HH24:MI')`
    : Prisma.sql`printf('%s%02d', substr(${time}, 1, 14), CAST(substr(${time}, 15, 2) AS INTEGER) / 15 * 15)`;
}

/**
 * The order rows were written in, for a key's changes in the same millisecond (a save and its undo): SQLite's rowid.
 * PostgreSQL has none; a row's place in the table (ctid) follows it for rows never updated, unless a later row lands
 * in room that deleted rows freed: rare, and it only matters for such ties.
 */
function writtenOrder(): Prisma.Sql {
  return onPostgres() ? Prisma.sql`ctid` : Prisma.sql`rowid`;
}

/**
 * The signed-in learner's statistics, by their review days: words by status over the last eight weeks, reviews due
 * in the next two, reviews given in the last 30 days. Rows are counted per quarter hour in SQL and sorted into days
 * here, so a learner with 10,000 words and 100,000 reviews costs a few thousand small rows, not all of them.
 */
export async function vocabularyStats(user: CurrentUser, now = new Date()): Promise<VocabularyStats> {
  const settings = await learnerSettings(user.id);
  // One run of days from the first of the status chart to the last of the forecast; the charts share today.
  const days = reviewDaysAround(now, settings, 1 - STATUS_HISTORY_DAYS, FORECAST_DAYS - 1);
  const today = STATUS_HISTORY_DAYS - 1;
  const statusDays = days.slice(0, today + 1);
  const reviewDays = days.slice(today + 1 - REVIEW_HISTORY_DAYS, today + 1);
  const forecastDays = days.slice(today);

  const statuses = await statusCounts(user.id);
  const changes = await statusChangesSince(user.id, statusDays[0]!.start);
  const firstChangeAt = await firstStatusChange(user.id);
  const dues = await dueCounts(user.id, forecastDays[0]!.start, forecastDays.at(-1)!.end);
  const reviews = await reviewCounts(user.id, reviewDays[0]!.start, reviewDays.at(-1)!.end);

  const history = reviewHistory(reviewDays, reviews);
  const forecast = dueForecast(forecastDays, dues);
  return {
    days: { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour },
    statuses,
    dueToday: forecast[0]!.due,
    retention: retention(history),
    statusHistory: statusHistory(statusDays, statuses, changes, firstChangeAt),
    dueForecast: forecast,
    reviewHistory: history,
  };
}

async function statusCounts(userId: string): Promise<StatusCounts> {
  const rows = await db.$queryRaw<{ status: string; count: Count }[]>`
    SELECT "status", COUNT(*) AS "count" FROM "WordStatus" WHERE "userId" = ${userId} GROUP BY "status"`;
  const counts: StatusCounts = { learning: 0, known: 0, ignored: 0 };
  for (const row of rows) {
    const status = toWordStatus(row.status);
    if (status !== "new") counts[status] = Number(row.count);
  }
  return counts;
}

/**
 * The status changes from `since` on, each with the status its key had before (the key's previous change, however
 * old; "new" for its first), grouped by quarter hour and by from → to.
 */
async function statusChangesSince(userId: string, since: Date): Promise<StatusChangeCount[]> {
  const rows = await db.$queryRaw<{ at: string; from: string; to: string; count: Count }[]>`
    SELECT ${quarterHourOf(Prisma.sql`"at"`)} AS "at", "from", "to", COUNT(*) AS "count"
    FROM (
      SELECT "at", "status" AS "to",
        LAG("status", 1, 'new') OVER (PARTITION BY "key" ORDER BY "at", ${writtenOrder()}) AS "from"
      FROM "WordStatusChange"
      WHERE "userId" = ${userId} AND "key" IN (
        SELECT "key" FROM "WordStatusChange" WHERE "userId" = ${userId} AND "at" >= ${sqlTime(since)})
    ) AS "changes"
    WHERE "at" >= ${sqlTime(since)}
    GROUP BY 1, 2, 3`;
  return rows.map((row) => ({
    at: quarterHourStart(row.at),
    from: toWordStatus(row.from),
    to: toWordStatus(row.to),
    count: Number(row.count),
  }));
}

async function firstStatusChange(userId: string): Promise<Date | null> {
  const rows = await db.$queryRaw<{ at: string | Date | null }[]>`
    SELECT MIN("at") AS "at" FROM "WordStatusChange" WHERE "userId" = ${userId}`;
  const at = rows[0]?.at;
  return at ? new Date(at) : null;
}

/**
 * Cards of words still learning (known and ignored words are not reviewed) due before `until`, grouped by quarter
 * hour; cards overdue from before `todayStart` are counted at its start.
 */
async function dueCounts(userId: string, todayStart: Date, until: Date): Promise<DueCount[]> {
  const due = larger(Prisma.sql`c."due"`, sqlTime(todayStart));
  const rows = await db.$queryRaw<{ at: string; count: Count }[]>`
    SELECT ${quarterHourOf(due)} AS "at", COUNT(*) AS "count"
    FROM "ReviewCard" c
    JOIN "VocabularyItem" i ON i."id" = c."itemId"
    JOIN "WordStatus" s ON s."userId" = c."userId" AND s."key" = i."key"
    WHERE c."userId" = ${userId} AND c."due" < ${sqlTime(until)} AND s."status" = 'learning'
    GROUP BY 1`;
  return rows.map((row) => ({ at: quarterHourStart(row.at), count: Number(row.count) }));
}

/** Grades given from `since` until `until`, grouped by quarter hour; any grade above Again (1) is remembered. */
async function reviewCounts(userId: string, since: Date, until: Date): Promise<ReviewCount[]> {
  const rows = await db.$queryRaw<{ at: string; reviews: Count; remembered: Count }[]>`
    SELECT ${quarterHourOf(Prisma.sql`"review"`)} AS "at", COUNT(*) AS "reviews",
      COUNT(CASE WHEN "rating" > 1 THEN 1 END) AS "remembered"
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "review" >= ${sqlTime(since)} AND "review" < ${sqlTime(until)}
    GROUP BY 1`;
  return rows.map((row) => ({
    at: quarterHourStart(row.at),
    reviews: Number(row.reviews),
    remembered: Number(row.remembered),
  }));
}

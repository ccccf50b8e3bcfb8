/** Which summaries to rebuild: any combination of a class, a learner and a lesson (none: all of them). */
export interface ProgressScope {
  classId?: string;
  userId?: string;
  lessonId?: string;
}

/** The WHERE clause over ClassMember m and Assignment a for a scope, with its values in order. */
function scopeFilter(scope: ProgressScope): { sql: string; values: string[] } {
  const conditions: string[] = ['a."classId" = m."classId"'];
  const values: string[] = [];
  if (scope.classId !== undefined) {
    conditions.push('m."classId" = ?');
    values.push(scope.classId);
  }
  if (scope.userId !== undefined) {
    conditions.push('m."userId" = ?');
    values.push(scope.userId);
  }
  if (scope.lessonId !== undefined) {
    conditions.push('a."lessonId" = ?');
    values.push(scope.lessonId);
  }
  return { sql: conditions.join(" AND "), values };
}

/**
 * The statements that rebuild ClassProgress for a scope from the events: first its rows go, then one row per
 * (class, current member, assigned lesson) with events from the member's joinedAt on is written. This is the
 * privacy rule in SQL: events of lessons not assigned to the class, of people who are not members, or from before
 * they joined never reach a class's summary. Plain SQL that SQLite and PostgreSQL both run, with `?` placeholders
 * (see placeholders in lib/db/sql-dialect.ts), shared by the app and `npm run bench:class`.
 *
 * classProgressRefresh({ userId: "u1", lessonId: "l1" }) → [DELETE … WHERE "userId" = ? AND "lessonId" = ?,
 * INSERT … SELECT … WHERE … m."userId" = ? AND a."lessonId" = ? GROUP BY …] with values ["u1", "l1"] each.
 */
export function classProgressRefresh(scope: ProgressScope): { sql: string; values: string[] }[] {
  const deleteConditions = (["classId", "userId", "lessonId"] as const).filter((key) => scope[key] !== undefined);
  const remove = {
    sql:
      `DELETE FROM "ClassProgress"` +
      (deleteConditions.length ? ` WHERE ${deleteConditions.map((key) => `"${key}" = ?`).join(" AND ")}` : ""),
    values: deleteConditions.map((key) => scope[key]!),
  };
  const filter = scopeFilter(scope);
  // CROSS JOIN fixes the loop order (assignment and member first, then that pair's events through the
  // (lessonId, userId, createdAt) index), so no temporary index is needed for the grouping.
  const insert = {
    sql: `INSERT INTO "ClassProgress" ("classId", "userId", "lessonId", "paragraphsSeen", "furthest", "seconds",
            "finishes", "lookups", "saves", "lastActivityAt")
          SELECT m."classId", m."userId", a."lessonId",
            COUNT(DISTINCT CASE WHEN e."kind" = 'seen' THEN e."paragraph" END),
            MAX(CASE WHEN e."kind" = 'seen' THEN e."paragraph" END),
            SUM(CASE WHEN e."kind" = 'time' THEN e."seconds" ELSE 0 END),
            COUNT(CASE WHEN e."kind" = 'finish' THEN 1 END), COUNT(CASE WHEN e."kind" = 'lookup' THEN 1 END),
            COUNT(CASE WHEN e."kind" = 'save' THEN 1 END),
            MAX(e."createdAt")
          FROM "Assignment" a CROSS JOIN "ClassMember" m
          JOIN "ReadingEvent" e
            ON e."userId" = m."userId" AND e."lessonId" = a."lessonId" AND e."createdAt" >= m."joinedAt"
          WHERE ${filter.sql}
          GROUP BY m."classId", m."userId", a."lessonId"`,
    values: filter.values,
  };
  return [remove, insert];
}

import "server-only";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { databaseRateLimiter, orRefuse } from "@/lib/db/database-rate-limiter.server";
import { sqlTime } from "@/lib/db/sql-dialect";
import { AppError } from "@/lib/errors/app-error";
import { normalizeJoinCode, WRONG_JOIN_CODES_PER_HOUR } from "./join-code";

const wrongCodes = databaseRateLimiter("join-code-user", WRONG_JOIN_CODES_PER_HOUR);

/**
 * Adds the user to the class whose code they typed ("abc-def" as well as "ABCDEF"). Each refusal has its own code:
 * join-code-unknown, join-code-rotated (a code the class used before), join-code-disabled (joining switched off, or
 * the class archived), teaching-this-class, already-in-class, class-full. Wrong and rotated codes count towards
 * WRONG_JOIN_CODES_PER_HOUR; past it every attempt is "too-many-join-attempts", so codes cannot be guessed.
 */
export async function joinClass(user: CurrentUser, typed: string): Promise<{ classId: string; name: string }> {
  const counted = await wrongCodes.get(user.id);
  if ((counted?.consumedPoints ?? 0) >= WRONG_JOIN_CODES_PER_HOUR.points) {
    throw new AppError("too-many-join-attempts");
  }
  const code = normalizeJoinCode(typed);
  const found = code
    ? await db.classroom.findUnique({
        where: { joinCode: code },
        select: {
          id: true,
          name: true,
          joinEnabled: true,
          archivedAt: true,
          teachers: { where: { userId: user.id }, select: { userId: true } },
        },
      })
    : null;
  if (!found) {
    const retired = code ? await db.retiredJoinCode.findUnique({ where: { code }, select: { code: true } }) : null;
    await orRefuse(wrongCodes.consume(user.id), "too-many-join-attempts");
    throw new AppError(retired ? "join-code-rotated" : "join-code-unknown");
  }
  if (!found.joinEnabled || found.archivedAt !== null) throw new AppError("join-code-disabled");
  if (found.teachers.length > 0) throw new AppError("teaching-this-class");
  if (!(await insertMember(found.id, user.id))) {
    const member = await db.classMember.findUnique({
      where: { classId_userId: { classId: found.id, userId: user.id } },
      select: { userId: true },
    });
    throw new AppError(member ? "already-in-class" : "class-full");
  }
  // A learner who was in the class before starts afresh: nothing from their earlier membership shows.
  await refreshClassProgress({ classId: found.id, userId: user.id });
  return { classId: found.id, name: found.name };
}

/**
 * One statement that counts the members and inserts only below the size limit, after a no-op update of the class
 * row in the same transaction: SQLite runs both under its write lock, and PostgreSQL lets one transaction at a time
 * hold the class's row (the next one's count, made after it waited, sees the member added), so learners joining at
 * the same moment cannot together pass the limit. False when nothing was inserted (the class is full, or the user is
 * already in it).
 */
async function insertMember(classId: string, userId: string): Promise<boolean> {
  const [, inserted] = await db.$transaction([
    db.$executeRaw`UPDATE "Classroom" SET "id" = "id" WHERE "id" = ${classId}`,
    db.$executeRaw`
      INSERT INTO "ClassMember" ("classId", "userId", "joinedAt")
      SELECT c."id", ${userId}, ${sqlTime()} FROM "Classroom" c
      WHERE c."id" = ${classId}
        AND (c."sizeLimit" IS NULL OR (SELECT COUNT(*) FROM "ClassMember" m WHERE m."classId" = c."id") < c."sizeLimit")
      ON CONFLICT DO NOTHING`,
  ]);
  return inserted > 0;
}

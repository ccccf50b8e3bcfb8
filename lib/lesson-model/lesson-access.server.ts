import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { sqlTime } from "@/lib/db/sql-dialect";
import { AppError } from "@/lib/errors/app-error";
import {
  canAssignLesson,
  canCopyLesson,
  canEditLesson,
  canReadLesson,
  lessonAbilities,
  NO_CLASS_LINKS,
  toVisibility,
  type ClassLinks,
  type LessonAbilities,
  type LessonAccessFacts,
} from "./lesson-policy";

export type LessonAbility = "read" | "edit" | "copy" | "assign";

export interface LessonAccess {
  lesson: LessonAccessFacts & { id: string; updatedAt: Date };
  abilities: LessonAbilities;
  /** The user's class links to the lesson, when they were needed to decide (a class lesson not the user's own). */
  links: ClassLinks | null;
}

const checks: Record<
  LessonAbility,
  (lesson: LessonAccessFacts, user: CurrentUser | null, links: ClassLinks) => boolean
> = {
  read: canReadLesson,
  edit: (lesson, user) => canEditLesson(lesson, user),
  copy: canCopyLesson,
  assign: canAssignLesson,
};

/**
 * How the user is linked to the lesson through the classes it is assigned to (see ClassLinks). One query in SQL:
 * the same question through Prisma's nested relation filters cost ~12 ms a call in query planning alone, on the
 * path of every reading-event batch.
 */
export async function classLinks(userId: string, lessonId: string, now = new Date()): Promise<ClassLinks> {
  // EXISTS answers 1 or 0 on SQLite, a boolean on PostgreSQL.
  type Flag = bigint | number | boolean;
  const [row] = await db.$queryRaw<{ teaches: Flag; learns: Flag }[]>`
    SELECT
      EXISTS (SELECT 1 FROM "Assignment" a JOIN "ClassTeacher" t ON t."classId" = a."classId"
              WHERE a."lessonId" = ${lessonId} AND t."userId" = ${userId}) AS "teaches",
      EXISTS (SELECT 1 FROM "Assignment" a
              JOIN "ClassMember" m ON m."classId" = a."classId"
              JOIN "Classroom" c ON c."id" = a."classId"
              WHERE a."lessonId" = ${lessonId} AND m."userId" = ${userId} AND c."archivedAt" IS NULL
                AND (a."startsAt" IS NULL OR a."startsAt" <= ${sqlTime(now)})) AS "learns"`;
  return { teachesAssignedClass: Boolean(row?.teaches), learnsInAssignedClass: Boolean(row?.learns) };
}

/**
 * The lesson and what this user may do with it, when the user may do `ability`. Otherwise AppError "not-found",
 * whether the lesson is missing or only forbidden, so a caller who may not see a lesson learns nothing about it.
 * This is the one place where pages, actions and routes ask about a lesson.
 */
export async function requireLesson(
  user: CurrentUser | null,
  lessonId: string,
  ability: LessonAbility,
): Promise<LessonAccess> {
  // In SQL, as the session is: this runs on nearly every request, and Prisma compiles each model query anew.
  const [row] = await db.$queryRaw<
    { id: string; ownerId: string | null; visibility: string; updatedAt: string | Date }[]
  >`
    SELECT "id", "ownerId", "visibility", "updatedAt" FROM "Lesson" WHERE "id" = ${lessonId}`;
  if (!row) throw new AppError("not-found");
  const lesson = { ...row, updatedAt: new Date(row.updatedAt) };
  // Class links only ever widen access to class lessons, so other lessons need no second query.
  const needsLinks = user !== null && toVisibility(lesson.visibility) === "class" && lesson.ownerId !== user.id;
  const links = needsLinks ? await classLinks(user.id, lessonId) : NO_CLASS_LINKS;
  if (!checks[ability](lesson, user, links)) throw new AppError("not-found");
  return { lesson, abilities: lessonAbilities(lesson, user, links), links: needsLinks ? links : null };
}

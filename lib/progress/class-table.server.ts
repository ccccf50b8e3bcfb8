import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass, type ClassAccess } from "@/lib/classes/class-access.server";
import { db } from "@/lib/db/client.server";
import { classProgress } from "./class-progress.server";
import { shapeClassTable, type ClassTable, type TableLesson } from "./class-table";

/** The lessons assigned to a class, those due first, then in the order they were assigned. */
export async function assignedLessons(classId: string): Promise<TableLesson[]> {
  const assignments = await db.assignment.findMany({
    where: { classId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { startsAt: true, dueAt: true, lesson: { select: { id: true, title: true } } },
  });
  return assignments
    .map((assignment) => ({ ...assignment.lesson, startsAt: assignment.startsAt, dueAt: assignment.dueAt }))
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
}

/**
 * The progress table of a class (or of one of its members, with `userId`), without asking who wants it: callers
 * check first (classTable for teachers, whatTeachersSee for the learner themselves). Four queries however large
 * the class: members, assignments, and classProgress's two.
 */
export async function loadClassTable(classId: string, userId?: string, now = new Date()): Promise<ClassTable> {
  const [members, lessons, progress] = await Promise.all([
    db.classMember.findMany({
      where: { classId, ...(userId === undefined ? {} : { userId }) },
      select: { joinedAt: true, user: { select: { id: true, name: true } } },
    }),
    assignedLessons(classId),
    classProgress(classId, userId),
  ]);
  const learners = members.map((member) => ({ ...member.user, joinedAt: member.joinedAt }));
  return shapeClassTable(learners, lessons, progress, now);
}

/** A class's learners × assigned lessons, for its teachers (co-teachers too; archived classes read-only). */
export async function classTable(
  user: CurrentUser | null,
  classId: string,
): Promise<{ classroom: ClassAccess; table: ClassTable }> {
  const classroom = await requireClass(user, classId, "view");
  return { classroom, table: await loadClassTable(classId) };
}

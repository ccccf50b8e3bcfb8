import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { dayOf } from "./assignment-input";

/** A class the user teaches, and this lesson's assignment to it if it has one (days as "YYYY-MM-DD" where the classes are). */
export interface ClassAssignment {
  classId: string;
  className: string;
  level: string;
  assignment: { startsOn: string; dueOn: string; instruction: string } | null;
}

/** The classes the user teaches (archived ones left out: they take no changes) with this lesson's assignments. */
export async function listLessonAssignments(user: CurrentUser, lessonId: string): Promise<ClassAssignment[]> {
  await requireLesson(user, lessonId, "assign");
  const classes = await db.classroom.findMany({
    where: { archivedAt: null, teachers: { some: { userId: user.id } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      level: true,
      assignments: { where: { lessonId }, select: { startsAt: true, dueAt: true, instruction: true } },
    },
  });
  return classes.map((found) => {
    const assignment = found.assignments[0];
    return {
      classId: found.id,
      className: found.name,
      level: found.level,
      assignment: assignment
        ? { startsOn: dayOf(assignment.startsAt), dueOn: dayOf(assignment.dueAt), instruction: assignment.instruction }
        : null,
    };
  });
}

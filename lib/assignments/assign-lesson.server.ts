import "server-only";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass } from "@/lib/classes/class-access.server";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { toVisibility } from "@/lib/lesson-model/lesson-policy";
import { endOfDay, startOfDay } from "@/lib/i18n/class-time-zone";
import type { AssignmentInput } from "./assignment-input";

/**
 * A teacher assigns a lesson they may assign to classes they teach (each one checked: not archived, theirs), with
 * its start, due date and instruction; assigning it to a class again updates them. A private lesson becomes a class
 * lesson, so the classes' learners can read it (its owner is the only one who can assign a private lesson).
 */
export async function assignLesson(user: CurrentUser, lessonId: string, input: AssignmentInput): Promise<void> {
  const { lesson } = await requireLesson(user, lessonId, "assign");
  const classIds = [...new Set(input.classIds)];
  for (const classId of classIds) await requireClass(user, classId, "manage");
  const fields = {
    // Calendar days where the classes are: a start day from its midnight, a due day to its last millisecond.
    startsAt: input.startsOn ? startOfDay(input.startsOn) : null,
    dueAt: input.dueOn ? endOfDay(input.dueOn) : null,
    instruction: input.instruction,
  };
  await db.$transaction([
    ...classIds.map((classId) =>
      db.assignment.upsert({
        where: { classId_lessonId: { classId, lessonId } },
        create: { classId, lessonId, ...fields },
        update: fields,
      }),
    ),
    ...(toVisibility(lesson.visibility) === "private"
      ? [db.lesson.update({ where: { id: lessonId }, data: { visibility: "class" } })]
      : []),
  ]);
  // Members who already read the lesson (given to another of their classes too) show their reading since joining.
  for (const classId of classIds) await refreshClassProgress({ classId, lessonId });
}

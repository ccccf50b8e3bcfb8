import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { canReadLesson } from "@/lib/lesson-model/lesson-policy";
import { lessonReaderPath } from "@/lib/lesson-model/reader-path";
import { classProgress } from "@/lib/progress/class-progress.server";
import { readingState } from "@/lib/progress/lesson-progress";
import { compareAssignments, isOverdue, type MyClass } from "./my-classes";

/**
 * The classes the learner is in (archived ones hidden), each with its teachers and the assignments that have
 * started, overdue first (see compareAssignments). The state of each lesson is what the class's teachers see too
 * (classProgress), so the learner's "finished" and the teacher's agree.
 */
export async function listMyClasses(user: CurrentUser, now = new Date()): Promise<MyClass[]> {
  const memberships = await db.classMember.findMany({
    where: { userId: user.id, classroom: { archivedAt: null } },
    orderBy: [{ classroom: { name: "asc" } }, { joinedAt: "asc" }],
    select: {
      joinedAt: true,
      classroom: {
        select: {
          id: true,
          name: true,
          level: true,
          description: true,
          teachers: { orderBy: { addedAt: "asc" }, select: { user: { select: { name: true } } } },
          assignments: {
            where: { OR: [{ startsAt: null }, { startsAt: { lte: now } }] },
            select: {
              dueAt: true,
              instruction: true,
              createdAt: true,
              lesson: { select: { id: true, title: true, ownerId: true, visibility: true } },
            },
          },
        },
      },
    },
  });
  return Promise.all(
    memberships.map(async ({ joinedAt, classroom }) => {
      const progress = await classProgress(classroom.id, user.id);
      const assignments = classroom.assignments
        // A lesson still private to its owner cannot be read through the class; it is not offered as a dead link.
        .filter(({ lesson }) =>
          canReadLesson(lesson, user, { teachesAssignedClass: false, learnsInAssignedClass: true }),
        )
        .map(({ lesson, dueAt, instruction, createdAt }) => {
          const state = readingState(progress.get(`${user.id}/${lesson.id}`));
          return {
            lessonId: lesson.id,
            title: lesson.title,
            readerPath: lessonReaderPath(lesson, user.id),
            dueAt,
            instruction,
            state,
            overdue: isOverdue(dueAt, state, now),
            assignedAt: createdAt,
          };
        })
        .sort(compareAssignments);
      return {
        id: classroom.id,
        name: classroom.name,
        level: classroom.level,
        description: classroom.description,
        teachers: classroom.teachers.map((teacher) => teacher.user.name),
        joinedAt,
        assignments,
      };
    }),
  );
}

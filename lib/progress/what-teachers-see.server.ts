import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { memberActivity } from "./learner-activity.server";
import type { TableLesson } from "./class-table";
import type { MemberActivity } from "./member-activity";

/** One of the learner's classes: who teaches it, since when they share, and what the teachers see. */
export interface SharedWithClass {
  classId: string;
  className: string;
  archived: boolean;
  teachers: string[];
  joinedAt: Date;
  activity: MemberActivity;
}

/**
 * For the learner's "What my teachers see" page: per class they are in, exactly what its teachers' pages show of
 * them (the same memberActivity the learner page uses). Archived classes are listed too: their teachers can still
 * open them, read-only. Lessons whose assignment has not started yet are left out: the learner cannot open them (so
 * there is nothing to share), and their titles stay a surprise as they are everywhere else.
 */
export async function whatTeachersSee(user: CurrentUser, now = new Date()): Promise<SharedWithClass[]> {
  const memberships = await db.classMember.findMany({
    where: { userId: user.id },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      classroom: {
        select: {
          id: true,
          name: true,
          archivedAt: true,
          teachers: { orderBy: { addedAt: "asc" }, select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  const shared = await Promise.all(
    memberships.map(async ({ joinedAt, classroom }) => {
      const activity = await memberActivity(classroom.id, user.id);
      return activity === null
        ? null
        : {
            classId: classroom.id,
            className: classroom.name,
            archived: classroom.archivedAt !== null,
            teachers: classroom.teachers.map((teacher) => teacher.user.name),
            joinedAt,
            activity: { ...activity, lessons: activity.lessons.filter(({ lesson }) => hasStarted(lesson, now)) },
          };
    }),
  );
  return shared.filter((entry): entry is SharedWithClass => entry !== null);
}

function hasStarted(lesson: TableLesson, now: Date): boolean {
  return lesson.startsAt === null || lesson.startsAt.getTime() <= now.getTime();
}

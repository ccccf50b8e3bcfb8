import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireClass } from "./class-access.server";
import { formatJoinCode } from "./join-code";
import type { TaughtClass } from "./taught-class";

/** The teacher's view of a class they teach (archived ones too, read-only); "not-found" for anyone else. */
export async function getTaughtClass(user: CurrentUser, classId: string): Promise<TaughtClass> {
  await requireClass(user, classId, "view");
  const found = await db.classroom.findUniqueOrThrow({
    where: { id: classId },
    select: {
      id: true,
      name: true,
      level: true,
      description: true,
      sizeLimit: true,
      joinCode: true,
      joinEnabled: true,
      archivedAt: true,
      members: {
        orderBy: [{ user: { name: "asc" } }, { joinedAt: "asc" }],
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      teachers: {
        orderBy: { addedAt: "asc" },
        select: { addedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      assignments: {
        orderBy: [{ createdAt: "desc" }],
        select: {
          startsAt: true,
          dueAt: true,
          instruction: true,
          lesson: { select: { id: true, title: true } },
        },
      },
    },
  });
  return {
    id: found.id,
    name: found.name,
    level: found.level,
    description: found.description,
    sizeLimit: found.sizeLimit,
    joinCode: formatJoinCode(found.joinCode),
    rawJoinCode: found.joinCode,
    joinEnabled: found.joinEnabled,
    archived: found.archivedAt !== null,
    learners: found.members.map(({ joinedAt, user: person }) => ({
      userId: person.id,
      name: person.name,
      email: person.email,
      since: joinedAt,
    })),
    teachers: found.teachers.map(({ addedAt, user: person }) => ({
      userId: person.id,
      name: person.name,
      email: person.email,
      since: addedAt,
    })),
    assignments: found.assignments.map((assignment) => ({
      lessonId: assignment.lesson.id,
      title: assignment.lesson.title,
      startsAt: assignment.startsAt,
      dueAt: assignment.dueAt,
      instruction: assignment.instruction,
    })),
  };
}

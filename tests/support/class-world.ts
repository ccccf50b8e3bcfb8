import { db } from "@/lib/db/client.server";
import { toRole, type CurrentUser } from "@/lib/auth/roles";
import { createUser } from "./factories";
import { createDemoLesson } from "./lesson-factory";

function asCurrentUser(user: { id: string; email: string; name: string; role: string }): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role) };
}

async function newClass(name: string, teacherIds: string[], fields: { archivedAt?: Date; joinCode: string }) {
  return db.classroom.create({
    data: {
      name,
      level: "B1",
      joinCode: fields.joinCode,
      archivedAt: fields.archivedAt ?? null,
      teachers: { create: teacherIds.map((userId) => ({ userId })) },
    },
  });
}

/**
 * The people every classroom authorisation test is run against, around class A:
 * - `teacher` teaches A (and owns `lesson`, assigned to A with visibility "class"), `coTeacher` co-teaches A;
 * - `learner` is in A; `removedLearner` was in A and was removed; `otherLearner` is in class B only;
 * - `otherTeacher` teaches B; `stranger` is a learner in no class;
 * - `archived` is a class `teacher` taught and archived, with `archivedLearner` in it and `lesson` assigned.
 * The join codes are fixed: A "ABCDEF", B "GHJKMN", archived "PQRSTV".
 */
export async function classWorld() {
  const teacher = asCurrentUser(await createUser({ name: "Teacher A", role: "teacher" }));
  const coTeacher = asCurrentUser(await createUser({ name: "Co-teacher A", role: "teacher" }));
  const otherTeacher = asCurrentUser(await createUser({ name: "Teacher B", role: "teacher" }));
  const learner = asCurrentUser(await createUser({ name: "Learner A" }));
  const removedLearner = asCurrentUser(await createUser({ name: "Removed learner" }));
  const otherLearner = asCurrentUser(await createUser({ name: "Learner B" }));
  const archivedLearner = asCurrentUser(await createUser({ name: "Learner of the archived class" }));
  const stranger = asCurrentUser(await createUser({ name: "Stranger" }));

  const classA = await newClass("Klas A", [teacher.id, coTeacher.id], { joinCode: "ABCDEF" });
  const classB = await newClass("Klas B", [otherTeacher.id], { joinCode: "GHJKMN" });
  const archived = await newClass("Oude klas", [teacher.id], { joinCode: "PQRSTV", archivedAt: new Date() });
  await db.classMember.createMany({
    data: [
      { classId: classA.id, userId: learner.id },
      { classId: classB.id, userId: otherLearner.id },
      { classId: archived.id, userId: archivedLearner.id },
    ],
  });

  const lesson = await createDemoLesson({ ownerId: teacher.id, visibility: "private" });
  await db.lesson.update({ where: { id: lesson.id }, data: { visibility: "class" } });
  const assignment = await db.assignment.create({ data: { classId: classA.id, lessonId: lesson.id } });
  await db.assignment.create({ data: { classId: archived.id, lessonId: lesson.id } });

  // Removed: a member once, with activity recorded while a member, then taken out of the class.
  await db.classMember.create({ data: { classId: classA.id, userId: removedLearner.id } });
  await db.classMember.delete({ where: { classId_userId: { classId: classA.id, userId: removedLearner.id } } });

  return {
    teacher,
    coTeacher,
    otherTeacher,
    learner,
    removedLearner,
    otherLearner,
    archivedLearner,
    stranger,
    classA,
    classB,
    archived,
    lesson,
    assignment,
  };
}

export type ClassWorld = Awaited<ReturnType<typeof classWorld>>;

/** The callers who must be refused anything about class A (signed out is tested separately: it has no user). */
export const OUTSIDERS_OF_CLASS_A = ["stranger", "otherLearner", "removedLearner", "otherTeacher"] as const;

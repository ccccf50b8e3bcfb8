import { describe, expect, it } from "vitest";
import { toRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { addCoTeacher } from "@/lib/classes/add-co-teacher.server";
import { archiveClass, restoreClass } from "@/lib/classes/archive-class.server";
import { createClass } from "@/lib/classes/create-class.server";
import { withFreshJoinCode } from "@/lib/classes/fresh-join-code.server";
import { getTaughtClass } from "@/lib/classes/get-taught-class.server";
import { joinClass } from "@/lib/classes/join-class.server";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { listTaughtClasses } from "@/lib/classes/list-taught-classes.server";
import { removeLearner } from "@/lib/classes/remove-learner.server";
import { rotateJoinCode } from "@/lib/classes/rotate-join-code.server";
import { setTeacherRole } from "@/lib/classes/set-teacher-role.server";
import { updateClass } from "@/lib/classes/update-class.server";
import { classProgress } from "@/lib/progress/class-progress.server";
import { createUser } from "../../support/factories";
import { classWorld } from "../../support/class-world";

const details = { name: "Nederlands B1", level: "B1" as const, description: "Dinsdagavond", sizeLimit: 12 };

describe("creating and changing a class", () => {
  it("lets a teacher create a class they teach, with a valid code; a learner may not", async () => {
    const w = await classWorld();
    await expect(createClass(w.learner, details)).rejects.toMatchObject({ code: "teacher-only" });
    const id = await createClass(w.otherTeacher, details);
    const taught = await getTaughtClass(w.otherTeacher, id);
    expect(taught).toMatchObject({ ...details, joinEnabled: true, archived: false, learners: [] });
    expect(taught.teachers.map((teacher) => teacher.userId)).toEqual([w.otherTeacher.id]);
    expect(normalizeJoinCode(taught.joinCode)).toBe(taught.rawJoinCode);
    expect(taught.joinCode).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  });

  it("draws another code when the first is taken or was used before", async () => {
    await classWorld();
    await db.retiredJoinCode.create({
      data: { code: "333333", classId: (await db.classroom.findFirstOrThrow()).id },
    });
    await db.classroom.update({ where: { joinCode: "ABCDEF" }, data: { joinCode: "222222" } });
    const draws = [0, 1, 2]; // "222222" (taken), "333333" (retired), "444444"
    let call = 0;
    const code = await withFreshJoinCode(
      async (joinCode) => {
        await db.classroom.create({ data: { name: "Nieuw", level: "A1", joinCode } });
        return joinCode;
      },
      () => draws[Math.floor(call++ / 6)]!,
    );
    expect(code).toBe("444444");
  });

  it("saves the details, and a co-teacher may do it too", async () => {
    const w = await classWorld();
    await updateClass(w.coTeacher, w.classA.id, { ...details, sizeLimit: null });
    expect(await db.classroom.findUniqueOrThrow({ where: { id: w.classA.id } })).toMatchObject({
      ...details,
      sizeLimit: null,
    });
  });

  it("rotating keeps the old code as retired, so it is recognised but no longer works", async () => {
    const w = await classWorld();
    const code = await rotateJoinCode(w.coTeacher, w.classA.id);
    expect((await getTaughtClass(w.teacher, w.classA.id)).rawJoinCode).toBe(code);
    expect(await db.retiredJoinCode.findMany({ select: { code: true, classId: true } })).toEqual([
      { code: "ABCDEF", classId: w.classA.id },
    ]);
  });

  it("removing a learner takes them out and ends what the class sees of their reading", async () => {
    const w = await classWorld();
    await db.readingEvent.create({
      data: { userId: w.learner.id, lessonId: w.lesson.id, clientId: "a", kind: "open" },
    });
    await removeLearner(w.teacher, w.classA.id, w.learner.id);
    expect((await getTaughtClass(w.teacher, w.classA.id)).learners).toEqual([]);
    expect((await classProgress(w.classA.id)).size).toBe(0);
    await expect(removeLearner(w.teacher, w.classA.id, w.learner.id)).rejects.toMatchObject({ code: "not-found" });
    // They may come back with the code.
    expect(await joinClass(w.learner, "ABCDEF")).toMatchObject({ classId: w.classA.id });
  });
});

describe("co-teachers", () => {
  it("adds an existing teacher account by e-mail, who then has the same rights", async () => {
    const w = await classWorld();
    const other = await db.user.findUniqueOrThrow({ where: { id: w.otherTeacher.id } });
    await expect(getTaughtClass(w.otherTeacher, w.classA.id)).rejects.toMatchObject({ code: "not-found" });
    expect(await addCoTeacher(w.coTeacher, w.classA.id, other.email)).toEqual({ name: "Teacher B" });
    expect((await getTaughtClass(w.otherTeacher, w.classA.id)).teachers).toHaveLength(3);
    await expect(rotateJoinCode(w.otherTeacher, w.classA.id)).resolves.toMatch(/^[A-Z2-9]{6}$/);
  });

  it("refuses an unknown address, a learner's account and someone who already teaches the class", async () => {
    const w = await classWorld();
    const learner = await db.user.findUniqueOrThrow({ where: { id: w.stranger.id } });
    const co = await db.user.findUniqueOrThrow({ where: { id: w.coTeacher.id } });
    await expect(addCoTeacher(w.teacher, w.classA.id, "nobody@example.com")).rejects.toMatchObject({
      code: "co-teacher-unknown",
    });
    await expect(addCoTeacher(w.teacher, w.classA.id, learner.email)).rejects.toMatchObject({
      code: "co-teacher-unknown",
    });
    await expect(addCoTeacher(w.teacher, w.classA.id, co.email)).rejects.toMatchObject({ code: "already-teaching" });
    expect(await db.classTeacher.count({ where: { classId: w.classA.id } })).toBe(2);
  });

  it("a teacher who was a learner in the class stops being one", async () => {
    const w = await classWorld();
    const teacher = await createUser({ role: "teacher" });
    await joinClass({ ...teacher, role: toRole(teacher.role) }, "ABCDEF");
    await addCoTeacher(w.teacher, w.classA.id, teacher.email);
    const taught = await getTaughtClass(w.teacher, w.classA.id);
    expect(taught.learners.map((learner) => learner.userId)).toEqual([w.learner.id]);
  });
});

describe("archiving", () => {
  it("makes a class read-only and hidden until restored", async () => {
    const w = await classWorld();
    await archiveClass(w.coTeacher, w.classA.id);
    expect((await listTaughtClasses(w.teacher)).map((found) => found.name)).toEqual([]);
    expect((await listTaughtClasses(w.teacher, { archived: true })).map((found) => found.name)).toEqual([
      "Klas A",
      "Oude klas",
    ]);
    expect(await getTaughtClass(w.teacher, w.classA.id)).toMatchObject({ archived: true, name: "Klas A" });
    await expect(updateClass(w.teacher, w.classA.id, details)).rejects.toMatchObject({ code: "class-archived" });
    await expect(joinClass(w.stranger, "ABCDEF")).rejects.toMatchObject({ code: "join-code-disabled" });

    await restoreClass(w.teacher, w.classA.id);
    expect((await listTaughtClasses(w.teacher)).map((found) => found.name)).toEqual(["Klas A"]);
    await expect(restoreClass(w.teacher, w.classA.id)).rejects.toMatchObject({ code: "not-found" });
    expect((await getTaughtClass(w.teacher, w.classA.id)).learners).toHaveLength(1);
  });
});

describe("the teacher role", () => {
  it("is chosen by the account itself, except when revoked, and kept while it teaches active classes", async () => {
    const w = await classWorld();
    await setTeacherRole(w.stranger, true);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.stranger.id } })).role).toBe("teacher");

    await expect(setTeacherRole(w.teacher, false)).rejects.toMatchObject({ code: "still-teaching" });
    await archiveClass(w.teacher, w.classA.id);
    await setTeacherRole(w.teacher, false);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.teacher.id } })).role).toBe("learner");
    // A learner listed as the teacher of an archived class can no longer open or restore it.
    const demoted = { ...w.teacher, role: "learner" as const };
    await expect(getTaughtClass(demoted, w.classA.id)).rejects.toMatchObject({ code: "not-found" });
    expect(await listTaughtClasses(demoted, { archived: true })).toEqual([]);

    await db.user.update({ where: { id: w.learner.id }, data: { teacherRevokedAt: new Date() } });
    await expect(setTeacherRole(w.learner, true)).rejects.toMatchObject({ code: "teacher-role-revoked" });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.learner.id } })).role).toBe("learner");
  });
});

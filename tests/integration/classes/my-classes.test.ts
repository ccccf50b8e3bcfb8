import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { archiveClass } from "@/lib/classes/archive-class.server";
import { joinClass } from "@/lib/classes/join-class.server";
import { leaveClass } from "@/lib/classes/leave-class.server";
import { listMyClasses } from "@/lib/classes/list-my-classes.server";
import { classProgress } from "@/lib/progress/class-progress.server";
import { createLesson } from "../../support/factories";
import { classWorld, type ClassWorld } from "../../support/class-world";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";

const DAY = 86_400_000;
/** Assignment times a second apart, so "newest first" does not depend on the clock's resolution. */
let assigned = 0;

async function assign(
  w: ClassWorld,
  title: string,
  fields: { dueIn?: number; startsIn?: number; visibility?: string },
) {
  const lesson = await createLesson({
    title,
    ownerId: w.teacher.id,
    visibility: fields.visibility ?? "class",
    paragraphs: ["Eerste zin.", "Tweede zin."],
  });
  await db.assignment.create({
    data: {
      classId: w.classA.id,
      lessonId: lesson.id,
      dueAt: fields.dueIn === undefined ? null : new Date(Date.now() + fields.dueIn * DAY),
      startsAt: fields.startsIn === undefined ? null : new Date(Date.now() + fields.startsIn * DAY),
      instruction: `Read ${title}`,
      createdAt: new Date(Date.now() + ++assigned * 1000),
    },
  });
  return lesson;
}

async function read(userId: string, lessonId: string, kind: "open" | "finish") {
  await db.readingEvent.create({ data: { userId, lessonId, clientId: `${lessonId}-${kind}`, kind } });
  await refreshClassProgress({ userId, lessonId });
}

describe("My classes", () => {
  it("lists started lessons with their state, late ones first, then by due date, newest first without one", async () => {
    const w = await classWorld();
    await db.assignment.delete({ where: { id: w.assignment.id } });
    const late = await assign(w, "Late", { dueIn: -1 });
    const finishedLate = await assign(w, "Finished after its due date", { dueIn: -2 });
    const soon = await assign(w, "Soon", { dueIn: 3 });
    await assign(w, "Older undated", {});
    await assign(w, "Newer undated", {});
    await assign(w, "Not yet started", { startsIn: 1 });
    await assign(w, "Still private", { visibility: "private" });
    const shared = await assign(w, "Public", { dueIn: 10, visibility: "public" });
    await read(w.learner.id, soon.id, "open");
    await read(w.learner.id, finishedLate.id, "finish");

    const [mine] = await listMyClasses(w.learner);
    expect(mine).toMatchObject({ id: w.classA.id, name: "Klas A", teachers: ["Teacher A", "Co-teacher A"] });
    expect(mine!.assignments.map((a) => [a.title, a.state, a.overdue])).toEqual([
      ["Late", "new", true],
      ["Finished after its due date", "finished", false],
      ["Soon", "started", false],
      ["Public", "new", false],
      ["Newer undated", "new", false],
      ["Older undated", "new", false],
    ]);
    const byTitle = Object.fromEntries(mine!.assignments.map((a) => [a.title, a]));
    expect(byTitle.Late).toMatchObject({ readerPath: `/my/lessons/${late.id}`, instruction: "Read Late" });
    expect(byTitle.Public!.readerPath).toBe(`/lessons/${shared.id}`);
  });

  it("shows no archived class, and nothing once the learner has left", async () => {
    const w = await classWorld();
    expect(await listMyClasses(w.archivedLearner)).toEqual([]);
    expect(await listMyClasses(w.stranger)).toEqual([]);
    await archiveClass(w.teacher, w.classA.id);
    expect(await listMyClasses(w.learner)).toEqual([]);
  });

  it("leaving stops sharing: the class's teachers no longer see the learner's reading", async () => {
    const w = await classWorld();
    await read(w.learner.id, w.lesson.id, "open");
    expect((await classProgress(w.classA.id)).has(`${w.learner.id}/${w.lesson.id}`)).toBe(true);
    await leaveClass(w.learner, w.classA.id);
    expect((await classProgress(w.classA.id)).size).toBe(0);
    expect(await listMyClasses(w.learner)).toEqual([]);
    await expect(leaveClass(w.learner, w.classA.id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("counts a learner who joined with the code from the moment they joined, not before", async () => {
    const w = await classWorld();
    await db.readingEvent.create({
      data: {
        userId: w.stranger.id,
        lessonId: w.lesson.id,
        clientId: "before",
        kind: "finish",
        createdAt: new Date(Date.now() - DAY),
      },
    });
    await joinClass(w.stranger, "ABCDEF");
    const [before] = await listMyClasses(w.stranger);
    expect(before!.assignments.map((a) => a.state)).toEqual(["new"]);
    await read(w.stranger.id, w.lesson.id, "open");
    const [after] = await listMyClasses(w.stranger);
    expect(after!.assignments.map((a) => a.state)).toEqual(["started"]);
  });
});

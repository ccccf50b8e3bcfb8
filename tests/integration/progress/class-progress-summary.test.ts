import { describe, expect, it } from "vitest";
import { assignLesson } from "@/lib/assignments/assign-lesson.server";
import { unassignLesson } from "@/lib/assignments/unassign-lesson.server";
import { joinClass } from "@/lib/classes/join-class.server";
import { removeLearner } from "@/lib/classes/remove-learner.server";
import { db } from "@/lib/db/client.server";
import { classProgress } from "@/lib/progress/class-progress.server";
import { recordReadingEvents } from "@/lib/progress/record-reading-events.server";
import { classWorld } from "../../support/class-world";

let counter = 0;
const id = () => `summary-event-${++counter}`;
const time = (seconds: number) => ({ id: id(), kind: "time" as const, seconds });

/** What class A's teachers see of the learner's reading of the lesson (undefined: nothing). */
async function seenInClass(classId: string, userId: string, lessonId: string) {
  return (await classProgress(classId)).get(`${userId}/${lessonId}`);
}

describe("the classes' summaries of reading", () => {
  it("follow each batch the learner sends, counting an event sent twice once", async () => {
    const w = await classWorld();
    const events = [{ id: id(), kind: "open" as const }, time(30), { id: id(), kind: "seen" as const, paragraph: 0 }];
    await recordReadingEvents(w.learner, { lessonId: w.lesson.id, events });
    await recordReadingEvents(w.learner, { lessonId: w.lesson.id, events });
    await recordReadingEvents(w.learner, { lessonId: w.lesson.id, events: [time(15)] });
    expect(await seenInClass(w.classA.id, w.learner.id, w.lesson.id)).toMatchObject({ seconds: 45, paragraphsSeen: 1 });
  });

  it("start afresh when a removed learner joins again", async () => {
    const w = await classWorld();
    await recordReadingEvents(w.learner, { lessonId: w.lesson.id, events: [time(60)] });
    await removeLearner(w.teacher, w.classA.id, w.learner.id);
    expect(await seenInClass(w.classA.id, w.learner.id, w.lesson.id)).toBeUndefined();
    expect(await db.classProgress.count({ where: { userId: w.learner.id } })).toBe(0);
    await joinClass(w.learner, "ABCDEF");
    expect(await seenInClass(w.classA.id, w.learner.id, w.lesson.id)).toBeUndefined();
    await recordReadingEvents(w.learner, { lessonId: w.lesson.id, events: [time(20)] });
    expect(await seenInClass(w.classA.id, w.learner.id, w.lesson.id)).toMatchObject({ seconds: 20 });
  });

  it("show a member's reading since joining when the lesson is given to a second class, and go when it is taken back", async () => {
    const w = await classWorld();
    await db.classMember.create({ data: { classId: w.classB.id, userId: w.learner.id } });
    await recordReadingEvents(w.learner, { lessonId: w.lesson.id, events: [time(40)] });
    expect(await seenInClass(w.classB.id, w.learner.id, w.lesson.id)).toBeUndefined();
    await db.classTeacher.create({ data: { classId: w.classB.id, userId: w.teacher.id } });
    await assignLesson(w.teacher, w.lesson.id, {
      classIds: [w.classB.id],
      startsOn: null,
      dueOn: null,
      instruction: "",
    });
    expect(await seenInClass(w.classB.id, w.learner.id, w.lesson.id)).toMatchObject({ seconds: 40 });
    await unassignLesson(w.teacher, w.lesson.id, w.classB.id);
    expect(await db.classProgress.count({ where: { classId: w.classB.id } })).toBe(0);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import { listLessonAssignments } from "@/lib/assignments/list-lesson-assignments.server";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { setLessonVisibility } from "@/lib/lessons/set-lesson-visibility.server";
import { classWorld } from "../../support/class-world";
import { createUser } from "../../support/factories";
import { createDemoLesson } from "../../support/lesson-factory";
import { form, signInAs } from "../../support/request-as";
import { revalidated } from "./curation-world";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => ({
  revalidatePath: (await import("./curation-world")).revalidated,
  revalidateTag: () => undefined,
}));

const actions = await import("@/app/actions/curation");

beforeEach(() => revalidated.mockClear());

async function lessonRows(lessonId: string) {
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    include: {
      paragraphs: { orderBy: { position: "asc" }, include: { sentences: { orderBy: { position: "asc" } } } },
      glossary: { orderBy: { term: "asc" } },
    },
  });
  return {
    title: lesson.title,
    wordCount: lesson.wordCount,
    paragraphs: lesson.paragraphs.map(
      ({ position, kind, language, sourceText, translationText, translationSource, sentences }) => ({
        position,
        kind,
        language,
        sourceText,
        translationText,
        translationSource,
        sentences: sentences.map(({ position: at, start, end, translationStart, translationEnd }) => [
          at,
          start,
          end,
          translationStart,
          translationEnd,
        ]),
      }),
    ),
    glossary: lesson.glossary.map(({ term, english, note, variants }) => ({ term, english, note, variants })),
  };
}

describe("copying a lesson", () => {
  it("gives a co-teacher a private copy with its pairs, translation sources and glossary", async () => {
    const w = await classWorld();
    await signInAs(w.coTeacher);
    const result = await actions.copyLessonAction(w.lesson.id);
    if (!result.ok) throw new Error(result.error);
    const copy = await db.lesson.findUniqueOrThrow({ where: { id: result.data } });
    expect(copy).toMatchObject({ ownerId: w.coTeacher.id, visibility: "private" });
    expect(copy.slug).not.toBe(w.lesson.slug);
    expect(await lessonRows(copy.id)).toEqual(await lessonRows(w.lesson.id));
    expect((await lessonRows(copy.id)).glossary.length).toBeGreaterThan(0);
    expect((await getReaderLesson(copy.id, w.coTeacher)).abilities.edit).toBe(true);
    await expect(getReaderLesson(copy.id, w.learner)).rejects.toMatchObject({ code: "not-found" });
  });

  it("is for teachers: a learner of the class may read the lesson but not copy it", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const before = await db.lesson.count();
    expect(await actions.copyLessonAction(w.lesson.id)).toEqual({ ok: false, error: "not-found" });
    expect(await db.lesson.count()).toBe(before);
  });
});

describe("lesson visibility", () => {
  it("lets a teacher owner publish, a learner owner not, and an admin take a public lesson back", async () => {
    const w = await classWorld();
    const learnerLesson = await createDemoLesson({ ownerId: w.learner.id, visibility: "private" });
    await expect(setLessonVisibility(w.learner, learnerLesson.id, "public")).rejects.toMatchObject({
      code: "teacher-only",
    });
    expect(await setLessonVisibility(w.learner, learnerLesson.id, "class")).toEqual({ before: "private" });

    await signInAs(w.teacher);
    expect(await actions.setLessonVisibilityAction(w.lesson.id, null, form({ visibility: "public" }))).toEqual({
      ok: true,
      data: null,
    });
    expect((await db.lesson.findUniqueOrThrow({ where: { id: w.lesson.id } })).visibility).toBe("public");

    const admin = { ...(await createUser({ role: "admin" })), role: "admin" as const };
    await expect(setLessonVisibility(admin, w.lesson.id, "class")).rejects.toMatchObject({ code: "forbidden" });
    expect(await setLessonVisibility(admin, w.lesson.id, "private")).toEqual({ before: "public" });
    await expect(setLessonVisibility(admin, w.lesson.id, "public")).rejects.toMatchObject({ code: "not-found" });
    await expect(setLessonVisibility(w.otherTeacher, w.lesson.id, "private")).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it("refuses a visibility that does not exist", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    expect(await actions.setLessonVisibilityAction(w.lesson.id, null, form({ visibility: "secret" }))).toMatchObject({
      ok: false,
      error: "invalid-input",
    });
  });
});

describe("assigning a lesson", () => {
  it("assigns a private lesson to the teacher's class, which makes it a class lesson its learners read", async () => {
    const w = await classWorld();
    const lesson = await createDemoLesson({ ownerId: w.teacher.id, visibility: "private" });
    await expect(getReaderLesson(lesson.id, w.learner)).rejects.toMatchObject({ code: "not-found" });
    await signInAs(w.teacher);
    const fields = { classId: [w.classA.id], startsOn: "", dueOn: "2030-05-31", instruction: " Lees tot het eind. " };
    expect(await actions.assignLessonAction(lesson.id, null, form(fields))).toEqual({ ok: true, data: null });
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).visibility).toBe("class");
    expect(await db.assignment.findFirstOrThrow({ where: { lessonId: lesson.id } })).toMatchObject({
      classId: w.classA.id,
      startsAt: null,
      // The end of 31 May in Dutch summer time.
      dueAt: new Date("2030-05-31T21:59:59.999Z"),
      instruction: "Lees tot het eind.",
    });
    expect((await getReaderLesson(lesson.id, w.learner)).lesson.id).toBe(lesson.id);
    expect(await listLessonAssignments(w.coTeacher, lesson.id)).toEqual([
      {
        classId: w.classA.id,
        className: "Klas A",
        level: "B1",
        assignment: { startsOn: "", dueOn: "2030-05-31", instruction: "Lees tot het eind." },
      },
    ]);
  });

  it("updates an assignment given again, and checks the dates", async () => {
    const w = await classWorld();
    await signInAs(w.coTeacher);
    const again = { classId: [w.classA.id], startsOn: "2030-06-01", dueOn: "2030-06-02", instruction: "" };
    expect(await actions.assignLessonAction(w.lesson.id, null, form(again))).toEqual({ ok: true, data: null });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).toMatchObject({
      startsAt: new Date("2030-05-31T22:00:00.000Z"),
      dueAt: new Date("2030-06-02T21:59:59.999Z"),
    });
    const wrong = { classId: [w.classA.id], startsOn: "2030-06-03", dueOn: "2030-06-02", instruction: "" };
    expect(await actions.assignLessonAction(w.lesson.id, null, form(wrong))).toMatchObject({
      ok: false,
      fields: { dueOn: "dueBeforeStart" },
    });
    const noDay = { classId: [w.classA.id], startsOn: "2030-02-30", dueOn: "", instruction: "x".repeat(501) };
    expect(await actions.assignLessonAction(w.lesson.id, null, form(noDay))).toMatchObject({
      ok: false,
      fields: { startsOn: "invalidDate", instruction: "instructionTooLong" },
    });
    const none = { startsOn: "", dueOn: "", instruction: "" };
    expect(await actions.assignLessonAction(w.lesson.id, null, form(none))).toMatchObject({
      ok: false,
      fields: { classIds: "chooseClass" },
    });
  });

  it("refuses an archived class and another teacher's class, assigning to none of the classes asked", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    const lesson = await createDemoLesson({ ownerId: w.teacher.id, visibility: "private" });
    const archived = { classId: [w.classA.id, w.archived.id], startsOn: "", dueOn: "", instruction: "" };
    expect(await actions.assignLessonAction(lesson.id, null, form(archived))).toEqual({
      ok: false,
      error: "class-archived",
    });
    const foreign = { classId: [w.classA.id, w.classB.id], startsOn: "", dueOn: "", instruction: "" };
    expect(await actions.assignLessonAction(lesson.id, null, form(foreign))).toEqual({ ok: false, error: "not-found" });
    expect(await db.assignment.count({ where: { lessonId: lesson.id } })).toBe(0);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).visibility).toBe("private");
  });

  it("unassigns: the class's learners no longer read the lesson", async () => {
    const w = await classWorld();
    await signInAs(w.coTeacher);
    expect(await actions.unassignLessonAction(w.lesson.id, w.classA.id)).toEqual({ ok: true, data: null });
    await expect(getReaderLesson(w.lesson.id, w.learner)).rejects.toMatchObject({ code: "not-found" });
    expect(await actions.unassignLessonAction(w.lesson.id, w.classA.id)).toEqual({ ok: false, error: "not-found" });
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import { classWorld, OUTSIDERS_OF_CLASS_A, type ClassWorld } from "../../support/class-world";
import { cookieJar } from "../../support/next-request-mock";
import { form, signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const actions = await import("@/app/actions/curation");

beforeEach(() => cookieJar.clear());

const details = () => form({ title: "Overgenomen", titleEnglish: "", summary: "", level: "B1" });
const assignTo = (classId: string) => form({ classId, startsOn: "", dueOn: "2030-01-31", instruction: "Lezen." });

/** Every action of app/actions/curation.ts, on class A's lesson (owned by `teacher`, assigned to class A). */
const cases = {
  "curation.editLessonDetailsAction": (w: ClassWorld) => actions.editLessonDetailsAction(w.lesson.id, null, details()),
  "curation.editParagraphAction": (w: ClassWorld) =>
    actions.editParagraphAction(w.lesson.id, w.lesson.paragraphs[0]!.id, null, form({ dutch: "Anders.", english: "" })),
  "curation.copyLessonAction": (w: ClassWorld) => actions.copyLessonAction(w.lesson.id),
  "curation.setLessonVisibilityAction": (w: ClassWorld) =>
    actions.setLessonVisibilityAction(w.lesson.id, null, form({ visibility: "private" })),
  "curation.assignLessonAction": (w: ClassWorld) =>
    actions.assignLessonAction(w.lesson.id, null, assignTo(w.classA.id)),
  "curation.unassignLessonAction": (w: ClassWorld) => actions.unassignLessonAction(w.lesson.id, w.classA.id),
};

/** What a co-teacher of class A may do with the lesson: share it with the class and copy it, not change it. */
const coTeacherMay = ["curation.copyLessonAction", "curation.assignLessonAction", "curation.unassignLessonAction"];

async function snapshot() {
  return {
    lessons: await db.lesson.findMany({ orderBy: { id: "asc" } }),
    paragraphs: await db.paragraph.findMany({ orderBy: { id: "asc" } }),
    sentences: await db.sentence.findMany({ orderBy: { id: "asc" } }),
    glossary: await db.glossaryTerm.findMany({ orderBy: { id: "asc" } }),
    assignments: await db.assignment.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("authorisation of the curation actions", () => {
  for (const [name, call] of Object.entries(cases)) {
    it(`${name} refuses a signed-out caller`, async () => {
      const w = await classWorld();
      const before = await snapshot();
      expect(await call(w)).toMatchObject({ ok: false, error: "unauthenticated" });
      expect(await snapshot()).toEqual(before);
    });

    it(`${name} refuses everyone outside class A, and a learner in it, with "not-found"`, async () => {
      const w = await classWorld();
      for (const outsider of [...OUTSIDERS_OF_CLASS_A, "learner", "archivedLearner"] as const) {
        cookieJar.clear();
        await signInAs(w[outsider]);
        const before = await snapshot();
        expect(await call(w), outsider).toMatchObject({ ok: false, error: "not-found" });
        expect(await snapshot(), outsider).toEqual(before);
      }
    });

    it(`${name} is for the lesson's owner${coTeacherMay.includes(name) ? " and the co-teacher" : " only"}`, async () => {
      const w = await classWorld();
      await signInAs(w.coTeacher);
      if (coTeacherMay.includes(name)) {
        expect(await call(w)).toMatchObject({ ok: true });
      } else {
        const before = await snapshot();
        expect(await call(w)).toMatchObject({ ok: false, error: "not-found" });
        expect(await snapshot()).toEqual(before);
        cookieJar.clear();
        await signInAs(w.teacher);
        expect(await call(w)).toMatchObject({ ok: true });
      }
    });
  }

  it("curation.assignLessonAction and curation.unassignLessonAction refuse an archived class", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    const before = await snapshot();
    expect(await actions.assignLessonAction(w.lesson.id, null, assignTo(w.archived.id))).toEqual({
      ok: false,
      error: "class-archived",
    });
    expect(await actions.unassignLessonAction(w.lesson.id, w.archived.id)).toEqual({
      ok: false,
      error: "class-archived",
    });
    expect(await snapshot()).toEqual(before);
  });
});

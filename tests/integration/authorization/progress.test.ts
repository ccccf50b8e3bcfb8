import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { classLookups } from "@/lib/progress/class-lookups.server";
import { classTable } from "@/lib/progress/class-table.server";
import { learnerActivity } from "@/lib/progress/learner-activity.server";
import { createDemoLesson } from "../../support/lesson-factory";
import { classWorld, OUTSIDERS_OF_CLASS_A, type ClassWorld } from "../../support/class-world";
import { cookieJar, RedirectSignal } from "../../support/next-request-mock";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const progressActions = await import("@/app/actions/progress");
const accountActions = await import("@/app/actions/account");
const csvRoute = await import("@/app/api/classes/[id]/progress.csv/route");
const dataRoute = await import("@/app/api/me/data/route");

beforeEach(() => cookieJar.clear());

/** Everyone who is not a teacher of class A: the outsiders, and A's own learner. */
const NOT_TEACHERS_OF_A = [...OUTSIDERS_OF_CLASS_A, "learner", "archivedLearner"] as const;

function termForm(term = "spanning") {
  const form = new FormData();
  form.set("term", term);
  form.set("english", "tension");
  return form;
}

const glossaryState = (w: ClassWorld) =>
  db.lesson.findUniqueOrThrow({
    where: { id: w.lesson.id },
    select: { glossaryVersion: true, glossary: { select: { term: true }, orderBy: { term: "asc" } } },
  });

describe('"progress.addLookedUpWordAction"', () => {
  const add = (w: ClassWorld, classId = w.classA.id, lessonId = w.lesson.id, form = termForm()) =>
    progressActions.addLookedUpWordAction(classId, lessonId, null, form);

  it("refuses a signed-out caller and everyone who does not teach the class, changing nothing", async () => {
    const w = await classWorld();
    const before = await glossaryState(w);
    expect(await add(w)).toEqual({ ok: false, error: "unauthenticated" });
    for (const name of NOT_TEACHERS_OF_A) {
      await signInAs(w[name]);
      expect(await add(w), name).toEqual({ ok: false, error: "not-found" });
    }
    expect(await glossaryState(w)).toEqual(before);
  });

  it("refuses a lesson not assigned to the class, even the teacher's own", async () => {
    const w = await classWorld();
    const own = await createDemoLesson({ ownerId: w.teacher.id, visibility: "private" });
    await signInAs(w.teacher);
    expect(await add(w, w.classA.id, own.id)).toEqual({ ok: false, error: "not-found" });
    expect(await db.glossaryTerm.count({ where: { lessonId: own.id, term: "spanning" } })).toBe(0);
  });

  it("lets a co-teacher add to a lesson they own (their copy) assigned to the class, not to the teacher's", async () => {
    const w = await classWorld();
    const copy = await createDemoLesson({ ownerId: w.coTeacher.id, visibility: "private" });
    await db.assignment.create({ data: { classId: w.classA.id, lessonId: copy.id } });
    await signInAs(w.coTeacher);
    expect(await add(w)).toEqual({ ok: false, error: "not-found" });
    expect(await add(w, w.classA.id, copy.id)).toEqual({ ok: true, data: null });
    expect(await db.glossaryTerm.count({ where: { lessonId: copy.id, term: "spanning" } })).toBe(1);
  });

  it("refuses an archived class (read-only) with its own message", async () => {
    const w = await classWorld();
    const before = await glossaryState(w);
    await signInAs(w.teacher);
    expect(await add(w, w.archived.id)).toEqual({ ok: false, error: "class-archived" });
    expect(await glossaryState(w)).toEqual(before);
    expect(await add(w)).toEqual({ ok: true, data: null });
  });

  it("rejects malformed ids and empty fields with a code, not an exception", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    expect(await progressActions.addLookedUpWordAction({ $ne: null }, w.lesson.id, null, termForm())).toEqual({
      ok: false,
      error: "invalid-input",
    });
    expect(await add(w, w.classA.id, w.lesson.id, termForm(""))).toMatchObject({
      ok: false,
      error: "invalid-input",
      fields: { term: "required" },
    });
  });
});

describe("the teacher's progress pages", () => {
  it("are not found for anyone but the class's teachers; co-teachers and archived classes are viewable", async () => {
    const w = await classWorld();
    for (const name of NOT_TEACHERS_OF_A) {
      await expect(classTable(w[name], w.classA.id), name).rejects.toMatchObject({ code: "not-found" });
      await expect(learnerActivity(w[name], w.classA.id, w.learner.id), name).rejects.toMatchObject({
        code: "not-found",
      });
      await expect(classLookups(w[name], w.classA.id, w.lesson.id), name).rejects.toMatchObject({
        code: "not-found",
      });
    }
    await expect(classTable(null, w.classA.id)).rejects.toMatchObject({ code: "not-found" });
    expect((await classTable(w.coTeacher, w.classA.id)).table.rows).toHaveLength(1);
    expect((await learnerActivity(w.coTeacher, w.classA.id, w.learner.id)).activity.learner.id).toBe(w.learner.id);
    expect((await classTable(w.teacher, w.archived.id)).table.rows).toHaveLength(1);
    expect((await classLookups(w.teacher, w.archived.id, w.lesson.id)).canAddToGlossary).toBe(false);
  });
});

describe("api/classes/[id]/progress.csv", () => {
  async function status(user: CurrentUser | null, classId: string) {
    await signInAs(user);
    const response = await csvRoute.GET(new NextRequest(`http://localhost/api/classes/${classId}/progress.csv`), {
      params: Promise.resolve({ id: classId }),
    });
    return response.status;
  }

  it("is 401 signed out, 404 for everyone not teaching the class, 200 for a teacher or co-teacher", async () => {
    const w = await classWorld();
    expect(await status(null, w.classA.id)).toBe(401);
    for (const name of NOT_TEACHERS_OF_A) expect(await status(w[name], w.classA.id), name).toBe(404);
    expect(await status(w.teacher, "no-such-class")).toBe(404);
    expect(await status(w.teacher, w.classA.id)).toBe(200);
    expect(await status(w.coTeacher, w.classA.id)).toBe(200);
    expect(await status(w.teacher, w.archived.id)).toBe(200);
  });
});

describe("api/me/data", () => {
  it("is 401 signed out, and gives each caller their own account only", async () => {
    const w = await classWorld();
    await signInAs(null);
    expect((await dataRoute.GET()).status).toBe(401);
    for (const name of ["learner", "otherLearner", "teacher"] as const) {
      await signInAs(w[name]);
      const response = await dataRoute.GET();
      expect(response.headers.get("cache-control")).toContain("no-store");
      const data = await response.json();
      expect(data.account.id, name).toBe(w[name].id);
    }
  });
});

describe('"account.deleteAccountAction"', () => {
  const PASSWORD = "een lang wachtwoord";
  const form = (password: string) => {
    const data = new FormData();
    data.set("password", password);
    data.set("lng", "en");
    return data;
  };

  it("refuses a signed-out caller and deletes nothing", async () => {
    const w = await classWorld();
    const before = await db.user.count();
    expect(await accountActions.deleteAccountAction(null, form(PASSWORD))).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    expect(await db.user.count()).toBe(before);
    expect(await db.user.count({ where: { id: w.learner.id } })).toBe(1);
  });

  it("deletes only the caller, and only with the caller's own password", async () => {
    const w = await classWorld();
    const hash = await hashPassword(PASSWORD);
    await db.user.updateMany({
      where: { id: { in: [w.learner.id, w.otherLearner.id] } },
      data: { passwordHash: hash },
    });
    await signInAs(w.stranger);
    expect(await accountActions.deleteAccountAction(null, form(PASSWORD))).toEqual({
      ok: false,
      error: "wrong-password",
    });
    await signInAs(w.otherLearner);
    await expect(accountActions.deleteAccountAction(null, form(PASSWORD))).rejects.toEqual(new RedirectSignal("/en"));
    expect(await db.user.count({ where: { id: w.otherLearner.id } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [w.learner.id, w.stranger.id] } } })).toBe(2);
    expect(await db.classMember.count({ where: { classId: w.classA.id } })).toBe(1);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import { classWorld, OUTSIDERS_OF_CLASS_A, type ClassWorld } from "../../support/class-world";
import { cookieJar, RedirectSignal } from "../../support/next-request-mock";
import { form, signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const actions = await import("@/app/actions/classes");
const authActions = await import("@/app/actions/auth");

beforeEach(() => cookieJar.clear());

const detailsForm = () => form({ name: "Veranderd", level: "B2", description: "", sizeLimit: "", lng: "en" });

/** What any of these actions could change. */
async function snapshot() {
  return {
    classes: await db.classroom.findMany({ orderBy: { id: "asc" } }),
    teachers: await db.classTeacher.findMany({ orderBy: [{ classId: "asc" }, { userId: "asc" }] }),
    members: await db.classMember.findMany({ orderBy: [{ classId: "asc" }, { userId: "asc" }] }),
    retired: await db.retiredJoinCode.findMany({ orderBy: { code: "asc" } }),
    roles: await db.user.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
  };
}

/** Every teacher's action on class A (or, for restoring, on the archived class). */
const teacherActions = {
  "classes.updateClassAction": (w: ClassWorld) => actions.updateClassAction(w.classA.id, null, detailsForm()),
  "classes.rotateJoinCodeAction": (w: ClassWorld) => actions.rotateJoinCodeAction(w.classA.id),
  "classes.setJoiningAction": (w: ClassWorld) => actions.setJoiningAction(w.classA.id, false),
  "classes.removeLearnerAction": (w: ClassWorld) => actions.removeLearnerAction(w.classA.id, w.learner.id),
  "classes.addCoTeacherAction": async (w: ClassWorld) => {
    const email = (await db.user.findUniqueOrThrow({ where: { id: w.otherTeacher.id } })).email;
    return actions.addCoTeacherAction(w.classA.id, null, form({ email }));
  },
  "classes.archiveClassAction": (w: ClassWorld) => actions.archiveClassAction(w.classA.id),
};

describe("class actions of its teachers", () => {
  for (const [name, call] of Object.entries(teacherActions)) {
    it(`${name} refuses a signed-out caller and every outsider, and changes nothing`, async () => {
      const w = await classWorld();
      const before = await snapshot();
      await signInAs(null);
      expect(await call(w)).toMatchObject({ ok: false, error: "unauthenticated" });
      for (const outsider of [...OUTSIDERS_OF_CLASS_A, "learner"] as const) {
        await signInAs(w[outsider]);
        expect(await call(w), outsider).toMatchObject({ ok: false, error: "not-found" });
      }
      expect(await snapshot()).toEqual(before);
    });

    it(`${name} is allowed to a co-teacher`, async () => {
      const w = await classWorld();
      await signInAs(w.coTeacher);
      expect(await call(w)).toMatchObject({ ok: true });
    });

    it(`${name} refuses a change to an archived class`, async () => {
      const w = await classWorld();
      await db.classroom.update({ where: { id: w.classA.id }, data: { archivedAt: new Date() } });
      const before = await snapshot();
      await signInAs(w.teacher);
      expect(await call(w)).toMatchObject({ ok: false, error: "class-archived" });
      expect(await snapshot()).toEqual(before);
    });
  }

  it('"classes.restoreClassAction" restores for the class\'s teachers only', async () => {
    const w = await classWorld();
    const before = await snapshot();
    await signInAs(null);
    expect(await actions.restoreClassAction(w.archived.id)).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const outsider of [...OUTSIDERS_OF_CLASS_A, "archivedLearner", "coTeacher"] as const) {
      await signInAs(w[outsider]);
      expect(await actions.restoreClassAction(w.archived.id), outsider).toMatchObject({
        ok: false,
        error: "not-found",
      });
    }
    expect(await snapshot()).toEqual(before);
    await signInAs(w.teacher);
    expect(await actions.restoreClassAction(w.archived.id)).toEqual({ ok: true, data: null });
    expect((await db.classroom.findUniqueOrThrow({ where: { id: w.archived.id } })).archivedAt).toBeNull();
  });

  it('"classes.createClassAction" needs a teacher account, which then teaches the new class', async () => {
    const w = await classWorld();
    const before = await snapshot();
    await signInAs(null);
    expect(await actions.createClassAction(null, detailsForm())).toMatchObject({ ok: false, error: "unauthenticated" });
    await signInAs(w.learner);
    expect(await actions.createClassAction(null, detailsForm())).toMatchObject({ ok: false, error: "teacher-only" });
    expect(await snapshot()).toEqual(before);
    await signInAs(w.otherTeacher);
    const created = await actions.createClassAction(null, detailsForm()).catch((signal: unknown) => signal);
    const found = await db.classroom.findFirstOrThrow({ where: { name: "Veranderd" }, include: { teachers: true } });
    expect(created).toEqual(new RedirectSignal(`/en/classes/${found.id}`));
    expect(found.teachers.map((teacher) => teacher.userId)).toEqual([w.otherTeacher.id]);
  });

  it("invalid details come back per field, with what was typed", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    const result = await actions.updateClassAction(w.classA.id, null, form({ name: " ", level: "B1", sizeLimit: "0" }));
    expect(result).toMatchObject({
      ok: false,
      error: "invalid-input",
      fields: { name: "required", sizeLimit: "sizeLimit" },
      values: { sizeLimit: "0" },
    });
  });
});

describe("a learner's own class actions", () => {
  it('"classes.joinClassAction" needs a signed-in caller and joins them only', async () => {
    const w = await classWorld();
    const before = await snapshot();
    await signInAs(null);
    expect(await actions.joinClassAction(null, form({ code: "ABCDEF", lng: "nl" }))).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    expect(await snapshot()).toEqual(before);
    await signInAs(w.stranger);
    expect(await actions.joinClassAction(null, form({ code: "ZZZZZZ", lng: "nl" }))).toEqual({
      ok: false,
      error: "join-code-unknown",
      values: { code: "ZZZZZZ" },
    });
    await expect(actions.joinClassAction(null, form({ code: "abc-def", lng: "nl" }))).rejects.toEqual(
      new RedirectSignal(`/nl/classes?joined=${w.classA.id}`),
    );
    expect(await db.classMember.count({ where: { classId: w.classA.id } })).toBe(2);
  });

  it('"classes.leaveClassAction" removes only the caller, and refuses those not in the class', async () => {
    const w = await classWorld();
    const before = await snapshot();
    await signInAs(null);
    expect(await actions.leaveClassAction(w.classA.id)).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const outsider of [...OUTSIDERS_OF_CLASS_A, "teacher"] as const) {
      await signInAs(w[outsider]);
      expect(await actions.leaveClassAction(w.classA.id), outsider).toMatchObject({ ok: false, error: "not-found" });
    }
    expect(await snapshot()).toEqual(before);
    await signInAs(w.learner);
    expect(await actions.leaveClassAction(w.classA.id)).toEqual({ ok: true, data: null });
    expect(await db.classMember.count({ where: { classId: w.classA.id } })).toBe(0);
  });

  it('"classes.setTeacherRoleAction" changes the caller\'s own role only', async () => {
    const w = await classWorld();
    await signInAs(null);
    expect(await actions.setTeacherRoleAction(true)).toMatchObject({ ok: false, error: "unauthenticated" });
    await signInAs(w.stranger);
    expect(await actions.setTeacherRoleAction("yes")).toMatchObject({ ok: false, error: "invalid-input" });
    const before = await snapshot();
    expect(await actions.setTeacherRoleAction(true)).toEqual({ ok: true, data: null });
    const changed = (await snapshot()).roles.filter(
      (row) => before.roles.find((old) => old.id === row.id)!.role !== row.role,
    );
    expect(changed).toEqual([{ id: w.stranger.id, role: "teacher" }]);
    await signInAs(w.teacher);
    expect(await actions.setTeacherRoleAction(false)).toMatchObject({ ok: false, error: "still-teaching" });
  });
});

describe('"auth.registerAction" and the teacher choice', () => {
  const registration = (fields: Record<string, string>) =>
    form({ name: "Nieuw", password: "drie losse woorden hier", lng: "en", ...fields });

  it("makes a teacher account only when the box is ticked, and never anything more", async () => {
    for (const [email, extra, role] of [
      ["teacher@school.example", { teacher: "on" }, "teacher"],
      ["learner@school.example", {}, "learner"],
      ["sneaky@school.example", { teacher: "admin", role: "admin" }, "learner"],
    ] as const) {
      await authActions.registerAction(null, registration({ email, ...extra })).catch((signal: unknown) => {
        if (!(signal instanceof RedirectSignal)) throw signal;
      });
      expect((await db.user.findUniqueOrThrow({ where: { email } })).role, email).toBe(role);
    }
  });
});

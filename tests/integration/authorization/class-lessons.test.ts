import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { getPublicReaderLesson, getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { listLessons } from "@/lib/lessons/list-lessons.server";
import { classWorld, OUTSIDERS_OF_CLASS_A, type ClassWorld } from "../../support/class-world";
import { cookieJar } from "../../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);

const wordsRoute = await import("@/app/api/lessons/[id]/words/route");
const counterpartsRoute = await import("@/app/api/lessons/[id]/counterparts/route");

beforeEach(() => cookieJar.clear());

/** The status of a word look-up and of the pair's word links (api/lessons/[id]/counterparts), which must agree. */
async function lookUp(user: CurrentUser | null, w: ClassWorld): Promise<number> {
  if (user) cookieJar.set(SESSION_COOKIE, (await createSession(user.id)).token);
  const paragraph = w.lesson.paragraphs[0]!;
  const search = new URLSearchParams({ p: paragraph.id, s: "0", o: "1" });
  const context = { params: Promise.resolve({ id: w.lesson.id }) };
  const word = await wordsRoute.GET(
    new NextRequest(`http://localhost/api/lessons/${w.lesson.id}/words?${search}`),
    context,
  );
  const links = await counterpartsRoute.GET(
    new NextRequest(`http://localhost/api/lessons/${w.lesson.id}/counterparts?${search}`),
    context,
  );
  expect(links.status).toBe(word.status);
  return word.status;
}

const canRead = (user: CurrentUser | null, w: ClassWorld) =>
  getReaderLesson(w.lesson.id, user).then(
    () => true,
    (error: { code?: string }) => (error.code === "not-found" ? false : Promise.reject(error)),
  );

describe("a lesson assigned to a class (api/lessons/[id]/words, api/lessons/[id]/counterparts and the reader)", () => {
  it("is read by the class's teachers and learners, and by nobody else", async () => {
    const w = await classWorld();
    for (const name of ["teacher", "coTeacher", "learner"] as const) {
      expect(await canRead(w[name], w), name).toBe(true);
      cookieJar.clear();
      expect(await lookUp(w[name], w), name).toBe(200);
    }
    for (const name of [...OUTSIDERS_OF_CLASS_A, "archivedLearner"] as const) {
      expect(await canRead(w[name], w), name).toBe(false);
      cookieJar.clear();
      expect(await lookUp(w[name], w), name).toBe(404);
    }
    cookieJar.clear();
    expect(await canRead(null, w)).toBe(false);
    expect(await lookUp(null, w)).toBe(404);
  });

  it("stays hidden from the class's learners until the assignment starts", async () => {
    const w = await classWorld();
    await db.assignment.update({
      where: { id: w.assignment.id },
      data: { startsAt: new Date(Date.now() + 86_400_000) },
    });
    expect(await canRead(w.learner, w)).toBe(false);
    expect((await listLessons(w.learner)).map((lesson) => lesson.id)).not.toContain(w.lesson.id);
    expect(await canRead(w.coTeacher, w)).toBe(true);
  });

  it("is listed for those who may read it only", async () => {
    const w = await classWorld();
    expect((await listLessons(w.learner)).map((lesson) => lesson.id)).toContain(w.lesson.id);
    expect((await listLessons(w.otherLearner)).map((lesson) => lesson.id)).not.toContain(w.lesson.id);
    expect((await listLessons(null)).map((lesson) => lesson.id)).not.toContain(w.lesson.id);
  });

  it("is edited by its owner only; a co-teacher may copy and assign it but not edit it", async () => {
    const w = await classWorld();
    await expect(requireLesson(w.coTeacher, w.lesson.id, "edit")).rejects.toMatchObject({ code: "not-found" });
    expect((await requireLesson(w.coTeacher, w.lesson.id, "copy")).abilities).toMatchObject({
      copy: true,
      assign: true,
    });
    await expect(requireLesson(w.learner, w.lesson.id, "copy")).rejects.toMatchObject({ code: "not-found" });
    await expect(requireLesson(w.otherTeacher, w.lesson.id, "copy")).rejects.toMatchObject({ code: "not-found" });
    expect((await requireLesson(w.teacher, w.lesson.id, "edit")).abilities.edit).toBe(true);
  });

  it("is not found at the shared public address, exactly like a lesson that does not exist", async () => {
    const w = await classWorld();
    await expect(getPublicReaderLesson(w.lesson.id)).rejects.toMatchObject({ code: "not-found" });
    await expect(getPublicReaderLesson("no-such-lesson")).rejects.toMatchObject({ code: "not-found" });
    await db.lesson.update({ where: { id: w.lesson.id }, data: { visibility: "public" } });
    expect((await getPublicReaderLesson(w.lesson.id)).id).toBe(w.lesson.id);
  });
});

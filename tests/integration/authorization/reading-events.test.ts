import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client.server";
import { classWorld, OUTSIDERS_OF_CLASS_A } from "../../support/class-world";
import { createDemoLesson } from "../../support/lesson-factory";
import { cookieJar } from "../../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);

const route = await import("@/app/api/reading-events/route");

beforeEach(() => cookieJar.clear());

let counter = 0;

/** Posts one batch (an "open" and a paragraph seen) as `user` (or signed out) to api/reading-events. */
async function postEvents(user: CurrentUser | null, lessonId: string) {
  cookieJar.clear();
  if (user) cookieJar.set(SESSION_COOKIE, (await createSession(user.id)).token);
  const events = [
    { id: `auth-open-${++counter}`, kind: "open" },
    { id: `auth-seen-${++counter}`, kind: "seen", paragraph: 0 },
  ];
  const response = await route.POST(
    new NextRequest("http://localhost/api/reading-events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lessonId, events }),
    }),
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("api/reading-events", () => {
  it("refuses a signed-out reader", async () => {
    const w = await classWorld();
    expect(await postEvents(null, w.lesson.id)).toEqual({ status: 401, body: { error: "unauthenticated" } });
    expect(await db.readingEvent.count()).toBe(0);
  });

  it("answers outsiders of class A as if its lesson did not exist, and stores nothing", async () => {
    const w = await classWorld();
    for (const name of OUTSIDERS_OF_CLASS_A) {
      expect(await postEvents(w[name], w.lesson.id), name).toEqual({ status: 404, body: { error: "not-found" } });
    }
    expect(await postEvents(w.learner, "no-such-lesson")).toEqual({ status: 404, body: { error: "not-found" } });
    expect(await db.readingEvent.count()).toBe(0);
  });

  it("stores a member's reading; stops when the learner is removed", async () => {
    const w = await classWorld();
    expect(await postEvents(w.learner, w.lesson.id)).toEqual({ status: 200, body: { tracked: true, stored: 2 } });
    await db.classMember.delete({ where: { classId_userId: { classId: w.classA.id, userId: w.learner.id } } });
    expect((await postEvents(w.learner, w.lesson.id)).status).toBe(404);
    expect(await db.readingEvent.count()).toBe(2);
  });

  it("keeps nothing of a removed learner, or of a learner of an archived class, on a lesson they may still read", async () => {
    const w = await classWorld();
    const open = await createDemoLesson({ visibility: "public" });
    await db.assignment.createMany({
      data: [
        { classId: w.classA.id, lessonId: open.id },
        { classId: w.archived.id, lessonId: open.id },
      ],
    });
    for (const name of ["removedLearner", "archivedLearner", "otherLearner", "coTeacher"] as const) {
      expect(await postEvents(w[name], open.id), name).toEqual({ status: 200, body: { tracked: false, stored: 0 } });
    }
    expect((await postEvents(w.archivedLearner, w.lesson.id)).status).toBe(404);
    expect(await db.readingEvent.count()).toBe(0);
    expect((await postEvents(w.learner, open.id)).body).toEqual({ tracked: true, stored: 2 });
  });

  it("keeps nothing before the assignment starts", async () => {
    const w = await classWorld();
    const open = await createDemoLesson({ visibility: "public" });
    await db.assignment.create({
      data: { classId: w.classA.id, lessonId: open.id, startsAt: new Date(Date.now() + 86_400_000) },
    });
    expect((await postEvents(w.learner, open.id)).body).toEqual({ tracked: false, stored: 0 });
    expect(await db.readingEvent.count()).toBe(0);
  });
});

import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { MAX_STATUS_KEYS } from "@/lib/vocabulary/word-statuses.server";
import { createDemoLesson } from "../../support/lesson-factory";
import { cookieJar } from "../../support/next-request-mock";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const actions = await import("@/app/actions/word-status");
const settingsActions = await import("@/app/actions/learner-settings");
const statusesRoute = await import("@/app/api/lessons/[id]/word-statuses/route");
const sentenceRoute = await import("@/app/[lng]/lessons/[id]/sentence/[paragraphId]/[position]/route");

beforeEach(() => cookieJar.clear());

const learner = (name: string) =>
  registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });

const statusesOf = (userId: string) => db.wordStatus.findMany({ where: { userId }, orderBy: { key: "asc" } });

function getStatuses(lessonId: string) {
  return statusesRoute.GET(new NextRequest(`http://localhost/api/lessons/${lessonId}/word-statuses?page=1`), {
    params: Promise.resolve({ id: lessonId }),
  });
}

describe('"word-status.changeWordStatusAction" and "word-status.undoWordStatusAction"', () => {
  it("refuse a signed-out caller and change only the caller's own statuses", async () => {
    const anna = await learner("anna");
    const ben = await learner("ben");
    expect(await actions.changeWordStatusAction({ key: "huis", status: "known" })).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    expect(await actions.undoWordStatusAction({ key: "huis", status: "new" })).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    await signInAs(anna);
    expect(await actions.changeWordStatusAction({ key: "huis", status: "known" })).toEqual({ ok: true, data: "new" });
    await signInAs(ben);
    expect(await actions.undoWordStatusAction({ key: "huis", status: "new" })).toEqual({ ok: true, data: null });
    expect((await statusesOf(anna.id)).map((row) => row.status)).toEqual(["known"]);
    expect(await statusesOf(ben.id)).toEqual([]);
  });

  it("refuse input out of bounds", async () => {
    await signInAs(await learner("anna"));
    expect(await actions.changeWordStatusAction({ key: "x".repeat(201), status: "known" })).toEqual({
      ok: false,
      error: "invalid-input",
    });
    expect(await actions.changeWordStatusAction({ key: "huis", status: "owned" })).toEqual({
      ok: false,
      error: "invalid-input",
    });
  });
});

describe('"word-status.markRestKnownAction" and "word-status.undoMarkKnownAction"', () => {
  it("mark only lessons the caller may read, and only the caller's words", async () => {
    const anna = await learner("anna");
    const ben = await learner("ben");
    const annasOwn = await createDemoLesson({ ownerId: anna.id, visibility: "private" });
    expect(await actions.markRestKnownAction(annasOwn.id)).toEqual({ ok: false, error: "unauthenticated" });
    await signInAs(ben);
    expect(await actions.markRestKnownAction(annasOwn.id)).toEqual({ ok: false, error: "not-found" });
    expect(await statusesOf(ben.id)).toEqual([]);
    await signInAs(anna);
    const marked = await actions.markRestKnownAction(annasOwn.id);
    expect(marked.ok && marked.data.length).toBeGreaterThan(100);
    await signInAs(ben);
    expect(await actions.undoMarkKnownAction(marked.ok ? marked.data : [])).toEqual({ ok: true, data: null });
    expect((await statusesOf(anna.id)).every((row) => row.status === "known")).toBe(true);
    expect(await actions.undoMarkKnownAction(Array.from({ length: MAX_STATUS_KEYS + 1 }, (_, i) => `w${i}`))).toEqual({
      ok: false,
      error: "invalid-input",
    });
  });
});

describe('"learner-settings.updateLearnerSettingsAction"', () => {
  it("saves the caller's own settings only, within bounds", async () => {
    const anna = await learner("anna");
    expect(await settingsActions.updateLearnerSettingsAction({ statusColours: false })).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    await signInAs(anna);
    expect(await settingsActions.updateLearnerSettingsAction({ dayStartHour: 24 })).toEqual({
      ok: false,
      error: "invalid-input",
    });
    expect(await settingsActions.updateLearnerSettingsAction({ timeZone: "Mars/Olympus" })).toEqual({
      ok: false,
      error: "invalid-input",
    });
    expect(await settingsActions.updateLearnerSettingsAction({ statusColours: false })).toEqual({
      ok: true,
      data: null,
    });
    expect(await db.learnerSettings.findMany({ select: { userId: true, statusColours: true } })).toEqual([
      { userId: anna.id, statusColours: false },
    ]);
  });
});

describe("api/lessons/[id]/word-statuses", () => {
  it("answers 401 signed out, 404 for a lesson the caller may not read, and only the caller's statuses", async () => {
    const anna = await learner("anna");
    const ben = await learner("ben");
    const annasOwn = await createDemoLesson({ ownerId: anna.id, visibility: "private" });
    expect((await getStatuses(annasOwn.id)).status).toBe(401);
    await signInAs(ben);
    expect((await getStatuses(annasOwn.id)).status).toBe(404);
    await signInAs(anna);
    await actions.changeWordStatusAction({ key: "oekraiens", status: "known" });
    const response = await getStatuses(annasOwn.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    const body = (await response.json()) as { keys: string[]; marks: string[] };
    expect(body.marks[body.keys.indexOf("oekraiens")]).toBe("known");

    const publicLesson = await createDemoLesson();
    await signInAs(ben);
    const bens = (await (await getStatuses(publicLesson.id)).json()) as { keys: string[]; marks: string[] };
    expect(bens.marks[bens.keys.indexOf("oekraiens")]).toBe("new");
  });
});

describe("[lng]/lessons/[id]/sentence/[paragraphId]/[position]", () => {
  const open = (lessonId: string, paragraphId: string, position = "0") =>
    sentenceRoute.GET(new NextRequest("http://localhost/"), {
      params: Promise.resolve({ lng: "nl", id: lessonId, paragraphId, position }),
    });

  it("leads a reader to the sentence, and anyone else only to the lesson's address, which says not found", async () => {
    const anna = await learner("anna");
    const annasOwn = await createDemoLesson({ ownerId: anna.id, visibility: "private" });
    const paragraph = annasOwn.paragraphs[1]!;
    await signInAs(anna);
    expect((await open(annasOwn.id, paragraph.id, "2")).headers.get("Location")).toBe(
      `/nl/my/lessons/${annasOwn.id}#pair=${paragraph.id}:2`,
    );
    await signInAs(await learner("ben"));
    expect((await open(annasOwn.id, paragraph.id)).headers.get("Location")).toBe(`/nl/lessons/${annasOwn.id}`);
    await signInAs(null);
    expect((await open(annasOwn.id, paragraph.id)).headers.get("Location")).toBe(`/nl/lessons/${annasOwn.id}`);
  });
});

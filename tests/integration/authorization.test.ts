import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { toRole, type CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createUser } from "../support/factories";
import { createDemoLesson } from "../support/lesson-factory";
import { cookieJar, RedirectSignal } from "../support/next-request-mock";
import { form, signInAs } from "../support/request-as";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../support/next-request-mock")).nextCache);

const vocabularyActions = await import("@/app/actions/vocabulary");
const authActions = await import("@/app/actions/auth");
const languageActions = await import("@/app/actions/language");
const lessonActions = await import("@/app/actions/lessons");
const glossaryActions = await import("@/app/actions/glossary");
const jobRoute = await import("@/app/api/translation-jobs/[id]/route");
const sessionRoute = await import("@/app/api/session/route");
const rootRoute = await import("@/app/route");

async function world() {
  const owner = await registerAccount({ email: "owner@example.com", name: "Owner", password: "een lang wachtwoord" });
  const other = toCurrentUser(await createUser());
  const lesson = await createDemoLesson({ ownerId: owner.id, visibility: "private" });
  const input = {
    lessonId: lesson.id,
    paragraphId: lesson.paragraphs[0]!.id,
    sentencePosition: 0,
    form: "Twitter",
  };
  const saved = await saveVocabulary(owner, input);
  const job = await db.translationJob.create({ data: { lessonId: lesson.id, userId: owner.id, status: "failed" } });
  return { owner, other, lesson, input, saved, term: lesson.glossary[0]!, job };
}

beforeEach(() => cookieJar.clear());

function toCurrentUser(user: { id: string; email: string; name: string; role: string }): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role) };
}

const termForm = () => form({ term: "vrede", english: "peace", note: "", variants: "" });

/**
 * Every server action, called signed out and as a user who does not own the record. Each must refuse without
 * changing anything. The list of actions is checked against the files in app/actions, so a new action without a
 * case here fails this test.
 */
const cases = {
  "vocabulary.saveVocabularyAction": (w: Awaited<ReturnType<typeof world>>) =>
    vocabularyActions.saveVocabularyAction(w.input),
  "vocabulary.undoSaveVocabularyAction": (w: Awaited<ReturnType<typeof world>>) =>
    vocabularyActions.undoSaveVocabularyAction(w.saved),
  "glossary.addGlossaryTermAction": (w: World) => glossaryActions.addGlossaryTermAction(w.lesson.id, null, termForm()),
  "glossary.updateGlossaryTermAction": (w: World) =>
    glossaryActions.updateGlossaryTermAction(w.term.id, null, termForm()),
  "glossary.deleteGlossaryTermAction": (w: World) => glossaryActions.deleteGlossaryTermAction(w.term.id),
  "lessons.saveAlignmentAction": (w: World) => lessonActions.saveAlignmentAction(w.lesson.id, []),
  "lessons.addTranslationAction": (w: World) =>
    lessonActions.addTranslationAction(w.lesson.id, null, form({ englishText: "Hello.", lng: "en" })),
  "lessons.translateWithDeeplAction": (w: World) => lessonActions.translateWithDeeplAction(w.lesson.id),
  "lessons.resumeTranslationAction": (w: World) => lessonActions.resumeTranslationAction(w.job.id),
  "lessons.deleteLessonAction": (w: World) => lessonActions.deleteLessonAction(w.lesson.id),
};

type World = Awaited<ReturnType<typeof world>>;

/** Actions that anyone may call, with what makes them safe. */
const publicActions = {
  "lessons.createLessonAction": "creates a lesson owned by the caller (signed in only, tested below)",
  "lessons.proposeLessonTitleAction":
    "reads only the file the caller sends and writes nothing (signed in only, tested below)",
  "auth.signInAction": "checks the password itself",
  "auth.registerAction": "creates a new account only",
  "auth.signOutAction": "ends only the caller's own session",
  "language.switchLanguageAction": "changes only the caller's own preference",
};

/**
 * Actions on the caller's own account, with no record to name: signed out they refuse, signed in they can only
 * reach the caller's own rows (each tested below, signed out and as another user).
 */
const ownAccountActions = {
  "auth.signOutEverywhereAction": "deletes the sessions of the signed-in caller only",
};

/** The action files this test covers; the classroom's are covered in tests/integration/authorization/. */
const COVERED_HERE = ["auth.ts", "glossary.ts", "language.ts", "lessons.ts", "vocabulary.ts"];

describe("authorisation of server actions", () => {
  it("covers every exported server action", () => {
    const folder = path.resolve(__dirname, "../../app/actions");
    const exported = readdirSync(folder)
      .filter((file) => COVERED_HERE.includes(file))
      .flatMap((file) => {
        const source = readFileSync(path.join(folder, file), "utf8");
        return [...source.matchAll(/export async function (\w+)/g)].map(
          (match) => `${file.replace(/\.ts$/, "")}.${match[1]}`,
        );
      });
    expect(exported.sort()).toEqual(
      [...Object.keys(cases), ...Object.keys(publicActions), ...Object.keys(ownAccountActions)].sort(),
    );
  });

  for (const [name, call] of Object.entries(cases)) {
    it(`${name} refuses a signed-out caller`, async () => {
      const w = await world();
      const before = await snapshot();
      expect(await call(w)).toMatchObject({ ok: false, error: "unauthenticated" });
      expect(await snapshot()).toEqual(before);
    });

    it(`${name} refuses a user who does not own the record`, async () => {
      const w = await world();
      await signInAs(w.other);
      const before = await snapshot();
      expect(await call(w)).toMatchObject({ ok: false, error: "not-found" });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("the owner may do what others may not (the cases above are not refused for another reason)", async () => {
    const w = await world();
    await signInAs(w.owner);
    expect(await vocabularyActions.saveVocabularyAction({ ...w.input, form: "Biden" })).toMatchObject({ ok: true });
  });

  it("rejects malformed input with a message code, not an exception", async () => {
    const w = await world();
    await signInAs(w.owner);
    expect(await vocabularyActions.saveVocabularyAction({ lessonId: 5 })).toEqual({
      ok: false,
      error: "invalid-input",
    });
  });
});

describe("actions on the caller's own account", () => {
  it("signing out everywhere refuses a signed-out caller and ends no session", async () => {
    const w = await world();
    await createSession(w.owner.id);
    const before = await db.session.count();
    expect(await authActions.signOutEverywhereAction()).toEqual({ ok: false, error: "unauthenticated" });
    expect(await db.session.count()).toBe(before);
  });

  it("signing out everywhere as another user ends that user's sessions, never the owner's", async () => {
    const w = await world();
    await createSession(w.owner.id);
    await createSession(w.other.id);
    await signInAs(w.other);
    expect(await authActions.signOutEverywhereAction()).toEqual({ ok: true, data: null });
    expect(await db.session.findMany({ select: { userId: true } })).toEqual([{ userId: w.owner.id }]);
  });
});

describe("route handlers", () => {
  async function getJob(id: string) {
    const { NextRequest } = await import("next/server");
    return jobRoute.GET(new NextRequest(`http://localhost/api/translation-jobs/${id}`), {
      params: Promise.resolve({ id }),
    });
  }

  it("the session route tells callers only about themselves", async () => {
    const w = await world();
    expect(await (await sessionRoute.GET()).json()).toEqual({ user: null });
    await signInAs(w.owner);
    const response = await sessionRoute.GET();
    expect(await response.json()).toEqual({ user: { name: "Owner", role: "learner" } });
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("translation job progress is only for the job's owner", async () => {
    const w = await world();
    expect((await getJob(w.job.id)).status).toBe(401);
    await signInAs(w.other);
    expect((await getJob(w.job.id)).status).toBe(404);
    cookieJar.clear();
    await signInAs(w.owner);
    const response = await getJob(w.job.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: w.job.id, status: "failed" });
  });
});

describe("creating lessons", () => {
  it("needs a signed-in user and makes the lesson private to its creator", async () => {
    const w = await world();
    const fields = { title: "Nieuw", level: "A2", mode: "none", dutchText: "Hallo wereld. Tot ziens.", lng: "en" };
    expect(await lessonActions.createLessonAction(null, form(fields))).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    await signInAs(w.other);
    const created = await lessonActions.createLessonAction(null, form(fields)).catch((signal: unknown) => signal);
    expect(created).toBeInstanceOf(RedirectSignal);
    const lesson = await db.lesson.findFirstOrThrow({ where: { title: "Nieuw" } });
    expect(lesson).toMatchObject({ ownerId: w.other.id, visibility: "private", level: "A2" });
    expect((created as RedirectSignal).location).toBe(`/en/my/lessons/${lesson.id}`);
  });
});

describe("proposing a title", () => {
  it("reads an uploaded file's title for a signed-in user only", async () => {
    const w = await world();
    const upload = new FormData();
    upload.set("file", new File(["<title>Minsk</title><p>Tekst.</p>"], "les.html", { type: "text/html" }));
    expect(await lessonActions.proposeLessonTitleAction(upload)).toMatchObject({ ok: false, error: "unauthenticated" });
    await signInAs(w.other);
    expect(await lessonActions.proposeLessonTitleAction(upload)).toEqual({ ok: true, data: "Minsk" });
  });
});

describe("public actions and routes", () => {
  it("signing out ends only the caller's session", async () => {
    const w = await world();
    await createSession(w.other.id);
    await signInAs(w.owner);
    await authActions.signOutAction();
    expect(cookieJar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await db.session.findMany({ select: { userId: true } })).toEqual([{ userId: w.other.id }]);
  });

  it("sign-in does not follow a redirect to another site", async () => {
    await world();
    const form = new FormData();
    form.set("email", "owner@example.com");
    form.set("password", "een lang wachtwoord");
    form.set("lng", "en");
    form.set("next", "//evil.example.com/");
    await expect(authActions.signInAction(null, form)).rejects.toEqual(new RedirectSignal("/en"));
  });

  it("switching language keeps the user on this site", async () => {
    const form = new FormData();
    form.set("lng", "nl");
    form.set("path", "/en//evil.example.com");
    await expect(languageActions.switchLanguageAction(form)).rejects.toEqual(new RedirectSignal("/nl"));
  });

  it("the root route only redirects to a language", async () => {
    const { NextRequest } = await import("next/server");
    const response = rootRoute.GET(new NextRequest("http://localhost/", { headers: { "accept-language": "nl" } }));
    expect(response.headers.get("location")).toBe("/nl");
  });
});

async function snapshot() {
  return {
    items: await db.vocabularyItem.findMany({ orderBy: { id: "asc" } }),
    contexts: await db.vocabularyContext.findMany({ orderBy: { id: "asc" } }),
    lessons: await db.lesson.findMany({ orderBy: { id: "asc" } }),
    paragraphs: await db.paragraph.findMany({ orderBy: { id: "asc" } }),
    sentences: await db.sentence.findMany({ orderBy: { id: "asc" } }),
    glossary: await db.glossaryTerm.findMany({ orderBy: { id: "asc" } }),
    jobs: await db.translationJob.findMany({ orderBy: { id: "asc" } }),
  };
}

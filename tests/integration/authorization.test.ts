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

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../support/next-request-mock")).nextCache);

const vocabularyActions = await import("@/app/actions/vocabulary");
const authActions = await import("@/app/actions/auth");
const languageActions = await import("@/app/actions/language");
const rootRoute = await import("@/app/route");

async function signInAs(user: CurrentUser) {
  cookieJar.set(SESSION_COOKIE, (await createSession(user.id)).token);
}

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
  return { owner, other, lesson, input, saved };
}

beforeEach(() => cookieJar.clear());

function toCurrentUser(user: { id: string; email: string; name: string; role: string }): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role) };
}

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
  "vocabulary.deleteVocabularyAction": (w: Awaited<ReturnType<typeof world>>) =>
    vocabularyActions.deleteVocabularyAction(w.saved.itemId),
};

/** Actions that anyone may call, with what makes them safe. */
const publicActions = {
  "auth.signInAction": "checks the password itself",
  "auth.registerAction": "creates a new account only",
  "auth.signOutAction": "ends only the caller's own session",
  "language.switchLanguageAction": "changes only the caller's own preference",
};

describe("authorisation of server actions", () => {
  it("covers every exported server action", () => {
    const folder = path.resolve(__dirname, "../../app/actions");
    const exported = readdirSync(folder)
      .filter((file) => readFileSync(path.join(folder, file), "utf8").startsWith('"use server"'))
      .flatMap((file) => {
        const source = readFileSync(path.join(folder, file), "utf8");
        return [...source.matchAll(/export async function (\w+)/g)].map(
          (match) => `${file.replace(/\.ts$/, "")}.${match[1]}`,
        );
      });
    expect(exported.sort()).toEqual([...Object.keys(cases), ...Object.keys(publicActions)].sort());
  });

  for (const [name, call] of Object.entries(cases)) {
    it(`${name} refuses a signed-out caller`, async () => {
      const w = await world();
      const before = await snapshot();
      expect(await call(w)).toEqual({ ok: false, error: "unauthenticated" });
      expect(await snapshot()).toEqual(before);
    });

    it(`${name} refuses a user who does not own the record`, async () => {
      const w = await world();
      await signInAs(w.other);
      const before = await snapshot();
      expect(await call(w)).toEqual({ ok: false, error: "not-found" });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("the owner may do what others may not (the cases above are not refused for another reason)", async () => {
    const w = await world();
    await signInAs(w.owner);
    expect(await vocabularyActions.saveVocabularyAction({ ...w.input, form: "Biden" })).toMatchObject({ ok: true });
    expect(await vocabularyActions.deleteVocabularyAction(w.saved.itemId)).toEqual({ ok: true, data: null });
  });

  it("rejects malformed input with a message code, not an exception", async () => {
    const w = await world();
    await signInAs(w.owner);
    expect(await vocabularyActions.saveVocabularyAction({ lessonId: 5 })).toEqual({
      ok: false,
      error: "invalid-input",
    });
    expect(await vocabularyActions.deleteVocabularyAction({ $ne: null })).toEqual({
      ok: false,
      error: "invalid-input",
    });
  });
});

describe("public actions and routes", () => {
  it("signing out ends only the caller's session", async () => {
    const w = await world();
    await createSession(w.other.id);
    await signInAs(w.owner);
    const form = new FormData();
    form.set("lng", "nl");
    await expect(authActions.signOutAction(form)).rejects.toEqual(new RedirectSignal("/nl"));
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
    expect(response.headers.get("location")).toBe("http://localhost/nl");
  });
});

async function snapshot() {
  return {
    items: await db.vocabularyItem.findMany({ orderBy: { id: "asc" } }),
    contexts: await db.vocabularyContext.findMany({ orderBy: { id: "asc" } }),
  };
}

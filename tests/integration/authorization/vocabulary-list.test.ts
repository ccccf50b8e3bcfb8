import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { deleteVocabularyItem } from "@/lib/vocabulary/delete-vocabulary.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createDemoLesson } from "../../support/lesson-factory";
import { cookieJar } from "../../support/next-request-mock";
import { form, signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const actions = await import("@/app/actions/vocabulary-list");

beforeEach(() => cookieJar.clear());

/** The owner with two saved words (one deleted, its undo waiting), and another learner with a word of their own. */
async function world() {
  const owner = await registerAccount({ email: "owner@example.com", name: "Owner", password: "een lang wachtwoord" });
  const other = await registerAccount({ email: "other@example.com", name: "Other", password: "een lang wachtwoord" });
  const lesson = await createDemoLesson();
  const place = { lessonId: lesson.id, paragraphId: lesson.paragraphs[0]!.id, sentencePosition: 0 };
  const kept = await saveVocabulary(owner, { ...place, form: "Twitter" });
  const gone = await saveVocabulary(owner, { ...place, form: "Biden" });
  const deleted = await deleteVocabularyItem(owner, gone.itemId);
  const theirs = await saveVocabulary(other, { ...place, form: "Twitter" });
  return { owner, other, kept, deleted, theirs };
}

type World = Awaited<ReturnType<typeof world>>;

/** Everything these actions could change. */
async function state() {
  return {
    items: await db.vocabularyItem.findMany({ orderBy: { id: "asc" } }),
    contexts: await db.vocabularyContext.findMany({ orderBy: { id: "asc" } }),
    cards: await db.reviewCard.findMany({ orderBy: { itemId: "asc" } }),
    logs: await db.reviewLog.findMany({ orderBy: { id: "asc" } }),
    statuses: await db.wordStatus.findMany({ orderBy: [{ userId: "asc" }, { key: "asc" }] }),
    deleted: await db.deletedVocabulary.findMany({ orderBy: { id: "asc" } }),
  };
}

/** Each action on the owner's records; the cases below call them signed out and as the other learner. */
const cases = {
  "vocabulary-list.deleteVocabularyAction": (w: World) => actions.deleteVocabularyAction(w.kept.itemId),
  "vocabulary-list.undoDeleteVocabularyAction": (w: World) => actions.undoDeleteVocabularyAction(w.deleted.snapshotId),
  "vocabulary-list.setVocabularyStatusAction": (w: World) =>
    actions.setVocabularyStatusAction(null, form({ item: [w.kept.itemId], status: "known" })),
  "vocabulary-list.undoVocabularyStatusAction": (w: World) =>
    actions.undoVocabularyStatusAction([{ itemId: w.kept.itemId, status: "ignored" }]),
};

describe("the vocabulary list's actions", () => {
  for (const [name, call] of Object.entries(cases)) {
    it(`"${name}" refuses a signed-out caller and another learner, changing nothing`, async () => {
      const w = await world();
      const before = await state();
      expect(await call(w)).toMatchObject({ ok: false, error: "unauthenticated" });
      await signInAs(w.other);
      expect(await call(w)).toMatchObject({ ok: false, error: "not-found" });
      expect(await state()).toEqual(before);
    });

    it(`"${name}" does its work for the owner`, async () => {
      const w = await world();
      await signInAs(w.owner);
      expect(await call(w)).toMatchObject({ ok: true });
    });
  }

  it("refuses a bulk change that mixes the caller's own items with another learner's", async () => {
    const w = await world();
    const before = await state();
    await signInAs(w.other);
    const mixed = form({ item: [w.theirs.itemId, w.kept.itemId], status: "ignored" });
    expect(await actions.setVocabularyStatusAction(null, mixed)).toEqual({ ok: false, error: "not-found" });
    expect(await state()).toEqual(before);
  });

  it("rejects malformed input with a code, not an exception", async () => {
    const w = await world();
    await signInAs(w.owner);
    const tooMany = form({ item: Array.from({ length: 201 }, (_, i) => `item-${i}`), status: "known" });
    for (const result of [
      await actions.deleteVocabularyAction({ $ne: null }),
      await actions.undoDeleteVocabularyAction(["x"]),
      await actions.setVocabularyStatusAction(null, form({ item: [w.kept.itemId], status: "new" })),
      await actions.setVocabularyStatusAction(null, tooMany),
      await actions.undoVocabularyStatusAction([{ itemId: w.kept.itemId, status: "forgotten" }]),
      await actions.undoVocabularyStatusAction("all"),
    ]) {
      expect(result).toEqual({ ok: false, error: "invalid-input" });
    }
  });

  it("answers a bulk change without ticked items with nothing changed, so the form can say so", async () => {
    const w = await world();
    await signInAs(w.owner);
    expect(await actions.setVocabularyStatusAction(null, form({ status: "known" }))).toEqual({
      ok: true,
      data: { status: "known", count: 0, previous: [] },
    });
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import { createUser } from "../../support/factories";
import { createAlignedLesson } from "../../support/lesson-factory";
import { cookieJar } from "../../support/next-request-mock";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const review = await import("@/app/actions/review");
const vocabulary = await import("@/app/actions/vocabulary");

beforeEach(() => cookieJar.clear());

/** Anna with one saved word ("vrede", from a lesson sentence), and Bram with none. */
async function world() {
  const anna = await createUser({ name: "Anna" });
  const bram = await createUser({ name: "Bram" });
  const lesson = await createAlignedLesson({
    paragraphs: [
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: [{ source: "De vrede is broos.", translation: "Peace is fragile." }],
      },
    ],
  });
  const paragraphId = lesson.paragraphs[0]!.id;
  await signInAs(anna);
  const saved = await vocabulary.saveVocabularyAction({
    lessonId: lesson.id,
    paragraphId,
    sentencePosition: 0,
    form: "vrede",
  });
  if (!saved.ok) throw new Error(saved.error);
  cookieJar.clear();
  return { anna, bram, lesson, paragraphId, itemId: saved.data.itemId };
}

/** Everything a review action could change. */
async function snapshot() {
  return {
    cards: await db.reviewCard.findMany({ orderBy: { itemId: "asc" } }),
    logs: await db.reviewLog.findMany({ orderBy: { id: "asc" } }),
  };
}

const good = (itemId: string, reps = 0) => ({ itemId, grade: 3, direction: "recognition", reps });

describe('"review.reviewQueueAction", "review.gradeReviewAction" and "review.undoReviewAction"', () => {
  it("refuse a signed-out caller, changing nothing", async () => {
    const { itemId } = await world();
    const before = await snapshot();
    expect(await review.reviewQueueAction()).toEqual({ ok: false, error: "unauthenticated" });
    expect(await review.gradeReviewAction(good(itemId))).toEqual({ ok: false, error: "unauthenticated" });
    expect(await review.undoReviewAction(itemId)).toEqual({ ok: false, error: "unauthenticated" });
    expect(await snapshot()).toEqual(before);
  });

  it("show, grade and undo only the caller's own cards: another learner's item is not found", async () => {
    const { anna, bram, lesson, paragraphId, itemId } = await world();
    const before = await snapshot();
    await signInAs(bram);
    expect(await review.reviewQueueAction()).toMatchObject({ ok: true, data: { cards: [] } });
    expect(await review.gradeReviewAction(good(itemId))).toEqual({ ok: false, error: "not-found" });
    expect(await review.undoReviewAction(itemId)).toEqual({ ok: false, error: "not-found" });
    expect(await snapshot()).toEqual(before);

    await signInAs(anna);
    const queue = await review.reviewQueueAction();
    expect(queue).toMatchObject({
      ok: true,
      data: {
        cards: [
          {
            itemId,
            headword: "vrede",
            reps: 0,
            sentence: {
              form: "vrede",
              sentence: "De vrede is broos.",
              english: "Peace is fragile.",
              lessonId: lesson.id,
              paragraphId,
              sentencePosition: 0,
            },
          },
        ],
      },
    });
    expect(await review.gradeReviewAction(good(itemId))).toMatchObject({ ok: true, data: { graded: true, reps: 1 } });
    expect(await review.undoReviewAction(itemId)).toEqual({ ok: true, data: { reps: 0 } });
    expect(await review.undoReviewAction(itemId)).toEqual({ ok: false, error: "nothing-to-undo" });
  });

  it("refuse malformed grades and item ids", async () => {
    const { anna, itemId } = await world();
    await signInAs(anna);
    for (const input of [
      { ...good(itemId), grade: 0 },
      { ...good(itemId), grade: 5 },
      { ...good(itemId), grade: 2.5 },
      { ...good(itemId), direction: "dictation" },
      { ...good(itemId), reps: -1 },
      { ...good(itemId), itemId: "x".repeat(65) },
      null,
    ]) {
      expect(await review.gradeReviewAction(input), JSON.stringify(input)).toEqual({
        ok: false,
        error: "invalid-input",
      });
    }
    expect(await review.undoReviewAction(42)).toEqual({ ok: false, error: "invalid-input" });
    expect(await db.reviewLog.count()).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { gradeReview } from "@/lib/vocabulary/grade-review.server";
import { reviewQueue } from "@/lib/vocabulary/review-queue.server";
import { gradeCard, GRADES, newCard, type CardFields } from "@/lib/vocabulary/review-scheduler";
import { setWordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { undoReview } from "@/lib/vocabulary/undo-review.server";
import { createUser } from "../../support/factories";

const NOON = new Date("2027-01-31T12:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOON.getTime() + minutes * MINUTE);
const [AGAIN, HARD, GOOD] = GRADES;

async function learner(): Promise<CurrentUser> {
  const user = await createUser();
  return { id: user.id, email: user.email, name: user.name, role: "learner" };
}

/** A saved word being learnt, with its card (new, saved at 09:00 UTC, unless given). */
async function addWord(user: CurrentUser, word: string, card: CardFields = newCard(at(-180))) {
  const item = await db.vocabularyItem.create({
    data: { userId: user.id, key: word, headword: word, card: { create: { userId: user.id, ...card } } },
  });
  await setWordStatuses(db, user.id, [word], "learning");
  return item.id;
}

const cardOf = (itemId: string) =>
  db.reviewCard.findUniqueOrThrow({ where: { itemId }, omit: { itemId: true, userId: true } });
const logsOf = (itemId: string) => db.reviewLog.findMany({ where: { itemId }, orderBy: { review: "asc" } });

describe("grading a review", () => {
  it("schedules the card and appends a log with the state before and the stability and difficulty after", async () => {
    const anna = await learner();
    const itemId = await addWord(anna, "vrede");
    const before = await cardOf(itemId);

    const outcome = await gradeReview(anna, { itemId, grade: GOOD, direction: "production", reps: 0 }, NOON);
    const after = await cardOf(itemId);
    expect(outcome).toEqual({ graded: true, reps: 1, kind: "learning", due: at(10).getTime() });
    expect(after).toMatchObject({ reps: 1, state: 1, due: at(10), lastReview: NOON });

    const [log] = await logsOf(itemId);
    expect(log).toMatchObject({
      userId: anna.id,
      rating: GOOD,
      direction: "production",
      review: NOON,
      state: before.state,
      due: before.due,
      stability: before.stability,
      difficulty: before.difficulty,
      stabilityAfter: after.stability,
      difficultyAfter: after.difficulty,
    });
    expect(after.stability).toBeGreaterThan(0);
  });

  it("grades once when the same grade is sent twice, one after the other or at the same moment", async () => {
    const anna = await learner();
    const itemId = await addWord(anna, "vrede");
    const input = { itemId, grade: GOOD, direction: "recognition" as const, reps: 0 };
    await gradeReview(anna, input, NOON);
    const again = await gradeReview(anna, input, at(1));
    expect(again).toEqual({ graded: false, reps: 1, kind: "learning", due: at(10).getTime() });
    expect(await logsOf(itemId)).toHaveLength(1);

    const other = await addWord(anna, "oorlog");
    const racing = { ...input, itemId: other };
    const results = await Promise.all([gradeReview(anna, racing, NOON), gradeReview(anna, racing, NOON)]);
    expect(results.map((result) => result.graded).sort()).toEqual([false, true]);
    expect(await logsOf(other)).toHaveLength(1);
    expect((await cardOf(other)).reps).toBe(1);
  });

  it("refuses another learner's card, changing nothing", async () => {
    const anna = await learner();
    const bram = await learner();
    const itemId = await addWord(anna, "vrede");
    const before = await cardOf(itemId);
    await expect(
      gradeReview(bram, { itemId, grade: GOOD, direction: "recognition", reps: 0 }, NOON),
    ).rejects.toMatchObject({ code: "not-found" });
    await expect(undoReview(bram, itemId)).rejects.toMatchObject({ code: "not-found" });
    expect(await cardOf(itemId)).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
  });
});

describe("undoing a grade", () => {
  it("puts a new card back exactly as it was and deletes the log, so today's counts go back too", async () => {
    const anna = await learner();
    const itemId = await addWord(anna, "vrede");
    const before = await cardOf(itemId);
    const queueBefore = await reviewQueue(anna.id, NOON);
    await gradeReview(anna, { itemId, grade: AGAIN, direction: "recognition", reps: 0 }, NOON);
    expect((await reviewQueue(anna.id, NOON)).left).not.toEqual(queueBefore.left);

    expect(await undoReview(anna, itemId)).toEqual({ reps: 0 });
    expect(await cardOf(itemId)).toEqual(before);
    expect(await logsOf(itemId)).toEqual([]);
    expect((await reviewQueue(anna.id, NOON)).left).toEqual(queueBefore.left);
  });

  it("restores a reviewed card's memory exactly and makes it due at the moment it was graded", async () => {
    const anna = await learner();
    let card = newCard(at(-60 * 24 * 20));
    for (let review = 0; review < 3; review++) card = gradeCard(card, GOOD, card.due).card;
    const itemId = await addWord(anna, "vrede", card);
    const before = await cardOf(itemId);
    expect(before.due <= NOON).toBe(true);

    await gradeReview(anna, { itemId, grade: HARD, direction: "recognition", reps: before.reps }, NOON);
    await undoReview(anna, itemId);
    // ts-fsrs's rollback keeps no due date of its own: the card is due when it was graded, so it is asked again now.
    expect(await cardOf(itemId)).toEqual({ ...before, due: NOON });
    expect(await logsOf(itemId)).toEqual([]);
  });

  it("undoes only the learner's latest grade, and walks back through the session's grades when repeated", async () => {
    const anna = await learner();
    const first = await addWord(anna, "vrede");
    const second = await addWord(anna, "oorlog");
    const firstBefore = await cardOf(first);
    const secondBefore = await cardOf(second);
    await gradeReview(anna, { itemId: first, grade: GOOD, direction: "recognition", reps: 0 }, NOON);
    await gradeReview(anna, { itemId: second, grade: GOOD, direction: "recognition", reps: 0 }, at(1));

    await expect(undoReview(anna, first)).rejects.toMatchObject({ code: "nothing-to-undo" });
    await undoReview(anna, second);
    await undoReview(anna, first);
    expect(await cardOf(first)).toEqual(firstBefore);
    expect(await cardOf(second)).toEqual(secondBefore);
    await expect(undoReview(anna, first)).rejects.toMatchObject({ code: "nothing-to-undo" });
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("looks only at the learner's own grades: another learner's later grade does not stand in the way", async () => {
    const anna = await learner();
    const bram = await learner();
    const annasWord = await addWord(anna, "vrede");
    const bramsWord = await addWord(bram, "vrede");
    await gradeReview(anna, { itemId: annasWord, grade: GOOD, direction: "recognition", reps: 0 }, NOON);
    await gradeReview(bram, { itemId: bramsWord, grade: GOOD, direction: "recognition", reps: 0 }, at(1));
    await expect(undoReview(anna, annasWord)).resolves.toEqual({ reps: 0 });
    expect(await logsOf(bramsWord)).toHaveLength(1);
  });
});

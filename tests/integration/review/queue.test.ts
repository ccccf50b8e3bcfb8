import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { reviewQueue } from "@/lib/vocabulary/review-queue.server";
import { gradeCard, newCard, GRADES, type CardFields } from "@/lib/vocabulary/review-scheduler";
import type { WordStatus } from "@/lib/vocabulary/word-status";
import { setWordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { createUser } from "../../support/factories";

// Noon on 31 January 2027 is 13:00 in Amsterdam; with the default 04:00 start the learner's day runs from
// 2027-01-31T03:00Z to 2027-02-01T03:00Z.
const NOON = new Date("2027-01-31T12:00:00Z");
const DAY_END = new Date("2027-02-01T03:00:00Z");
const MINUTE = 60_000;
const at = (minutesFromNoon: number) => new Date(NOON.getTime() + minutesFromNoon * MINUTE);

const [AGAIN, , GOOD] = GRADES;

/** A review-state card (graded Good three times a month ago), due at `due`. */
function reviewCard(due: Date): CardFields {
  let card = newCard(at(-60 * 24 * 30));
  for (let grade = 0; grade < 3; grade++) card = gradeCard(card, GOOD, card.due).card;
  return { ...card, due };
}

/** A new card graded Good at `gradedAt`: in learning, due ten minutes later. */
function learningCard(gradedAt: Date): CardFields {
  return gradeCard(newCard(at(-60)), GOOD, gradedAt).card;
}

/** A saved word with one sentence, its card (new at `saved` unless given) and its status. */
async function addWord(
  userId: string,
  word: string,
  card: Partial<CardFields> = {},
  status: WordStatus = "learning",
  saved = at(-600),
) {
  const item = await db.vocabularyItem.create({
    data: {
      userId,
      key: word,
      headword: word,
      english: `${word} in English`,
      contexts: { create: { form: word, sentence: `Hier staat ${word} in een zin.`, english: `Here is ${word}.` } },
      card: { create: { userId, ...newCard(saved), ...card } },
    },
  });
  await setWordStatuses(db, userId, [word], status);
  return item.id;
}

/** A grade the learner gave at `review` of a card in `state` (0 new, 2 review): what the limits count. */
async function pastGrade(userId: string, itemId: string, state: number, review: Date) {
  await db.reviewLog.create({
    data: {
      itemId,
      userId,
      rating: 3,
      state,
      due: review,
      stability: 1,
      difficulty: 5,
      stabilityAfter: 2,
      difficultyAfter: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      review,
    },
  });
}

const headwords = (queue: Awaited<ReturnType<typeof reviewQueue>>) => queue.cards.map((card) => card.headword);

describe("the review queue", () => {
  it("asks learning cards due now, then today's reviews by due time, then new words oldest first", async () => {
    const { id } = await createUser();
    await addWord(id, "nieuw-oud", {}, "learning", at(-900));
    await addWord(id, "nieuw-jong", {}, "learning", at(-60));
    await addWord(id, "herhaling-straks", reviewCard(new Date("2027-02-01T02:30:00Z"))); // 03:30 local: still today
    await addWord(id, "herhaling-gisteren", reviewCard(at(-24 * 60)));
    await addWord(id, "herhaling-morgen", reviewCard(DAY_END)); // tomorrow's
    await addWord(id, "leren-nu", learningCard(at(-15)));
    await addWord(id, "leren-zo", learningCard(at(-5)));

    const queue = await reviewQueue(id, NOON);
    expect(headwords(queue)).toEqual(["leren-nu", "herhaling-gisteren", "herhaling-straks", "nieuw-oud", "nieuw-jong"]);
    // The learning card due in five minutes is left for today, not asked yet.
    expect(queue.left).toEqual({ new: 2, learning: 2, review: 2 });
    expect(queue.nextAt).toBeNull();
    expect(queue.cards[0]).toMatchObject({
      kind: "learning",
      reps: 1,
      direction: "recognition",
      english: "leren-nu in English",
    });
    expect(queue.cards[0]!.sentence).toEqual({
      form: "leren-nu",
      sentence: "Hier staat leren-nu in een zin.",
      english: "Here is leren-nu.",
      lessonId: null,
      paragraphId: null,
      sentencePosition: null,
    });
    expect(queue.cards[0]!.intervals).toHaveLength(4);
  });

  it("leaves out known and ignored words and other learners' cards", async () => {
    const { id } = await createUser();
    const other = await createUser();
    await addWord(id, "bekend", {}, "known");
    await addWord(id, "genegeerd", {}, "ignored");
    await addWord(id, "leren", {});
    await addWord(other.id, "van-een-ander", {});
    await addWord(other.id, "ook-van-een-ander", reviewCard(at(-60)));

    const queue = await reviewQueue(id, NOON);
    expect(headwords(queue)).toEqual(["leren"]);
    expect(queue.left).toEqual({ new: 1, learning: 0, review: 0 });
  });

  it("holds new words and reviews to the day's limits, counting grades since the learner's day began", async () => {
    const { id } = await createUser();
    await db.learnerSettings.create({ data: { userId: id, newCardsPerDay: 2, reviewsPerDay: 2 } });
    for (const [n, word] of ["a", "b", "c"].entries()) {
      await addWord(id, `nieuw-${word}`, {}, "learning", at(-600 + n));
      await addWord(id, `herhaling-${word}`, reviewCard(at(-120 + n)));
    }
    const graded = await addWord(id, "al-gedaan", reviewCard(at(24 * 60)));

    // A new word introduced this morning counts; a review at 03:30 local (before the day's 04:00 start) does not.
    await pastGrade(id, graded, 0, new Date("2027-01-31T08:00:00Z"));
    await pastGrade(id, graded, 2, new Date("2027-01-31T02:30:00Z"));
    let queue = await reviewQueue(id, NOON);
    expect(headwords(queue)).toEqual(["herhaling-a", "herhaling-b", "nieuw-a"]);
    expect(queue.left).toEqual({ new: 1, learning: 0, review: 2 });

    // With both limits used up, nothing more today: the next card comes when tomorrow starts at 04:00.
    await pastGrade(id, graded, 0, at(-10));
    await pastGrade(id, graded, 2, at(-9));
    await pastGrade(id, graded, 2, at(-8));
    queue = await reviewQueue(id, NOON);
    expect(queue.cards).toEqual([]);
    expect(queue.left).toEqual({ new: 0, learning: 0, review: 0 });
    expect(queue.nextAt).toBe(DAY_END.getTime());
  });

  it("says when the next card comes when none is due: a learning card's due, or a review's day", async () => {
    const { id } = await createUser();
    await addWord(id, "later", reviewCard(new Date("2027-02-03T10:00:00Z")));
    expect((await reviewQueue(id, NOON)).nextAt).toBe(new Date("2027-02-03T03:00:00Z").getTime());
    const forgotten = gradeCard(reviewCard(at(-10)), AGAIN, at(-2)).card;
    expect(forgotten).toMatchObject({ state: 3, due: at(8) });
    await addWord(id, "zo-terug", forgotten);
    const queue = await reviewQueue(id, NOON);
    expect(queue).toMatchObject({ cards: [], left: { new: 0, learning: 1, review: 0 } });
    expect(queue.nextAt).toBe(at(8).getTime());
  });

  it("finds nothing waiting for a learner without words", async () => {
    const { id } = await createUser();
    expect(await reviewQueue(id, NOON)).toMatchObject({
      cards: [],
      nextAt: null,
      left: { new: 0, learning: 0, review: 0 },
    });
  });

  it("asks a word in each of its sentences in turn, and in production every other time when that is on", async () => {
    const { id } = await createUser();
    await db.learnerSettings.create({ data: { userId: id, productionReview: true } });
    const itemId = await addWord(id, "vrede", learningCard(at(-11)));
    await db.vocabularyContext.create({
      data: { itemId, form: "Vrede", sentence: "Vrede is broos.", english: "", createdAt: at(-20) },
    });
    const [card] = (await reviewQueue(id, NOON)).cards;
    expect(card).toMatchObject({ direction: "production", sentence: { sentence: "Vrede is broos.", form: "Vrede" } });
  });
});

import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { hasNoStats } from "@/lib/vocabulary/stats/vocabulary-stats";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { newCard } from "@/lib/vocabulary/review-scheduler";
import { vocabularyStats } from "@/lib/vocabulary/vocabulary-stats.server";
import type { WordStatus } from "@/lib/vocabulary/word-status";
import { setWordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { createAlignedLesson } from "../support/lesson-factory";

async function learner(name: string) {
  return registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
}

// Monday 30 March 2026, 14:00 in Amsterdam: summer time began on Sunday, so the learner's days start at 02:00 UTC
// from Sunday on and at 03:00 UTC before.
const now = new Date("2026-03-30T12:00:00Z");
const at = (iso: string) => new Date(iso);

/** A saved word with its card due at `due` and its status changes, written as the app writes them. */
async function word(userId: string, key: string, due: Date, changes: [WordStatus, string][]) {
  const item = await db.vocabularyItem.create({ data: { userId, key, headword: key } });
  await db.reviewCard.create({ data: { itemId: item.id, userId, ...newCard(at("2026-03-27T10:00:00Z")), due } });
  for (const [status, when] of changes) await setWordStatuses(db, userId, [key], status, at(when));
  return item;
}

async function review(userId: string, itemId: string, when: string, rating: number) {
  await db.reviewLog.create({
    data: {
      itemId,
      userId,
      rating,
      state: 2,
      due: at(when),
      stability: 3,
      difficulty: 5,
      stabilityAfter: 4,
      difficultyAfter: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      review: at(when),
    },
  });
}

/** A learner with four words over the last four days, and reviews yesterday. */
async function busyLearner(name: string) {
  const user = await learner(name);
  const huis = await word(user.id, "huis", at("2026-03-29T08:00:00Z"), [["learning", "2026-03-27T10:00:00Z"]]);
  await word(user.id, "fiets", at("2026-03-30T09:00:00Z"), [
    ["learning", "2026-03-27T10:00:00Z"],
    ["known", "2026-03-29T10:00:00Z"],
  ]);
  await word(user.id, "zelenski", at("2026-03-30T09:00:00Z"), [["ignored", "2026-03-28T10:00:00Z"]]);
  await word(user.id, "vrede", at("2026-04-06T09:00:00Z"), [["learning", "2026-03-27T11:00:00Z"]]);
  await review(user.id, huis.id, "2026-03-29T09:00:00Z", 3);
  await review(user.id, huis.id, "2026-03-29T09:01:00Z", 1);
  await review(user.id, huis.id, "2026-03-29T20:00:00Z", 4);
  // 03:30 on Monday on the learner's clock: still Sunday's review day, which ends at 04:00.
  await review(user.id, huis.id, "2026-03-30T01:30:00Z", 2);
  return user;
}

describe("vocabulary statistics", () => {
  it("counts words by status, due reviews and past reviews by the learner's days, and only their own", async () => {
    const anna = await busyLearner("anna");
    await busyLearner("bram");
    const stats = await vocabularyStats(anna, now);

    expect(stats.statuses).toEqual({ learning: 2, known: 1, ignored: 1 });
    expect(stats.statusHistory).toEqual([
      { day: "2026-03-27", learning: 3, known: 0, ignored: 0 },
      { day: "2026-03-28", learning: 3, known: 0, ignored: 1 },
      { day: "2026-03-29", learning: 2, known: 1, ignored: 1 },
      { day: "2026-03-30", learning: 2, known: 1, ignored: 1 },
    ]);

    // "huis" is overdue since Sunday: due today. "fiets" (known) and "zelenski" (ignored) are not reviewed.
    expect(stats.dueToday).toBe(1);
    expect(stats.dueForecast).toHaveLength(14);
    expect(stats.dueForecast[0]).toEqual({ day: "2026-03-30", due: 1 });
    expect(stats.dueForecast[7]).toEqual({ day: "2026-04-06", due: 1 });
    expect(stats.dueForecast.reduce((sum, day) => sum + day.due, 0)).toBe(2);

    expect(stats.reviewHistory).toHaveLength(30);
    expect(stats.reviewHistory.slice(-2)).toEqual([
      { day: "2026-03-29", reviews: 4, remembered: 3 },
      { day: "2026-03-30", reviews: 0, remembered: 0 },
    ]);
    expect(stats.retention).toBe(0.75);
    expect(hasNoStats(stats)).toBe(false);
  });

  it("follows the learner's own time zone and start of day", async () => {
    const anna = await busyLearner("anna");
    const late = await db.reviewLog.findFirstOrThrow({ where: { userId: anna.id, rating: 2 } });
    const lastTwoDays = async () =>
      (await vocabularyStats(anna, now)).reviewHistory.slice(-2).map((day) => day.reviews);
    // 05:00 on Monday in Amsterdam, but 23:00 on Sunday in New York.
    await db.reviewLog.update({ where: { id: late.id }, data: { review: at("2026-03-30T03:00:00Z") } });
    expect(await lastTwoDays()).toEqual([3, 1]);

    await db.learnerSettings.create({ data: { userId: anna.id, timeZone: "America/New_York", dayStartHour: 0 } });
    expect((await vocabularyStats(anna, now)).days).toEqual({ timeZone: "America/New_York", dayStartHour: 0 });
    expect(await lastTwoDays()).toEqual([4, 0]);
    // 00:30 on Monday in New York.
    await db.reviewLog.update({ where: { id: late.id }, data: { review: at("2026-03-30T04:30:00Z") } });
    expect(await lastTwoDays()).toEqual([3, 1]);
  });

  it("shows a word saved in the reader at once, and drops its reviews from the forecast when it becomes known", async () => {
    const anna = await learner("anna");
    const lesson = await createAlignedLesson({
      paragraphs: [
        {
          kind: "paragraph",
          language: "nl",
          translationSource: "human",
          pairs: [{ source: "De vrede is broos.", translation: "The peace is fragile." }],
        },
      ],
    });
    const saved = await saveVocabulary(anna, {
      lessonId: lesson.id,
      paragraphId: lesson.paragraphs[0]!.id,
      sentencePosition: 0,
      form: "vrede",
      wordOffset: 3,
    });
    const stats = await vocabularyStats(anna);
    expect(stats.statuses.learning).toBe(1);
    expect(stats.statusHistory).toHaveLength(1);
    expect(stats.statusHistory[0]).toMatchObject({ learning: 1, known: 0 });
    expect(stats.dueToday).toBe(1);

    await setWordStatuses(db, anna.id, [saved.key], "known");
    const after = await vocabularyStats(anna);
    expect(after.statusHistory.at(-1)).toMatchObject({ learning: 0, known: 1 });
    expect(after.dueToday).toBe(0);
  });

  it("has nothing to show a learner who has not started", async () => {
    const stats = await vocabularyStats(await learner("anna"), now);
    expect(hasNoStats(stats)).toBe(true);
    expect(stats.statusHistory).toEqual([]);
    expect(stats.dueForecast.every((day) => day.due === 0)).toBe(true);
    expect(stats.retention).toBeNull();
  });
});

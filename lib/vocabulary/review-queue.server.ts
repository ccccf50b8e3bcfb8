import "server-only";
import { reviewCardView, type ReviewQueue } from "./review-card-view";
import { nextReviewAt, remainingToday, todaysWindow } from "./review-limits";
import { cardFromRow } from "./review-card-row";
import { doneSince, dueCards, QUEUE_SIZE, sentencesOf, waitingCards } from "./review-queue-queries.server";
import { learnerSettings } from "./learner-settings.server";

/**
 * What the learner may review now, at most QUEUE_SIZE cards, with the day's counts; when nothing is due, when the
 * next card is. Daily limits count the grades since the start of the learner's day on their clock.
 */
export async function reviewQueue(userId: string, now = new Date()): Promise<ReviewQueue> {
  const settings = await learnerSettings(userId);
  const { countFrom, reviewsDueBefore } = todaysWindow(now, settings);
  const allowance = remainingToday(settings, await doneSince(userId, countFrom));
  const due = await dueCards(userId, now, reviewsDueBefore, allowance);
  const rows = due.rows.slice(0, QUEUE_SIZE);
  const sentences = await sentencesOf(rows);
  const cards = rows.map((row) =>
    reviewCardView(
      {
        itemId: row.itemId,
        headword: row.headword,
        english: row.english,
        note: row.note,
        sentence: sentences.get(row.itemId) ?? null,
      },
      cardFromRow(row),
      settings.productionReview,
      now,
    ),
  );
  let nextAt: Date | null = null;
  if (cards.length === 0) {
    nextAt = nextReviewAt(now, await waitingCards(userId, now, reviewsDueBefore, allowance), settings);
  }
  return {
    cards,
    left: due.found,
    nextAt: nextAt?.getTime() ?? null,
    now: now.getTime(),
    timeZone: settings.timeZone,
  };
}

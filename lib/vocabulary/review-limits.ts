import { reviewDay, type ReviewDaySettings } from "./review-day";

/** The learner's daily limits (LearnerSettings). */
export interface DailyLimits {
  newCardsPerDay: number;
  reviewsPerDay: number;
}

/** Grades given since the start of the learner's day: new cards introduced (graded from state new), reviews done. */
export interface DoneToday {
  newCards: number;
  reviews: number;
}

/** What the queue may still show today. Learning and relearning cards have no limit: they finish what was begun. */
export interface Allowance {
  newCards: number;
  reviews: number;
}

/**
 * The instants the daily limits turn on: grades given since `countFrom` count against today's limits, and review
 * cards due before `reviewsDueBefore` are due today (also later this day: a day's reviews can be done in the morning).
 * Both follow the learner's clock, not UTC.
 *
 * todaysWindow(2027-01-31T02:30Z, Amsterdam, day starts at 4) → countFrom 2027-01-30T03:00Z (03:30 local is still
 * the 30th), reviewsDueBefore 2027-01-31T03:00Z.
 */
export function todaysWindow(now: Date, settings: ReviewDaySettings): { countFrom: Date; reviewsDueBefore: Date } {
  const day = reviewDay(now, settings);
  return { countFrom: day.start, reviewsDueBefore: day.end };
}

/** New cards and reviews still allowed today; never below zero when a limit was lowered after the day's grades. */
export function remainingToday(limits: DailyLimits, done: DoneToday): Allowance {
  return {
    newCards: Math.max(0, limits.newCardsPerDay - done.newCards),
    reviews: Math.max(0, limits.reviewsPerDay - done.reviews),
  };
}

/** What waits when nothing is due now (each null or false when there is none). */
export interface Waiting {
  /** The earliest due of a learning or relearning card due later than now. */
  learningDue: Date | null;
  /** The earliest due of a review card due after today. */
  reviewDue: Date | null;
  /** New cards, or reviews due today, held back by a daily limit that was reached. */
  heldByLimit: boolean;
}

/**
 * When the next card can be reviewed, or null when nothing is waiting: a learning card at its due; a review card
 * at the start of the learner's day it falls in; cards held back by a limit at the start of tomorrow.
 *
 * nextReviewAt(now 2027-01-31T12:00Z, { reviewDue: 2027-02-01T10:00Z }, Amsterdam, 4) → 2027-02-01T03:00Z
 */
export function nextReviewAt(now: Date, waiting: Waiting, settings: ReviewDaySettings): Date | null {
  const candidates: Date[] = [];
  if (waiting.learningDue) candidates.push(waiting.learningDue);
  if (waiting.reviewDue) candidates.push(reviewDay(waiting.reviewDue, settings).start);
  if (waiting.heldByLimit) candidates.push(reviewDay(now, settings).end);
  if (candidates.length === 0) return null;
  return new Date(Math.min(...candidates.map((date) => date.getTime())));
}

import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
  type ReviewLog,
} from "ts-fsrs";

/** A card's scheduling state as the database keeps it (ts-fsrs's Card, in the app's names). */
export interface CardFields {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: Date | null;
}

/**
 * One grade as the review log keeps it: ts-fsrs's log (the card's state, due date, stability and difficulty before
 * the grade, which its rollback needs), and the stability and difficulty after it, for fitting weights per learner.
 */
export interface LogFields {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  stabilityAfter: number;
  difficultyAfter: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

/** Again, Hard, Good, Easy: the keys 1–4 of the review screen. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
export type ReviewGrade = (typeof GRADES)[number];

// FSRS-6 with its default weights. Learning steps stay under a day (ts-fsrs counts days between UTC dates, so a
// step that crossed a day would depend on the time zone); weights fitted per learner can replace these later.
const scheduler = fsrs(generatorParameters({ learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));

function toCard(fields: CardFields): Card {
  return {
    due: fields.due,
    stability: fields.stability,
    difficulty: fields.difficulty,
    elapsed_days: fields.elapsedDays,
    scheduled_days: fields.scheduledDays,
    learning_steps: fields.learningSteps,
    reps: fields.reps,
    lapses: fields.lapses,
    state: fields.state,
    ...(fields.lastReview ? { last_review: fields.lastReview } : {}),
  };
}

function fromCard(card: Card): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function fromLog(log: ReviewLog, after: Card): LogFields {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    stabilityAfter: after.stability,
    difficultyAfter: after.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  };
}

/** The card of a word saved at `now`: new, due at once. */
export function newCard(now: Date): CardFields {
  return fromCard(createEmptyCard(now));
}

/** The card after a grade given at `now`, and the log line to append. */
export function gradeCard(card: CardFields, grade: ReviewGrade, now: Date): { card: CardFields; log: LogFields } {
  const next = scheduler.next(toCard(card), now, grade as Grade);
  return { card: fromCard(next.card), log: fromLog(next.log, next.card) };
}

/**
 * The card as it was before the grade that `log` records (undo of the last grade, by ts-fsrs's rollback), due again
 * at the moment it was graded, so the review screen shows it again.
 */
export function undoGrade(card: CardFields, log: LogFields): CardFields {
  return fromCard(
    scheduler.rollback(toCard(card), {
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsed_days: log.elapsedDays,
      last_elapsed_days: log.lastElapsedDays,
      scheduled_days: log.scheduledDays,
      learning_steps: log.learningSteps,
      review: log.review,
    }),
  );
}

/** When the card would next be due after each grade given at `now` (shown on the grade buttons). */
export function dueAfterEachGrade(card: CardFields, now: Date): Record<ReviewGrade, Date> {
  const preview = scheduler.repeat(toCard(card), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  };
}

/** How likely the learner is to remember the word at `now`, 0–1; 0 for a card never reviewed (nothing is known). */
export function retrievability(card: CardFields, now: Date): number {
  return recall(card.state, card.stability, card.lastReview?.getTime() ?? null, now.getTime());
}

/**
 * retrievability from the three fields it depends on, without building a card: the reader asks it for every
 * learning word of a page on each view. The same arithmetic as ts-fsrs's get_retrievability (whole days since the
 * last review, the scheduler's forgetting curve). Times are epoch milliseconds: under Next, `new Date(x)` goes
 * through the framework's Date wrapper, which cost more than the arithmetic for a page's words.
 */
export function recall(state: number, stability: number, lastReviewMs: number | null, nowMs: number): number {
  if (lastReviewMs === null || Number.isNaN(lastReviewMs) || state === State.New) return 0;
  const days = Math.max(Math.floor((nowMs - lastReviewMs) / 86_400_000), 0);
  return scheduler.forgetting_curve(days, +stability.toFixed(8));
}

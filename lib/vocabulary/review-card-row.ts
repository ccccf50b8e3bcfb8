import type { CardFields } from "./review-scheduler";

/**
 * A ReviewCard row as raw SQL returns it: the card's fields, with its dates as SQLite's stored ISO text or as
 * PostgreSQL's Date.
 */
export type ReviewCardRow = Omit<CardFields, "due" | "lastReview"> & {
  due: string | Date;
  lastReview: string | Date | null;
};

/** The scheduling wrapper's card of a raw ReviewCard row. */
export function cardFromRow(row: ReviewCardRow): CardFields {
  return {
    due: new Date(row.due),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    state: Number(row.state),
    lastReview: row.lastReview === null ? null : new Date(row.lastReview),
  };
}

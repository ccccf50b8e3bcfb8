import type { CardFields } from "./review-scheduler";

/** A ReviewCard row as raw SQL returns it: dates as the stored ISO text, numbers possibly as bigint. */
export interface ReviewCardRow {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
}

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

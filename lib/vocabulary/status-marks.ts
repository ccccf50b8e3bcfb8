import type { WordStatus } from "./word-status";

/**
 * How the reader marks a word: new words lightly, learning words in three strengths by how well FSRS says they
 * are held now (never reviewed or recall < 70 % → 1, < 90 % → 2, else 3), known and ignored words not at all.
 */
export const STATUS_MARKS = ["new", "learning-1", "learning-2", "learning-3", "known", "ignored"] as const;
export type StatusMark = (typeof STATUS_MARKS)[number];

/** `held`: FSRS recall of the word now, 0–1 (see `recall` in review-scheduler.ts); only learning words use it. */
export function statusMark(status: WordStatus, held: number): StatusMark {
  if (status !== "learning") return status;
  return held >= 0.9 ? "learning-3" : held >= 0.7 ? "learning-2" : "learning-1";
}

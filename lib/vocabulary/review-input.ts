import { z } from "zod";
import { REVIEW_DIRECTIONS } from "./review-direction";
import { GRADES } from "./review-scheduler";
import { vocabularyItemId } from "./vocabulary-input";

/**
 * A grade as the review screen sends it: 1–4 (Again … Easy), the direction the card was asked in, and the review
 * count of the card the learner saw (a second submit of the same grade then finds it changed and grades nothing).
 */
export const gradeReviewInput = z.object({
  itemId: vocabularyItemId,
  grade: z
    .number()
    .int()
    .min(1)
    .max(GRADES.length)
    .transform((grade) => GRADES[grade - 1]!),
  direction: z.enum(REVIEW_DIRECTIONS),
  reps: z.number().int().min(0).max(1_000_000),
});

export type GradeReviewInput = z.output<typeof gradeReviewInput>;

"use server";

import { requireUser } from "@/lib/auth/current-user.server";
import { gradeReview } from "@/lib/vocabulary/grade-review.server";
import type { GradeOutcome, ReviewQueue } from "@/lib/vocabulary/review-card-view";
import { gradeReviewInput } from "@/lib/vocabulary/review-input";
import { reviewQueue } from "@/lib/vocabulary/review-queue.server";
import { undoReview } from "@/lib/vocabulary/undo-review.server";
import { vocabularyItemId } from "@/lib/vocabulary/vocabulary-input";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** The caller's cards to review now and the day's counts; the review screen asks when its cards run low. */
export async function reviewQueueAction(): Promise<ActionResult<ReviewQueue>> {
  return runAction(async () => reviewQueue((await requireUser()).id));
}

/** Grades one of the caller's cards ({ itemId, grade 1–4, direction, reps as seen }); a repeat grades nothing. */
export async function gradeReviewAction(input: unknown): Promise<ActionResult<GradeOutcome>> {
  return runAction(async () => {
    const user = await requireUser();
    return gradeReview(user, parseInput(gradeReviewInput, input));
  });
}

/** Undoes the caller's latest grade, when it was of this item. */
export async function undoReviewAction(itemId: unknown): Promise<ActionResult<{ reps: number }>> {
  return runAction(async () => {
    const user = await requireUser();
    return undoReview(user, parseInput(vocabularyItemId, itemId));
  });
}

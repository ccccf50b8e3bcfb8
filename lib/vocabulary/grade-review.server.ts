import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { cardKind, type GradeOutcome } from "./review-card-view";
import type { GradeReviewInput } from "./review-input";
import { gradeCard, type CardFields } from "./review-scheduler";

function outcomeOf(card: CardFields, graded: boolean): GradeOutcome {
  return { graded, reps: card.reps, kind: cardKind(card.state), due: card.due.getTime() };
}

/**
 * Grades one of the learner's cards and appends the review log. A grade for a card whose review count is no longer
 * the one the learner saw (a double key press, or another tab) changes nothing and returns the card as it is; the
 * count is checked again in the update itself, so two submits racing each other grade once.
 */
export async function gradeReview(user: CurrentUser, input: GradeReviewInput, now = new Date()): Promise<GradeOutcome> {
  return db.$transaction(async (tx) => {
    const card = await tx.reviewCard.findFirst({ where: { itemId: input.itemId, userId: user.id } });
    if (!card) throw new AppError("not-found");
    if (card.reps !== input.reps) return outcomeOf(card, false);
    const next = gradeCard(card, input.grade, now);
    const updated = await tx.reviewCard.updateMany({
      where: { itemId: input.itemId, userId: user.id, reps: input.reps },
      data: next.card,
    });
    if (updated.count === 0) return outcomeOf(card, false);
    await tx.reviewLog.create({
      data: { itemId: input.itemId, userId: user.id, direction: input.direction, ...next.log },
    });
    return outcomeOf(next.card, true);
  });
}

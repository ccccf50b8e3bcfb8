import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { undoGrade } from "./review-scheduler";

/**
 * Undoes the learner's latest grade, which must be of this item ("nothing-to-undo" otherwise, so an undo never
 * reaches past a later grade of another card): the card goes back by ts-fsrs's rollback and the log line is deleted,
 * so the day's counts go back too. Repeated, it walks back through the learner's grades one by one.
 */
export async function undoReview(user: CurrentUser, itemId: string): Promise<{ reps: number }> {
  return db.$transaction(async (tx) => {
    const card = await tx.reviewCard.findFirst({ where: { itemId, userId: user.id } });
    if (!card) throw new AppError("not-found");
    const last = await tx.reviewLog.findFirst({
      where: { userId: user.id },
      orderBy: [{ review: "desc" }, { id: "desc" }],
    });
    if (!last || last.itemId !== itemId) throw new AppError("nothing-to-undo");
    const restored = undoGrade(card, last);
    await tx.reviewCard.update({ where: { itemId }, data: restored });
    await tx.reviewLog.delete({ where: { id: last.id } });
    return { reps: restored.reps };
  });
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { DELETED_VOCABULARY_KEPT_MS, vocabularySnapshot } from "./deleted-vocabulary";
import { restoreWordStatuses } from "./word-statuses.server";

/**
 * Undoes a deletion: puts the item back from the user's own snapshot (another user's, a purged or an older one is
 * not found) with its ids and dates, its sentences, card, review logs and the word's status, then drops the
 * snapshot so that it is restored once. A sentence whose lesson has been deleted since comes back without its
 * lesson, as it would have stayed. When the word has been saved again in the meantime there is nothing to undo:
 * the new item stands.
 */
export async function restoreDeletedVocabulary(
  user: CurrentUser,
  snapshotId: string,
  now = new Date(),
): Promise<{ headword: string }> {
  return db.$transaction(async (tx) => {
    const row = await tx.deletedVocabulary.findFirst({
      where: {
        id: snapshotId,
        userId: user.id,
        deletedAt: { gte: new Date(now.getTime() - DELETED_VOCABULARY_KEPT_MS) },
      },
      select: { snapshot: true },
    });
    if (!row) throw new AppError("not-found");
    const { item, contexts, card, logs, status } = vocabularySnapshot.parse(JSON.parse(row.snapshot));
    const savedAgain = await tx.vocabularyItem.findUnique({
      where: { userId_key: { userId: user.id, key: item.key } },
      select: { id: true },
    });
    if (savedAgain) throw new AppError("nothing-to-undo");

    const lessonIds = [...new Set(contexts.flatMap((context) => (context.lessonId ? [context.lessonId] : [])))];
    const lessons = await tx.lesson.findMany({ where: { id: { in: lessonIds } }, select: { id: true } });
    const remaining = new Set(lessons.map((lesson) => lesson.id));

    await tx.vocabularyItem.create({ data: { ...item, userId: user.id } });
    await tx.vocabularyContext.createMany({
      data: contexts.map((context) => ({
        ...context,
        itemId: item.id,
        lessonId: context.lessonId && remaining.has(context.lessonId) ? context.lessonId : null,
      })),
    });
    if (card) await tx.reviewCard.create({ data: { ...card, itemId: item.id, userId: user.id } });
    await tx.reviewLog.createMany({ data: logs.map((log) => ({ ...log, itemId: item.id, userId: user.id })) });
    await restoreWordStatuses(tx, user.id, new Map([[item.key, status]]), now);
    await tx.deletedVocabulary.delete({ where: { id: snapshotId } });
    return { headword: item.headword };
  });
}

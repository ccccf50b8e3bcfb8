import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { DELETED_VOCABULARY_KEPT_MS, type DeletedVocabulary, type VocabularySnapshot } from "./deleted-vocabulary";
import type { WordStatus } from "./word-status";
import { restoreWordStatuses, setWordStatuses, wordStatuses } from "./word-statuses.server";

/**
 * Deletes one of the user's own items, keeping a snapshot of it (see vocabularySnapshot) for undo; another user's
 * item is reported as not found. A word that was being learnt goes back to new (known and ignored stay: the learner
 * still knows, or still ignores, the word). Writing a snapshot purges those older than DELETED_VOCABULARY_KEPT_MS,
 * everyone's, so the table holds at most a day of deletions.
 */
export async function deleteVocabularyItem(
  user: CurrentUser,
  itemId: string,
  now = new Date(),
): Promise<DeletedVocabulary> {
  return db.$transaction(async (tx) => {
    const item = await tx.vocabularyItem.findFirst({
      where: { id: itemId, userId: user.id },
      select: {
        id: true,
        key: true,
        headword: true,
        english: true,
        note: true,
        createdAt: true,
        updatedAt: true,
        contexts: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            lessonId: true,
            form: true,
            sentence: true,
            english: true,
            paragraphId: true,
            sentencePosition: true,
            createdAt: true,
          },
        },
        card: { omit: { itemId: true, userId: true } },
        logs: { orderBy: [{ review: "asc" }, { id: "asc" }], omit: { itemId: true, userId: true } },
      },
    });
    if (!item) throw new AppError("not-found");
    const { contexts, card, logs, ...fields } = item;
    const status = (await wordStatuses(tx, user.id, [item.key])).get(item.key) ?? "new";
    const snapshot: VocabularySnapshot = { item: fields, contexts, card, logs, status };
    await tx.deletedVocabulary.deleteMany({
      where: { deletedAt: { lt: new Date(now.getTime() - DELETED_VOCABULARY_KEPT_MS) } },
    });
    const { id: snapshotId } = await tx.deletedVocabulary.create({
      data: { userId: user.id, snapshot: JSON.stringify(snapshot), deletedAt: now },
      select: { id: true },
    });
    await tx.vocabularyItem.delete({ where: { id: item.id } });
    if (status === "learning") await setWordStatuses(tx, user.id, [item.key], "new", now);
    return { snapshotId, headword: item.headword };
  });
}

/**
 * Undoes a save: removes the item if that save created it, otherwise only the sentence it added; the word gets back
 * the status it had before the save.
 */
export async function undoSaveVocabulary(
  user: CurrentUser,
  saved: {
    itemId: string;
    contextId: string;
    itemCreated: boolean;
    contextCreated: boolean;
    previousStatus: WordStatus;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.vocabularyItem.findFirst({
      where: { id: saved.itemId, userId: user.id },
      select: { key: true },
    });
    if (!item) throw new AppError("not-found");
    if (saved.itemCreated) {
      await tx.vocabularyItem.delete({ where: { id: saved.itemId } });
    } else if (saved.contextCreated) {
      await tx.vocabularyContext.deleteMany({ where: { id: saved.contextId, itemId: saved.itemId } });
    }
    await restoreWordStatuses(tx, user.id, new Map([[item.key, saved.previousStatus]]));
  });
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import type { WordStatus } from "./word-status";
import { restoreWordStatuses, setWordStatuses } from "./word-statuses.server";

/**
 * Deletes one of the user's own items; another user's item is reported as not found. A word that was being learnt
 * goes back to new (known and ignored stay: the learner still knows, or still ignores, the word).
 */
export async function deleteVocabularyItem(user: CurrentUser, itemId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.vocabularyItem.findFirst({ where: { id: itemId, userId: user.id }, select: { key: true } });
    if (!item) throw new AppError("not-found");
    await tx.vocabularyItem.delete({ where: { id: itemId } });
    const status = await tx.wordStatus.findUnique({ where: { userId_key: { userId: user.id, key: item.key } } });
    if (status?.status === "learning") await setWordStatuses(tx, user.id, [item.key], "new");
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

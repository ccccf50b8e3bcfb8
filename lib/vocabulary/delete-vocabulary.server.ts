import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";

/** Deletes one of the user's own items; another user's item is reported as not found. */
export async function deleteVocabularyItem(user: CurrentUser, itemId: string): Promise<void> {
  const { count } = await db.vocabularyItem.deleteMany({ where: { id: itemId, userId: user.id } });
  if (count === 0) throw new AppError("not-found");
}

/** Undoes a save: removes the item if that save created it, otherwise only the sentence it added. */
export async function undoSaveVocabulary(
  user: CurrentUser,
  saved: { itemId: string; contextId: string; itemCreated: boolean; contextCreated: boolean },
): Promise<void> {
  if (saved.itemCreated) return deleteVocabularyItem(user, saved.itemId);
  if (!saved.contextCreated) return;
  const { count } = await db.vocabularyContext.deleteMany({
    where: { id: saved.contextId, itemId: saved.itemId, item: { userId: user.id } },
  });
  if (count === 0) throw new AppError("not-found");
}

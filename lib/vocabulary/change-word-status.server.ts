import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import type { WordStatus } from "./word-status";
import { restoreWordStatuses, setWordStatuses } from "./word-statuses.server";

/**
 * Sets the learner's status of one lemma key from the word card (K known, I ignored, or back to new). "Learning"
 * needs a saved word (its card is what is learnt): for a word not yet saved the reader saves it instead, so here it
 * is refused unless the learner has the item. Returns the status before, for undo.
 */
export async function changeWordStatus(user: CurrentUser, key: string, status: WordStatus): Promise<WordStatus> {
  return db.$transaction(async (tx) => {
    if (status === "learning") {
      const item = await tx.vocabularyItem.findUnique({
        where: { userId_key: { userId: user.id, key } },
        select: { id: true },
      });
      if (!item) throw new AppError("invalid-input");
    }
    return (await setWordStatuses(tx, user.id, [key], status)).get(key) ?? status;
  });
}

/** Undo of changeWordStatus: the key gets back the status it had. */
export async function undoWordStatus(user: CurrentUser, key: string, previous: WordStatus): Promise<void> {
  if (previous === "learning") {
    const item = await db.vocabularyItem.findUnique({
      where: { userId_key: { userId: user.id, key } },
      select: { id: true },
    });
    if (!item) throw new AppError("not-found");
  }
  await db.$transaction((tx) => restoreWordStatuses(tx, user.id, new Map([[key, previous]])));
}

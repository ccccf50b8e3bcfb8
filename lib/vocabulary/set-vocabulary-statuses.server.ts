import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { AppError } from "@/lib/errors/app-error";
import type { ListStatus } from "./list-status";
import { newCard } from "./review-scheduler";
import { MAX_BULK_ITEMS } from "./vocabulary-list-input";
import type { WordStatus } from "./word-status";
import { restoreWordStatuses, setWordStatuses } from "./word-statuses.server";

/** An item's status before a change, for its undo. */
export interface PreviousStatus {
  itemId: string;
  status: WordStatus;
}

/** The keys of the user's items `itemIds`; when any is not theirs (or gone), nothing is done: not found. */
async function keysOfOwnItems(tx: Prisma.TransactionClient, user: CurrentUser, itemIds: readonly string[]) {
  const ids = [...new Set(itemIds)];
  if (ids.length > MAX_BULK_ITEMS) throw new AppError("invalid-input");
  const items = await tx.vocabularyItem.findMany({
    where: { id: { in: ids }, userId: user.id },
    select: { id: true, key: true, card: { select: { itemId: true } } },
  });
  if (items.length !== ids.length) throw new AppError("not-found");
  return items;
}

/**
 * Sets the status of several of the user's own items at once (the list's bulk action) and returns the statuses
 * that changed, for undo. "learning" keeps the card each item has, so its review history and schedule carry on
 * (an item that came without a card, such as an imported one, gets a new one, or it would never be asked); known
 * and ignored keep the card too, but the review queue only asks learning words.
 */
export async function setVocabularyStatuses(
  user: CurrentUser,
  itemIds: readonly string[],
  status: ListStatus,
  now = new Date(),
): Promise<PreviousStatus[]> {
  if (itemIds.length === 0) return [];
  return db.$transaction(async (tx) => {
    const items = await keysOfOwnItems(tx, user, itemIds);
    const changed = await setWordStatuses(
      tx,
      user.id,
      items.map((item) => item.key),
      status,
      now,
    );
    if (status === "learning") {
      const withoutCard = items.filter((item) => !item.card);
      await tx.reviewCard.createMany({
        data: withoutCard.map((item) => ({ itemId: item.id, userId: user.id, ...newCard(now) })),
      });
    }
    return items.flatMap((item) => {
      const previous = changed.get(item.key);
      return previous ? [{ itemId: item.id, status: previous }] : [];
    });
  });
}

/** Undoes a bulk change: the user's own items get back the statuses they had (another user's item: not found). */
export async function restoreVocabularyStatuses(
  user: CurrentUser,
  previous: readonly PreviousStatus[],
  now = new Date(),
): Promise<void> {
  if (previous.length === 0) return;
  await db.$transaction(async (tx) => {
    const items = await keysOfOwnItems(
      tx,
      user,
      previous.map((entry) => entry.itemId),
    );
    const keyOf = new Map(items.map((item) => [item.id, item.key]));
    await restoreWordStatuses(
      tx,
      user.id,
      new Map(previous.map((entry) => [keyOf.get(entry.itemId)!, entry.status])),
      now,
    );
  });
}

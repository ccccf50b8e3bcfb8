"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user.server";
import type { DeletedVocabulary } from "@/lib/vocabulary/deleted-vocabulary";
import { deleteVocabularyItem } from "@/lib/vocabulary/delete-vocabulary.server";
import { restoreDeletedVocabulary } from "@/lib/vocabulary/restore-deleted-vocabulary.server";
import {
  restoreVocabularyStatuses,
  setVocabularyStatuses,
  type PreviousStatus,
} from "@/lib/vocabulary/set-vocabulary-statuses.server";
import { vocabularyItemId } from "@/lib/vocabulary/vocabulary-input";
import { deletedVocabularyId, statusChangeInput, statusRestoreInput } from "@/lib/vocabulary/vocabulary-list-input";
import type { ListStatus } from "@/lib/vocabulary/list-status";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** What a bulk status change did: how many items it was asked for, and the statuses before, for its undo. */
export interface StatusChange {
  status: ListStatus;
  count: number;
  previous: PreviousStatus[];
}

/** State of the list's bulk form: the last change, or why it failed. */
export type StatusChangeState = ActionResult<StatusChange> | null;

const refreshList = () => revalidatePath("/[lng]/vocabulary", "page");

export async function deleteVocabularyAction(itemId: unknown): Promise<ActionResult<DeletedVocabulary>> {
  return runAction(async () => {
    const user = await requireUser();
    const deleted = await deleteVocabularyItem(user, parseInput(vocabularyItemId, itemId));
    refreshList();
    return deleted;
  });
}

export async function undoDeleteVocabularyAction(snapshotId: unknown): Promise<ActionResult<{ headword: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const restored = await restoreDeletedVocabulary(user, parseInput(deletedVocabularyId, snapshotId));
    refreshList();
    return restored;
  });
}

/** The bulk form: ticked `item` checkboxes and the pressed button's `status`. Works without JavaScript too. */
export async function setVocabularyStatusAction(
  _state: StatusChangeState,
  formData: FormData,
): Promise<StatusChangeState> {
  return runAction(async () => {
    const user = await requireUser();
    const { itemIds, status } = parseInput(statusChangeInput, {
      itemIds: formData.getAll("item"),
      status: formData.get("status"),
    });
    const previous = await setVocabularyStatuses(user, itemIds, status);
    refreshList();
    return { status, count: new Set(itemIds).size, previous };
  });
}

export async function undoVocabularyStatusAction(previous: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await restoreVocabularyStatuses(user, parseInput(statusRestoreInput, previous));
    refreshList();
    return null;
  });
}

import { z } from "zod";
import { vocabularyItemId } from "./vocabulary-input";
import { LIST_STATUSES } from "./list-status";
import { WORD_STATUSES } from "./word-status";

/** Most items one bulk change (or its undo) may name: four pages of the list. */
export const MAX_BULK_ITEMS = 200;

/** The list's bulk action: the ticked items (none is allowed, and changes nothing) and the status to give them. */
export const statusChangeInput = z.object({
  itemIds: z.array(vocabularyItemId).max(MAX_BULK_ITEMS),
  status: z.enum(LIST_STATUSES),
});

/** The undo of a bulk change: the statuses the items had, as the change returned them. */
export const statusRestoreInput = z
  .array(z.object({ itemId: vocabularyItemId, status: z.enum(WORD_STATUSES) }))
  .max(MAX_BULK_ITEMS);

/** The id of a deleted item's snapshot, for its undo. */
export const deletedVocabularyId = z.string().min(1).max(64);

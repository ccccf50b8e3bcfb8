"use client";

import { useTransition } from "react";
import { deleteVocabularyAction, undoDeleteVocabularyAction } from "@/app/actions/vocabulary-list";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { useVocabularyList } from "./vocabulary-list-context";

interface Props {
  itemId: string;
  headword: string;
  label: string;
  accessibleLabel: string;
}

/**
 * Deletes the item at once; the message that names the word takes the keyboard to its Undo, as the row (and this
 * button) are gone when the list refreshes. Undo puts the item back with its sentences, card, reviews and status.
 */
export function DeleteVocabularyButton({ itemId, headword, label, accessibleLabel }: Props) {
  const { strings, show } = useVocabularyList();
  const [pending, startTransition] = useTransition();
  const errorText = (code: string) => strings.errors[code] ?? strings.errors.unknown ?? "";

  const undo = (snapshotId: string) => async () => {
    const result = await undoDeleteVocabularyAction(snapshotId);
    return result.ok ? fillPlaceholders(strings.restored, { word: result.data.headword }) : errorText(result.error);
  };

  return (
    <button
      type="button"
      className="secondary"
      aria-label={accessibleLabel}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await deleteVocabularyAction(itemId);
          show(
            result.ok
              ? {
                  text: fillPlaceholders(strings.deleted, { word: headword }),
                  undo: undo(result.data.snapshotId),
                  focus: "undo",
                }
              : { text: errorText(result.error), focus: "none" },
          );
        })
      }
    >
      {label}
    </button>
  );
}

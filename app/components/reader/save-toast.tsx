"use client";

import type { SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import type { Toast } from "./use-vocabulary-saving";

/** Says what a save did, politely to screen readers, with an undo right there. */
export function SaveToast(props: { toast: Toast; undoLabel: string; onUndo: (saved: SavedVocabulary) => void }) {
  const { toast } = props;
  return (
    <div className="toast" role="status" aria-live="polite">
      {toast && (
        <>
          <span>{toast.message}</span>
          {toast.saved && (
            <button type="button" className="link-button" onClick={() => props.onUndo(toast.saved!)}>
              {props.undoLabel}
            </button>
          )}
        </>
      )}
    </div>
  );
}

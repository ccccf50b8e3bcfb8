"use client";

import { useState, useTransition } from "react";
import { deleteVocabularyAction } from "../actions/vocabulary";

export function DeleteVocabularyButton({
  itemId,
  label,
  accessibleLabel,
  errorMessage,
}: {
  itemId: string;
  label: string;
  accessibleLabel: string;
  errorMessage: string;
}) {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-label={accessibleLabel}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await deleteVocabularyAction(itemId);
            setFailed(!result.ok);
          })
        }
      >
        {label}
      </button>
      {failed && (
        <span role="alert" className="field-error">
          {errorMessage}
        </span>
      )}
    </>
  );
}

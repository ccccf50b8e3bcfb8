"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "../actions/action-result";

interface Props {
  /** A server action with its arguments bound on the server, e.g. `deleteVocabularyAction.bind(null, id)`. */
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  /** Where to go when the action succeeds; by default the page is refreshed. */
  successHref?: string;
  className?: string;
  accessibleLabel: string;
  /** Messages by error code. */
  errors: Record<string, string>;
}

/** A button that runs one server action, disables itself while it runs, and refreshes (or moves on) on success. */
export function ActionButton({ action, label, accessibleLabel, errors, successHref, className }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <>
      <button
        type="button"
        className={className ?? "secondary"}
        aria-label={accessibleLabel}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            setError(result.ok ? null : (errors[result.error] ?? errors.unknown ?? ""));
            if (result.ok) {
              if (successHref) router.push(successHref);
              else router.refresh();
            }
          })
        }
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

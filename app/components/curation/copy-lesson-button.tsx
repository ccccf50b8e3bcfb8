"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/app/actions/action-result";

interface Props {
  /** copyLessonAction with the lesson's id bound on the server. */
  action: () => Promise<ActionResult<string>>;
  /** The address of the copy's page, "{id}" standing for its id. */
  copyHref: string;
  label: string;
  pending: string;
  errors: Record<string, string>;
}

/** Copies the lesson and opens the copy, the teacher's own private lesson. */
export function CopyLessonButton({ action, copyHref, label, pending: pendingLabel, errors }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <div className="form-actions">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            if (result.ok) router.push(copyHref.replace("{id}", result.data));
            else setError(errors[result.error] ?? errors.unknown ?? "");
          })
        }
      >
        {pending ? pendingLabel : label}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

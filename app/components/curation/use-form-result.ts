"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { CurationFormState } from "@/app/actions/curation";

/** Refreshes the page's server data once a form's action succeeded, so lists and reader links show the change. */
export function useRefreshOnSuccess(state: CurationFormState<unknown>): void {
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
}

/** The form-level message of a failed action (field problems are shown beside their fields). */
export function formError(state: CurationFormState<unknown>, errors: Record<string, string>): string | null {
  if (!state || state.ok || state.fields) return null;
  return errors[state.error] ?? errors.unknown ?? null;
}

/** The message for a field, when the last submission found it wrong. */
export function fieldError(
  state: CurationFormState<unknown>,
  name: string,
  fieldErrors: Record<string, string>,
  errors: Record<string, string>,
): string | null {
  const key = state && !state.ok ? state.fields?.[name] : undefined;
  return key ? (fieldErrors[key] ?? errors["invalid-input"] ?? null) : null;
}

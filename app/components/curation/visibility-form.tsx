"use client";

import { useActionState } from "react";
import type { CurationFormState } from "@/app/actions/curation";
import type { Visibility } from "@/lib/lesson-model/lesson-policy";
import { formError, useRefreshOnSuccess } from "./use-form-result";
import { FormActions } from "@/app/components/form-actions";

interface Props {
  action: (state: CurationFormState, formData: FormData) => Promise<CurationFormState>;
  current: Visibility;
  /** Only the choices this user may make (allowedVisibilities), with their labels. */
  choices: { value: Visibility; label: string }[];
  strings: { legend: string; submit: string; saved: string; errors: Record<string, string> };
}

/** Who can read the lesson: a radio group of the allowed visibilities. */
export function VisibilityForm({ action, current, choices, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  useRefreshOnSuccess(state);
  const message = formError(state, strings.errors);
  return (
    <form action={formAction} className="lesson-form">
      <fieldset>
        <legend>{strings.legend}</legend>
        {choices.map((choice) => (
          <div key={choice.value} className="choice">
            <input
              type="radio"
              id={`visibility-${choice.value}`}
              name="visibility"
              value={choice.value}
              defaultChecked={choice.value === current}
            />
            <label htmlFor={`visibility-${choice.value}`}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
      <FormActions submit={strings.submit} pending={pending} success={state?.ok ? strings.saved : ""} error={message} />
    </form>
  );
}

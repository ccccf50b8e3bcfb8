"use client";

import { useActionState } from "react";
import type { CurationFormState } from "@/app/actions/curation";
import { TextField } from "@/app/components/text-field";
import { fieldError, formError, useRefreshOnSuccess } from "./use-form-result";
import { FormActions } from "@/app/components/form-actions";

export interface AssignFormStrings {
  classes: string;
  assigned: string;
  startsOn: string;
  startsOnHint: string;
  dueOn: string;
  dueOnHint: string;
  instruction: string;
  instructionHint: string;
  submit: string;
  saved: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  action: (state: CurationFormState, formData: FormData) => Promise<CurationFormState>;
  classes: { classId: string; label: string; assigned: boolean }[];
  strings: AssignFormStrings;
}

/** Gives the lesson to the ticked classes, with an optional start day, due day and instruction. */
export function AssignForm({ action, classes, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  useRefreshOnSuccess(state);
  const error = (name: string) => fieldError(state, name, strings.fieldErrors, strings.errors);
  const classError = error("classIds");
  const instructionError = error("instruction");
  const message = formError(state, strings.errors);
  return (
    <form action={formAction} className="lesson-form" noValidate>
      <fieldset aria-describedby={classError ? "assign-classes-error" : undefined}>
        <legend>{strings.classes}</legend>
        {classes.map((item) => (
          <div key={item.classId} className="choice">
            <input type="checkbox" id={`assign-${item.classId}`} name="classId" value={item.classId} />
            <label htmlFor={`assign-${item.classId}`}>
              {item.label}
              {item.assigned && ` · ${strings.assigned}`}
            </label>
          </div>
        ))}
        {classError && (
          <p id="assign-classes-error" className="field-error">
            {classError}
          </p>
        )}
      </fieldset>
      <TextField
        id="assign-starts"
        name="startsOn"
        type="date"
        label={strings.startsOn}
        hint={strings.startsOnHint}
        error={error("startsOn")}
      />
      <TextField
        id="assign-due"
        name="dueOn"
        type="date"
        label={strings.dueOn}
        hint={strings.dueOnHint}
        error={error("dueOn")}
      />
      <div className="field">
        <label htmlFor="assign-instruction">{strings.instruction}</label>
        <textarea
          id="assign-instruction"
          name="instruction"
          maxLength={500}
          className="short-text"
          aria-invalid={instructionError ? true : undefined}
          aria-describedby={["assign-instruction-hint", instructionError && "assign-instruction-error"]
            .filter(Boolean)
            .join(" ")}
        />
        <p id="assign-instruction-hint" className="hint">
          {strings.instructionHint}
        </p>
        {instructionError && (
          <p id="assign-instruction-error" className="field-error">
            {instructionError}
          </p>
        )}
      </div>
      <FormActions submit={strings.submit} pending={pending} success={state?.ok ? strings.saved : ""} error={message} />
    </form>
  );
}

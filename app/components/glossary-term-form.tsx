"use client";

import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import type { GlossaryFormState } from "../actions/glossary";
import { TextField } from "./text-field";
import { FormActions } from "@/app/components/form-actions";

export interface GlossaryFormStrings {
  term: string;
  english: string;
  note: string;
  variants: string;
  /** Shown under their fields in one form only (the form for adding a term), not repeated on every term. */
  hints?: { term: string; variants: string };
  submit: string;
  saved: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  idPrefix: string;
  action: (state: GlossaryFormState, formData: FormData) => Promise<GlossaryFormState>;
  strings: GlossaryFormStrings;
  initial?: { term: string; english: string; note: string; variants: string[] };
  /** Clears the form after a successful save (for adding terms). */
  resetOnSave?: boolean;
  /** The ids of the elements that name and describe this form (the term's heading and how often it is found). */
  labelledBy?: string;
  describedBy?: string;
}

/** Adds or edits one glossary term; field errors appear beside their fields, in the user's language. */
export function GlossaryTermForm(props: Props) {
  const { idPrefix, action, strings, initial, resetOnSave, labelledBy, describedBy } = props;
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();

  useEffect(() => {
    if (state?.ok) {
      if (resetOnSave) form.current?.reset();
      router.refresh();
    }
  }, [state, resetOnSave, router]);

  const fields = state && !state.ok ? (state.fields ?? {}) : {};
  const errorOf = (name: string) =>
    fields[name] ? (strings.fieldErrors[fields[name]] ?? strings.errors["invalid-input"]) : null;
  const field = (name: "term" | "english" | "variants", value: string, hint?: string, required = false) => (
    <TextField
      id={`${idPrefix}-${name}`}
      name={name}
      label={strings[name]}
      defaultValue={value}
      required={required}
      hint={hint}
      error={errorOf(name)}
    />
  );
  const noteId = `${idPrefix}-note`;
  const noteError = errorOf("note");

  const formError =
    state && !state.ok && !state.fields ? (strings.errors[state.error] ?? strings.errors.unknown) : null;
  return (
    <form
      ref={form}
      action={formAction}
      className="glossary-form"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      noValidate
    >
      <div className="glossary-fields">
        {field("term", initial?.term ?? "", strings.hints?.term, true)}
        {field("english", initial?.english ?? "", undefined, true)}
        {field("variants", initial?.variants.join(", ") ?? "", strings.hints?.variants)}
        <div className="field glossary-note">
          <label htmlFor={noteId}>{strings.note}</label>
          <textarea
            id={noteId}
            name="note"
            lang="en"
            rows={2}
            maxLength={300}
            defaultValue={initial?.note ?? ""}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${noteId}-error` : undefined}
          />
          {noteError && (
            <p id={`${noteId}-error`} className="field-error">
              {noteError}
            </p>
          )}
        </div>
      </div>
      <FormActions
        submit={strings.submit}
        pending={pending}
        success={state?.ok ? strings.saved : ""}
        error={formError}
      />
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import type { GlossaryFormState } from "../actions/glossary";
import { TextField } from "./text-field";
import { FormActions } from "@/app/components/form-actions";

export interface GlossaryFormStrings {
  term: string;
  termHint: string;
  english: string;
  note: string;
  variants: string;
  variantsHint: string;
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
}

/** Adds or edits one glossary term; field errors appear beside their fields, in the user's language. */
export function GlossaryTermForm({ idPrefix, action, strings, initial, resetOnSave }: Props) {
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
  const field = (name: "term" | "english" | "note" | "variants", value: string, hint?: string, required = false) => (
    <TextField
      id={`${idPrefix}-${name}`}
      name={name}
      label={strings[name]}
      defaultValue={value}
      required={required}
      hint={hint}
      error={fields[name] ? (strings.fieldErrors[fields[name]] ?? strings.errors["invalid-input"]) : null}
    />
  );

  const formError =
    state && !state.ok && !state.fields ? (strings.errors[state.error] ?? strings.errors.unknown) : null;
  return (
    <form ref={form} action={formAction} className="glossary-form" noValidate>
      <div className="glossary-fields">
        {field("term", initial?.term ?? "", strings.termHint, true)}
        {field("english", initial?.english ?? "", undefined, true)}
        {field("note", initial?.note ?? "")}
        {field("variants", initial?.variants.join(", ") ?? "", strings.variantsHint)}
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

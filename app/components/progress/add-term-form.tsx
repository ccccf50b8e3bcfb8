"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { GlossaryFormState } from "@/app/actions/glossary";
import { FormActions } from "@/app/components/form-actions";

export interface AddTermStrings {
  term: string;
  english: string;
  add: string;
  addLabel: string;
  added: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  idPrefix: string;
  action: (state: GlossaryFormState, formData: FormData) => Promise<GlossaryFormState>;
  suggestion: { term: string; english: string };
  strings: AddTermStrings;
}

/**
 * Adds a looked-up word to the lesson's glossary in one click, with the dictionary's lemma and first sense filled
 * in and editable first. The page refreshes on success, and the word is then marked as in the glossary.
 */
export function AddTermForm({ idPrefix, action, suggestion, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);

  const fields = state && !state.ok ? (state.fields ?? {}) : {};
  const fieldError = (name: "term" | "english") =>
    fields[name] ? (strings.fieldErrors[fields[name]] ?? strings.errors["invalid-input"]) : null;
  const formError =
    state && !state.ok && !state.fields ? (strings.errors[state.error] ?? strings.errors.unknown) : null;
  const input = (name: "term" | "english", label: string, value: string, lang: string) => {
    const error = fieldError(name);
    return (
      <div className="field">
        <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
        <input
          id={`${idPrefix}-${name}`}
          name={name}
          lang={lang}
          defaultValue={value}
          required
          maxLength={name === "term" ? 100 : 200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-${name}-error` : undefined}
        />
        {error && (
          <p id={`${idPrefix}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <form action={formAction} className="add-term-form" noValidate>
      {input("term", strings.term, suggestion.term, "nl")}
      {input("english", strings.english, suggestion.english, "en")}
      <FormActions
        submit={strings.add}
        submitLabel={strings.addLabel}
        pending={pending}
        success={state?.ok ? strings.added : ""}
        error={formError}
      />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { CurationFormState } from "@/app/actions/curation";
import type { ParagraphEditOutcome } from "@/lib/lessons/edit-paragraph-input";
import { fieldError, formError, useRefreshOnSuccess } from "./use-form-result";
import { FormActions } from "@/app/components/form-actions";

export interface ParagraphEditStrings {
  label: string;
  dutch: string;
  english: string;
  englishHint: string;
  original: string;
  submit: string;
  outcomes: Record<ParagraphEditOutcome, string>;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  action: (
    state: CurationFormState<ParagraphEditOutcome>,
    formData: FormData,
  ) => Promise<CurationFormState<ParagraphEditOutcome>>;
  paragraph: { id: string; language: string; sourceText: string; translationText: string | null };
  strings: ParagraphEditStrings;
}

/** One paragraph's Dutch and English, saved on their own (the paragraph is paired again on the server). */
export function ParagraphEditForm({ action, paragraph, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  useRefreshOnSuccess(state);
  const id = `paragraph-${paragraph.id}`;
  const isOriginal = paragraph.language !== "nl";
  const dutchError = fieldError(state, "dutch", strings.fieldErrors, strings.errors);
  const englishError = fieldError(state, "english", strings.fieldErrors, strings.errors);
  const message = formError(state, strings.errors);
  return (
    <form action={formAction} className="lesson-form paragraph-edit" aria-labelledby={`${id}-label`} noValidate>
      <h3 id={`${id}-label`}>{strings.label}</h3>
      <div className="glossary-fields">
        <div className="field">
          <label htmlFor={`${id}-dutch`}>{isOriginal ? strings.english : strings.dutch}</label>
          <textarea
            id={`${id}-dutch`}
            name="dutch"
            lang={isOriginal ? "en" : "nl"}
            defaultValue={paragraph.sourceText}
            aria-invalid={dutchError ? true : undefined}
            aria-describedby={dutchError ? `${id}-dutch-error` : undefined}
          />
          {dutchError && (
            <p id={`${id}-dutch-error`} className="field-error">
              {dutchError}
            </p>
          )}
        </div>
        {isOriginal ? (
          <p className="hint">{strings.original}</p>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-english`}>{strings.english}</label>
            <textarea
              id={`${id}-english`}
              name="english"
              lang="en"
              defaultValue={paragraph.translationText ?? ""}
              aria-invalid={englishError ? true : undefined}
              aria-describedby={[`${id}-english-hint`, englishError && `${id}-english-error`].filter(Boolean).join(" ")}
            />
            <p id={`${id}-english-hint`} className="hint">
              {strings.englishHint}
            </p>
            {englishError && (
              <p id={`${id}-english-error`} className="field-error">
                {englishError}
              </p>
            )}
          </div>
        )}
      </div>
      {isOriginal && <input type="hidden" name="english" value="" />}
      <FormActions
        submit={strings.submit}
        pending={pending}
        success={state?.ok ? strings.outcomes[state.data] : ""}
        error={message}
      />
    </form>
  );
}

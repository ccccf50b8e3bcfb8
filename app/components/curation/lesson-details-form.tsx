"use client";

import { useActionState } from "react";
import type { CurationFormState } from "@/app/actions/curation";
import { TextField } from "@/app/components/text-field";
import { fieldError, formError, useRefreshOnSuccess } from "./use-form-result";
import { FormActions } from "@/app/components/form-actions";

export interface LessonDetailsStrings {
  title: string;
  titleEnglish: string;
  summary: string;
  level: string;
  submit: string;
  saved: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  action: (state: CurationFormState, formData: FormData) => Promise<CurationFormState>;
  initial: { title: string; titleEnglish: string; summary: string; level: string };
  levels: readonly string[];
  strings: LessonDetailsStrings;
}

/** The owner's form for a lesson's title, English title, summary and level. */
export function LessonDetailsForm({ action, initial, levels, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  useRefreshOnSuccess(state);
  const error = (name: string) => fieldError(state, name, strings.fieldErrors, strings.errors);
  const summaryError = error("summary");
  const levelError = error("level");
  const message = formError(state, strings.errors);
  return (
    <form action={formAction} className="lesson-form" noValidate>
      <TextField
        id="details-title"
        name="title"
        label={strings.title}
        defaultValue={initial.title}
        lang="nl"
        required
        error={error("title")}
      />
      <TextField
        id="details-title-english"
        name="titleEnglish"
        label={strings.titleEnglish}
        defaultValue={initial.titleEnglish}
        lang="en"
        error={error("titleEnglish")}
      />
      <div className="field">
        <label htmlFor="details-summary">{strings.summary}</label>
        <textarea
          id="details-summary"
          name="summary"
          lang="en"
          defaultValue={initial.summary}
          className="short-text"
          aria-invalid={summaryError ? true : undefined}
          aria-describedby={summaryError ? "details-summary-error" : undefined}
        />
        {summaryError && (
          <p id="details-summary-error" className="field-error">
            {summaryError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="details-level">{strings.level}</label>
        <select
          id="details-level"
          name="level"
          defaultValue={initial.level}
          aria-invalid={levelError ? true : undefined}
        >
          {levels.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </select>
        {levelError && <p className="field-error">{levelError}</p>}
      </div>
      <FormActions submit={strings.submit} pending={pending} success={state?.ok ? strings.saved : ""} error={message} />
    </form>
  );
}

"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { ErrorCode } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import type { LessonFormState } from "../actions/lessons";

export interface LessonFormStrings {
  title: string;
  level: string;
  dutchText: string;
  dutchTextHint: string;
  dutchFile: string;
  translationLegend: string;
  modes: { deepl: [string, string]; pasted: [string, string]; none: [string, string] };
  deeplUnavailable: string;
  englishText: string;
  englishFile: string;
  submit: string;
  pending: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  lng: string;
  levels: readonly string[];
  deeplAvailable: boolean;
  /** Only the translation part: for adding a translation to an existing lesson. */
  translationOnly?: boolean;
  strings: LessonFormStrings;
  action: (state: LessonFormState, formData: FormData) => Promise<LessonFormState>;
  /** An error code to show before anything is submitted (a submission the server turned away; see proxy.ts). */
  initialError?: ErrorCode | null;
}

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html";

/**
 * The limits the server would refuse, checked before sending: a too large file is reported beside its field at
 * once, without uploading it, and the form can never exceed the server's request limit (whose error page would
 * lose what the user typed).
 */
function oversizedFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ["dutch", "english"]) {
    const file = (form.elements.namedItem(`${name}File`) as HTMLInputElement | null)?.files?.[0];
    const text = (form.elements.namedItem(`${name}Text`) as HTMLTextAreaElement | null)?.value ?? "";
    if (file && file.size > IMPORT_LIMITS.maxFileBytes) fields[name] = "file-too-large";
    else if (!file && text.length > IMPORT_LIMITS.maxCharacters * 2) fields[name] = "text-too-long";
  }
  return fields;
}

/** Creates a lesson from a pasted or uploaded Dutch text, with DeepL, a pasted translation or none. */
export function LessonForm({ lng, levels, deeplAvailable, translationOnly, strings, action, initialError }: Props) {
  const [state, formAction, pending] = useActionState(
    action,
    initialError ? { ok: false as const, error: initialError } : null,
  );
  const initialMode = translationOnly ? "pasted" : deeplAvailable ? "deepl" : "pasted";
  const [chosenMode, setMode] = useState<string | null>(null);
  const [refused, setRefused] = useState<Record<string, string> | null>(null);
  const fields = refused ?? (state && !state.ok ? (state.fields ?? {}) : {});
  const typed = (state && !state.ok ? state.values : undefined) ?? {};
  // React resets a form after its action: the radios come back from defaultChecked, i.e. the submitted choice.
  const mode = chosenMode ?? typed.mode ?? initialMode;
  const message = (name: string) => {
    const key = fields[name];
    return key ? (strings.fieldErrors[key] ?? strings.errors[key] ?? strings.errors["invalid-input"]) : null;
  };
  const formError =
    !refused && state && !state.ok && !state.fields ? (strings.errors[state.error] ?? strings.errors.unknown) : null;
  const checkSizes = (event: FormEvent<HTMLFormElement>) => {
    const oversized = oversizedFields(event.currentTarget);
    const found = Object.keys(oversized).length > 0;
    setRefused(found ? oversized : null);
    if (found) event.preventDefault();
  };
  const errorText = (name: string) => {
    const text = message(name);
    return text ? (
      <p id={`${name}-error`} className="field-error">
        {text}
      </p>
    ) : null;
  };
  const invalid = (name: string) =>
    message(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};

  return (
    <form action={formAction} onSubmit={checkSizes} className="lesson-form" noValidate>
      <input type="hidden" name="lng" value={lng} />
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {!translationOnly && (
        <>
          <div className="field">
            <label htmlFor="title">{strings.title}</label>
            <input id="title" name="title" required maxLength={200} defaultValue={typed.title} {...invalid("title")} />
            {errorText("title")}
          </div>
          <div className="field">
            <label htmlFor="level">{strings.level}</label>
            <select id="level" name="level" defaultValue={typed.level ?? "B1"}>
              {levels.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dutchText">{strings.dutchText}</label>
            <textarea
              id="dutchText"
              name="dutchText"
              lang="nl"
              aria-describedby="dutchText-hint"
              defaultValue={typed.dutchText}
            />
            <p id="dutchText-hint" className="hint">
              {strings.dutchTextHint}
            </p>
            <label htmlFor="dutchFile">{strings.dutchFile}</label>
            <input id="dutchFile" name="dutchFile" type="file" accept={ACCEPT} {...invalid("dutch")} />
            {errorText("dutch")}
          </div>
          <fieldset>
            <legend>{strings.translationLegend}</legend>
            {(["deepl", "pasted", "none"] as const).map((option) => (
              <div key={option} className="choice">
                <input
                  id={`mode-${option}`}
                  type="radio"
                  name="mode"
                  value={option}
                  defaultChecked={(typed.mode ?? initialMode) === option}
                  disabled={option === "deepl" && !deeplAvailable}
                  onChange={() => setMode(option)}
                  aria-describedby={`mode-${option}-hint`}
                />
                <label htmlFor={`mode-${option}`}>{strings.modes[option][0]}</label>
                <span />
                <p id={`mode-${option}-hint`} className="hint">
                  {option === "deepl" && !deeplAvailable ? strings.deeplUnavailable : strings.modes[option][1]}
                </p>
              </div>
            ))}
          </fieldset>
        </>
      )}
      {mode === "pasted" && (
        <div className="field">
          <label htmlFor="englishText">{strings.englishText}</label>
          <textarea id="englishText" name="englishText" lang="en" defaultValue={typed.englishText} />
          <label htmlFor="englishFile">{strings.englishFile}</label>
          <input id="englishFile" name="englishFile" type="file" accept={ACCEPT} {...invalid("english")} />
          {errorText("english")}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? strings.pending : strings.submit}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useActionState, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import type { ErrorCode } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import { proposeLessonTitleAction, type LessonFormState } from "../actions/lessons";

export interface LessonFormStrings {
  title: string;
  level: string;
  titleProposed: string;
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

/** Formats whose files name their own title (a page's <title>, a Word document's Title or first heading). */
const TITLED_FILE = /\.(html?|docx)$/i;

/**
 * What the server would refuse, checked before sending: a missing title or Dutch text, flagged together; a too large
 * file, reported beside its field at once without uploading it, so the form can never exceed the server's request
 * limit (whose error page would lose what the user typed). The server checks the same again.
 */
function refusedFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  const title = form.elements.namedItem("title") as HTMLInputElement | null;
  if (title && title.value.trim() === "") fields.title = "required";
  for (const name of ["dutch", "english"]) {
    const file = (form.elements.namedItem(`${name}File`) as HTMLInputElement | null)?.files?.[0];
    const text = (form.elements.namedItem(`${name}Text`) as HTMLTextAreaElement | null)?.value;
    if (file && file.size > IMPORT_LIMITS.maxFileBytes) fields[name] = "file-too-large";
    else if (!file && (text?.length ?? 0) > IMPORT_LIMITS.maxCharacters * 2) fields[name] = "text-too-long";
    else if (name === "dutch" && !file?.size && text?.trim() === "") fields[name] = "empty-text";
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
  const titleInput = useRef<HTMLInputElement>(null);
  /** The title last proposed by a file: replaced by the next file's, unlike anything the user typed. */
  const [proposed, setProposed] = useState<string | null>(null);
  // The same, read when an answer arrives (not as it was when the file was chosen), and which file was chosen last:
  // answers can come back out of order, and only the last file's may propose.
  const lastProposed = useRef<string | null>(null);
  const lastFile = useRef(0);
  const checkFields = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const found = refusedFields(form);
    const first = Object.keys(found)[0];
    setRefused(first ? found : null);
    if (!first) return;
    event.preventDefault();
    const field = form.elements.namedItem(first === "title" ? "title" : `${first}Text`);
    if (field instanceof HTMLElement) field.focus();
  };
  const proposeTitleOf = async (event: ChangeEvent<HTMLInputElement>) => {
    const ticket = ++lastFile.current;
    const file = event.currentTarget.files?.[0];
    if (!file || !TITLED_FILE.test(file.name) || file.size > IMPORT_LIMITS.maxFileBytes) return;
    const formData = new FormData();
    formData.set("file", file);
    const result = await proposeLessonTitleAction(formData);
    const input = titleInput.current;
    if (ticket !== lastFile.current || !result.ok || !result.data || !input) return;
    const current = input.value.trim();
    if (current !== "" && current !== lastProposed.current) return;
    input.value = result.data;
    lastProposed.current = result.data;
    setProposed(result.data);
  };
  const errorText = (name: string) => {
    const text = message(name);
    return text ? (
      <p id={`${name}-error`} className="field-error">
        {text}
      </p>
    ) : null;
  };
  const invalid = (name: string, hint?: string) => {
    const describedBy = [hint, message(name) && `${name}-error`].filter(Boolean).join(" ") || undefined;
    return { "aria-invalid": message(name) ? true : undefined, "aria-describedby": describedBy };
  };

  return (
    <form action={formAction} onSubmit={checkFields} className="lesson-form" noValidate>
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
            <input
              ref={titleInput}
              id="title"
              name="title"
              required
              maxLength={200}
              defaultValue={typed.title}
              onInput={() => setProposed(null)}
              {...invalid("title", proposed ? "title-proposed" : undefined)}
            />
            <p id="title-proposed" className="hint" role="status">
              {proposed ? strings.titleProposed : ""}
            </p>
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
              required
              defaultValue={typed.dutchText}
              {...invalid("dutch", "dutchText-hint")}
            />
            <p id="dutchText-hint" className="hint">
              {strings.dutchTextHint}
            </p>
            {errorText("dutch")}
            <label htmlFor="dutchFile">{strings.dutchFile}</label>
            <input
              id="dutchFile"
              name="dutchFile"
              type="file"
              accept={ACCEPT}
              onChange={proposeTitleOf}
              {...invalid("dutch")}
            />
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

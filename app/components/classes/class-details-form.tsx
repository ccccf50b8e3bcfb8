"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ClassFormState } from "@/app/actions/classes";
import { TextField } from "@/app/components/text-field";
import { FormActions } from "@/app/components/form-actions";

export interface ClassDetailsFormStrings {
  name: string;
  nameHint: string;
  level: string;
  description: string;
  sizeLimit: string;
  sizeLimitHint: string;
  submit: string;
  pending: string;
  saved: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  idPrefix: string;
  lng: string;
  levels: readonly string[];
  action: (state: ClassFormState, formData: FormData) => Promise<ClassFormState>;
  strings: ClassDetailsFormStrings;
  initial?: { name: string; level: string; description: string; sizeLimit: number | null };
}

/** Creates a class, or edits its details; field errors appear beside their fields and what was typed stays. */
export function ClassDetailsForm({ idPrefix, lng, levels, action, strings, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);

  const failed = state && !state.ok ? state : null;
  const fields = failed?.fields ?? {};
  const value = (name: string, fallback: string) => failed?.values?.[name] ?? fallback;
  const errorOf = (name: string) =>
    fields[name] ? (strings.fieldErrors[fields[name]] ?? strings.errors["invalid-input"]) : null;
  const formError = failed && !failed.fields ? (strings.errors[failed.error] ?? strings.errors.unknown) : null;
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form action={formAction} className="class-form" noValidate>
      <input type="hidden" name="lng" value={lng} />
      <TextField
        id={id("name")}
        name="name"
        label={strings.name}
        hint={strings.nameHint}
        defaultValue={value("name", initial?.name ?? "")}
        maxLength={80}
        required
        error={errorOf("name")}
      />
      <div className="field">
        <label htmlFor={id("level")}>{strings.level}</label>
        <select id={id("level")} name="level" defaultValue={value("level", initial?.level ?? "B1")}>
          {levels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("description")}>{strings.description}</label>
        <textarea
          id={id("description")}
          name="description"
          rows={3}
          maxLength={500}
          defaultValue={value("description", initial?.description ?? "")}
          aria-invalid={errorOf("description") ? true : undefined}
          aria-describedby={errorOf("description") ? id("description-error") : undefined}
        />
        {errorOf("description") && (
          <p id={id("description-error")} className="field-error">
            {errorOf("description")}
          </p>
        )}
      </div>
      <TextField
        id={id("sizeLimit")}
        name="sizeLimit"
        label={strings.sizeLimit}
        hint={strings.sizeLimitHint}
        inputMode="numeric"
        defaultValue={value("sizeLimit", initial?.sizeLimit?.toString() ?? "")}
        error={errorOf("sizeLimit")}
      />
      <FormActions
        submit={pending ? strings.pending : strings.submit}
        pending={pending}
        success={state?.ok ? strings.saved : ""}
        error={formError}
      />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { ClassFormState } from "@/app/actions/classes";
import { TextField } from "@/app/components/text-field";

export interface JoinClassFormStrings {
  code: string;
  hint: string;
  submit: string;
  pending: string;
  errors: Record<string, string>;
}

/** The "Join a class" form: one code field; each refusal (wrong, replaced, switched off, full…) its own message. */
export function JoinClassForm({
  lng,
  initialCode,
  action,
  strings,
}: {
  lng: string;
  initialCode: string;
  action: (state: ClassFormState, formData: FormData) => Promise<ClassFormState>;
  strings: JoinClassFormStrings;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="join-form" noValidate>
      <input type="hidden" name="lng" value={lng} />
      <TextField
        id="join-code"
        name="code"
        label={strings.code}
        hint={strings.hint}
        defaultValue={failed?.values?.code ?? initialCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        required
        className="join-code-input"
        error={failed ? (strings.errors[failed.error] ?? strings.errors.unknown) : null}
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? strings.pending : strings.submit}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import type { ClassFormState } from "@/app/actions/classes";
import { TextField } from "@/app/components/text-field";

export interface CoTeacherFormStrings {
  email: string;
  hint: string;
  submit: string;
  done: string;
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

/** Adds a co-teacher by the e-mail address of their teacher account. */
export function CoTeacherForm({
  action,
  strings,
}: {
  action: (state: ClassFormState, formData: FormData) => Promise<ClassFormState>;
  strings: CoTeacherFormStrings;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  const failed = state && !state.ok ? state : null;
  const fieldKey = failed?.fields?.email;
  const error = failed
    ? fieldKey
      ? (strings.fieldErrors[fieldKey] ?? strings.errors["invalid-input"])
      : (strings.errors[failed.error] ?? strings.errors.unknown)
    : null;
  return (
    <form ref={form} action={formAction} className="class-form" noValidate>
      <TextField
        id="co-teacher-email"
        name="email"
        type="email"
        autoComplete="off"
        label={strings.email}
        hint={strings.hint}
        defaultValue={failed?.values?.email ?? ""}
        required
        error={error}
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {strings.submit}
        </button>
        <span role="status">{state?.ok ? strings.done : ""}</span>
      </div>
    </form>
  );
}

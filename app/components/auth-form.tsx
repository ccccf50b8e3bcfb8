"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { AuthFormState } from "../actions/auth";
import { TextField } from "./text-field";

export interface AuthFormStrings {
  title: string;
  submit: string;
  pending: string;
  email: string;
  password: string;
  passwordHint?: string;
  name?: string;
  /** The registration form's "I teach Dutch" choice, with what it means. */
  teacher?: string;
  teacherHint?: string;
  switchPrompt: string;
  switchLink: string;
  /** Messages by error code and by field-message key. */
  errors: Record<string, string>;
  fieldErrors: Record<string, string>;
}

interface Props {
  mode: "sign-in" | "register";
  lng: string;
  next?: string;
  switchHref: string;
  strings: AuthFormStrings;
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
}

/** Sign-in and registration form; works without JavaScript, and shows errors in the user's language. */
export function AuthForm({ mode, lng, next, switchHref, strings, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const fields = state && !state.ok ? (state.fields ?? {}) : {};
  const typed = (state && !state.ok ? state.values : undefined) ?? {};
  const formError = state && !state.ok && Object.keys(fields).length === 0 ? strings.errors[state.error] : null;
  const fieldError = (name: string) => {
    const key = fields[name];
    return key ? (strings.fieldErrors[key] ?? strings.errors["invalid-input"]) : null;
  };

  const input = (name: string, label: string, type: string, autoComplete: string, hint?: string) => (
    <TextField
      id={name}
      name={name}
      label={label}
      type={type}
      autoComplete={autoComplete}
      defaultValue={type === "password" ? undefined : typed[name as "name" | "email"]}
      required
      hint={hint}
      error={fieldError(name)}
    />
  );

  return (
    <form action={formAction} className="auth-form" noValidate>
      <h1>{strings.title}</h1>
      <input type="hidden" name="lng" value={lng} />
      {next && <input type="hidden" name="next" value={next} />}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {mode === "register" && strings.name && input("name", strings.name, "text", "name")}
      {input("email", strings.email, "email", "email")}
      {input(
        "password",
        strings.password,
        "password",
        mode === "register" ? "new-password" : "current-password",
        strings.passwordHint,
      )}
      {mode === "register" && strings.teacher && (
        <div className="choice">
          <input
            id="teacher"
            name="teacher"
            type="checkbox"
            defaultChecked={typed.teacher}
            aria-describedby={strings.teacherHint ? "teacher-hint" : undefined}
          />
          <label htmlFor="teacher">{strings.teacher}</label>
          {strings.teacherHint && <span />}
          {strings.teacherHint && (
            <p id="teacher-hint" className="hint">
              {strings.teacherHint}
            </p>
          )}
        </div>
      )}
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? strings.pending : strings.submit}
      </button>
      <p>
        {strings.switchPrompt} <Link href={switchHref}>{strings.switchLink}</Link>
      </p>
    </form>
  );
}

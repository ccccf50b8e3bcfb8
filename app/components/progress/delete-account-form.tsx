"use client";

import { useActionState } from "react";
import type { DeleteAccountState } from "@/app/actions/account";
import { TextField } from "@/app/components/text-field";

export interface DeleteAccountStrings {
  warning: string;
  password: string;
  passwordHint: string;
  delete: string;
  errors: Record<string, string>;
}

interface Props {
  lng: string;
  action: (state: DeleteAccountState, formData: FormData) => Promise<DeleteAccountState>;
  strings: DeleteAccountStrings;
}

/** Deleting the account says what goes with it, then asks for the password; the action signs the browser out. */
export function DeleteAccountForm({ lng, action, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (strings.errors[state.error] ?? strings.errors.unknown) : null;
  return (
    <form action={formAction} className="delete-account-form">
      <p id="delete-account-warning">{strings.warning}</p>
      <input type="hidden" name="lng" value={lng} />
      <TextField
        id="delete-account-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={strings.password}
        hint={strings.passwordHint}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="danger" disabled={pending} aria-describedby="delete-account-warning">
          {strings.delete}
        </button>
      </div>
    </form>
  );
}

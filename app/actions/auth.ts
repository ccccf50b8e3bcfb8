"use server";

import { redirect } from "next/navigation";
import { credentialsInput, registrationInput } from "@/lib/auth/account-input";
import { clientAddress } from "@/lib/auth/client-address.server";
import { requireUser } from "@/lib/auth/current-user.server";
import { register } from "@/lib/auth/register.server";
import { endAllSessions, endSession, startSession } from "@/lib/auth/session-cookie.server";
import { signIn } from "@/lib/auth/sign-in.server";
import { rememberUiLanguage, setLanguageCookie, uiLanguageOf } from "@/lib/auth/ui-language.server";
import { withLanguage } from "@/lib/i18n/languages";
import type { ActionResult } from "./action-result";
import { formLanguage } from "./form-language";
import { runAction } from "./run-action";

/** State of the sign-in and register forms: the last error and which fields it concerns. */
export type AuthFormState =
  | (ActionResult<null> & {
      fields?: Record<string, string>;
      values?: { name?: string; email?: string; teacher?: boolean };
    })
  | null;

/** Name and e-mail as typed, returned with an error so the form keeps them (never the password). */
function typedValues(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, 300) : undefined;
  };
  return { name: text("name"), email: text("email"), teacher: formData.get("teacher") === "on" };
}

/** Where to go after signing in: the page that asked for it (same site only; see withLanguage). */
function nextPath(formData: FormData): string {
  const next = formData.get("next");
  return typeof next === "string" ? next : "/";
}

export async function signInAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const lng = formLanguage(formData);
  const parsed = credentialsInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, error: "invalid-credentials", values: typedValues(formData) };
  const result = await runAction(async () => {
    const user = await signIn(parsed.data.email, parsed.data.password, await clientAddress());
    await startSession(user.id);
    return uiLanguageOf(user.id);
  });
  if (!result.ok) return { ...result, values: typedValues(formData) };
  // The interface follows the user: the language they chose last, on whatever device.
  const preferred = result.data ?? lng;
  await setLanguageCookie(preferred);
  redirect(withLanguage(nextPath(formData), preferred));
}

export async function registerAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const lng = formLanguage(formData);
  const parsed = registrationInput.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    role: formData.get("teacher") === "on" ? "teacher" : "learner",
  });
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return { ok: false, error: "invalid-input", fields, values: typedValues(formData) };
  }
  const result = await runAction(async () => {
    const registration = await register(parsed.data, await clientAddress());
    if ("fields" in registration) return registration.fields;
    await rememberUiLanguage(registration.user.id, lng);
    await startSession(registration.user.id);
    return null;
  });
  if (!result.ok) return { ...result, values: typedValues(formData) };
  if (result.data) return { ok: false, error: "invalid-input", fields: result.data, values: typedValues(formData) };
  redirect(withLanguage(nextPath(formData), lng));
}

/** Ends the caller's session; the browser then refreshes what it shows. */
export async function signOutAction(): Promise<void> {
  await endSession();
}

/** Ends every session of the caller, on all their devices, this browser's included. */
export async function signOutEverywhereAction(): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await endAllSessions(user.id);
    return null;
  });
}

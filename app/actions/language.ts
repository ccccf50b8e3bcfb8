"use server";

import { redirect } from "next/navigation";
import { isUiLanguage, withLanguage } from "@/lib/i18n/languages";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { rememberUiLanguage, setLanguageCookie } from "@/lib/auth/ui-language.server";

/**
 * Switches the interface language: remembered in a cookie (and on the account when signed in), then the same
 * page is shown in the new language.
 */
export async function switchLanguageAction(formData: FormData): Promise<void> {
  const lng = formData.get("lng");
  if (!isUiLanguage(lng)) return;
  await setLanguageCookie(lng);
  const user = await getCurrentUser();
  if (user) await rememberUiLanguage(user.id, lng);
  const path = formData.get("path");
  redirect(withLanguage(typeof path === "string" ? path : "/", lng));
}

"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isUiLanguage, LANGUAGE_COOKIE, UI_LANGUAGES } from "@/lib/i18n/languages";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { rememberUiLanguage } from "@/lib/auth/ui-language.server";

/**
 * Switches the interface language: remembered in a cookie (and on the account when signed in), then the same
 * page is shown in the new language.
 */
export async function switchLanguageAction(formData: FormData): Promise<void> {
  const lng = formData.get("lng");
  if (!isUiLanguage(lng)) return;
  (await cookies()).set(LANGUAGE_COOKIE, lng, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 365 * 24 * 60 * 60,
  });
  const user = await getCurrentUser();
  if (user) await rememberUiLanguage(user.id, lng);
  const path = formData.get("path");
  const rest =
    typeof path === "string" && path.startsWith("/")
      ? path.replace(new RegExp(`^/(${UI_LANGUAGES.join("|")})(?=/|$)`), "")
      : "";
  redirect(`/${lng}${/^[\w\-/]*$/.test(rest) ? rest : ""}`);
}

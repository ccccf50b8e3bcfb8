import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client.server";
import { isUiLanguage, LANGUAGE_COOKIE, type UiLanguage } from "@/lib/i18n/languages";

export async function rememberUiLanguage(userId: string, lng: UiLanguage): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { uiLanguage: lng } });
}

/** The interface language the user chose last, on any device; null if they never chose one we know. */
export async function uiLanguageOf(userId: string): Promise<UiLanguage | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { uiLanguage: true } });
  return isUiLanguage(user?.uiLanguage) ? user.uiLanguage : null;
}

/** Remembers the interface language in this browser for a year. */
export async function setLanguageCookie(lng: UiLanguage): Promise<void> {
  (await cookies()).set(LANGUAGE_COOKIE, lng, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 365 * 24 * 60 * 60,
  });
}

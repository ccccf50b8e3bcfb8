import "server-only";
import { db } from "@/lib/db/client.server";
import type { UiLanguage } from "@/lib/i18n/languages";

export async function rememberUiLanguage(userId: string, lng: UiLanguage): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { uiLanguage: lng } });
}

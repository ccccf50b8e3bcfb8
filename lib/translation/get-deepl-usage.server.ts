import "server-only";
import { defaultDeeplApi, type DeeplApi, type DeeplUsage } from "./deepl-api.server";

/**
 * Characters used and left in the current DeepL billing period, for the admin page; null when DeepL is not
 * configured. Throws a TranslationError (e.g. code "auth" for a wrong key).
 */
export async function getDeeplUsage(deepl: DeeplApi | null = defaultDeeplApi()): Promise<DeeplUsage | null> {
  return deepl === null ? null : deepl.getUsage();
}

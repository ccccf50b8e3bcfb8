import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { deeplConfig, isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { getDeeplUsage } from "@/lib/translation/get-deepl-usage.server";
import { TranslationError } from "@/lib/translation/translation-error";

/** What the operator needs to know about DeepL (for admins only): configured or not, characters used and left. */
export async function DeeplUsage({ lng }: { lng: UiLanguage }) {
  const t = getT(lng, "editor");
  return (
    <section aria-labelledby="deepl-heading">
      <h2 id="deepl-heading">DeepL</h2>
      <p>{await usageText(lng)}</p>
      {isDeeplConfigured() && <p>{t("deeplTarget", { variant: deeplConfig().targetLang })}</p>}
    </section>
  );
}

async function usageText(lng: UiLanguage): Promise<string> {
  const t = getT(lng, "editor");
  if (!isDeeplConfigured()) return t("translationDeeplUnavailable");
  const number = new Intl.NumberFormat(lng);
  try {
    const result = await getDeeplUsage();
    return result
      ? t("deeplUsage", {
          used: number.format(result.charactersUsed),
          limit: number.format(result.characterLimit),
          left: number.format(result.charactersLeft),
        })
      : t("translationDeeplUnavailable");
  } catch (error) {
    const code = error instanceof TranslationError ? error.code : "unknown";
    return t("deeplUsageUnavailable", { reason: t(`translationErrors.${code}`) });
  }
}

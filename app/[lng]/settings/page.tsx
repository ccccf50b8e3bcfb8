import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { deeplConfig, isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { getDeeplUsage } from "@/lib/translation/get-deepl-usage.server";
import { TranslationError } from "@/lib/translation/translation-error";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }) {
  return { title: getT(toUiLanguage((await params).lng), "editor")("settingsTitle") };
}

/** For whoever runs the app (role "admin"): whether DeepL is configured, and its characters used and left. */
export default async function SettingsPage({ params }: { params: Promise<{ lng: string }> }) {
  const lng = toUiLanguage((await params).lng);
  const user = await getCurrentUser();
  if (user?.role !== "admin") notFound();
  const t = getT(lng, "editor");
  const number = new Intl.NumberFormat(lng);
  let usage: string;
  if (!isDeeplConfigured()) usage = t("translationDeeplUnavailable");
  else {
    try {
      const result = await getDeeplUsage();
      usage = result
        ? t("deeplUsage", {
            used: number.format(result.charactersUsed),
            limit: number.format(result.characterLimit),
            left: number.format(result.charactersLeft),
          })
        : t("translationDeeplUnavailable");
    } catch (error) {
      const code = error instanceof TranslationError ? error.code : "unknown";
      usage = t("deeplUsageUnavailable", { reason: t(`translationErrors.${code}`) });
    }
  }
  return (
    <div className="page">
      <h1>{t("settingsTitle")}</h1>
      <h2>DeepL</h2>
      <p>{usage}</p>
      {isDeeplConfigured() && <p>{t("deeplTarget", { variant: deeplConfig().targetLang })}</p>}
    </div>
  );
}

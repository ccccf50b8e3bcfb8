import Link from "next/link";
import { signOutEverywhereAction } from "@/app/actions/auth";
import { TeacherRoleSection } from "@/app/components/classes/teacher-role-section";
import { ConfirmActionButton } from "@/app/components/confirm-action-button";
import { DeeplUsage } from "@/app/components/deepl-usage";
import { errorMessages } from "@/app/components/error-messages";
import { requirePageUser } from "@/app/components/page-access";
import { YourDataSection } from "@/app/components/progress/your-data-section";
import { ReadingSettingsControls, type ReadingSettingsStrings } from "@/app/components/reader/reading-settings";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }) {
  return { title: getT(toUiLanguage((await params).lng), "editor")("settingsTitle") };
}

/**
 * Every signed-in user's settings: their account, how the text is shown (kept with the account, the same controls as
 * the reader's), review; administrators also see DeepL's usage.
 */
export default async function SettingsPage({ params }: { params: Promise<{ lng: string }> }) {
  const lng = toUiLanguage((await params).lng);
  const user = await requirePageUser(lng, `/${lng}/settings`);
  const t = getT(lng, "auth");
  const readingSettings = getT(lng, "reader")("readingSettings", { returnObjects: true }) as ReadingSettingsStrings & {
    intro: string;
  };
  return (
    <div className="page">
      <h1>{getT(lng, "editor")("settingsTitle")}</h1>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t("accountTitle")}</h2>
        <p>{t("signOutEverywhereHint")}</p>
        <ConfirmActionButton
          action={signOutEverywhereAction}
          label={t("signOutEverywhere")}
          question={t("signOutEverywhereQuestion")}
          confirm={t("signOutEverywhereConfirm")}
          cancel={t("cancel")}
          errors={errorMessages(lng)}
          successHref={`/${lng}`}
        />
      </section>
      <section aria-labelledby="reading-settings-heading">
        <h2 id="reading-settings-heading">{readingSettings.title}</h2>
        <p>{readingSettings.intro}</p>
        <ReadingSettingsControls strings={readingSettings} className="reading-settings-inline" />
      </section>
      <section aria-labelledby="review-settings-heading">
        <h2 id="review-settings-heading">{getT(lng, "review")("settings.title")}</h2>
        <p>{getT(lng, "review")("settings.intro")}</p>
        <p>
          <Link href={`/${lng}/settings/review`}>{getT(lng, "review")("settings.title")}</Link>
        </p>
      </section>
      <TeacherRoleSection lng={lng} user={user} />
      <YourDataSection lng={lng} />
      {user.role === "admin" && <DeeplUsage lng={lng} />}
    </div>
  );
}

import Link from "next/link";
import { requirePageUser } from "@/app/components/page-access";
import { errorMessages } from "@/app/components/error-messages";
import { ReviewSettingsForm } from "@/app/components/review/review-settings-form";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { learnerSettingsInput } from "@/lib/vocabulary/learner-settings";
import { learnerSettings } from "@/lib/vocabulary/learner-settings.server";

interface Props {
  params: Promise<{ lng: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "review")("settings.title") };
}

const SETTINGS_KEYS = [
  "newCardsPerDay",
  "newCardsHint",
  "reviewsPerDay",
  "reviewsHint",
  "dayStartHour",
  "dayStartHint",
  "timeZone",
  "timeZoneHint",
  "production",
  "productionHint",
  "save",
  "saving",
  "saved",
] as const;

/** The learner's review settings: daily limits, when their day starts and in which time zone, production on/off. */
export default async function ReviewSettingsPage({ params }: Props) {
  const lng = toUiLanguage((await params).lng);
  const user = await requirePageUser(lng, `/${lng}/settings/review`);
  const t = getT(lng, "review");
  const settings = await learnerSettings(user.id);
  // Every zone the runtime knows, and the saved one even when the list leaves it out (Node's omits "UTC").
  const timeZones = [...new Set([settings.timeZone, ...Intl.supportedValuesOf("timeZone")])].sort();
  const { newCardsPerDay, reviewsPerDay } = learnerSettingsInput.shape;
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/settings`}>{t("settings.backToSettings")}</Link> ·{" "}
        <Link href={`/${lng}/review`}>{t("settings.backToReview")}</Link>
      </p>
      <h1>{t("settings.title")}</h1>
      <p className="intro">{t("settings.intro")}</p>
      <ReviewSettingsForm
        initial={settings}
        timeZones={timeZones}
        limits={{
          newCardsPerDay: newCardsPerDay.unwrap().maxValue ?? undefined,
          reviewsPerDay: reviewsPerDay.unwrap().maxValue ?? undefined,
        }}
        strings={
          Object.fromEntries(SETTINGS_KEYS.map((key) => [key, t(`settings.${key}`)])) as Record<
            (typeof SETTINGS_KEYS)[number],
            string
          >
        }
        errors={errorMessages(lng)}
      />
    </div>
  );
}

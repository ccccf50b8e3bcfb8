import Link from "next/link";
import { SignInRequired } from "@/app/components/sign-in-required";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { hasNoStats } from "@/lib/vocabulary/stats/vocabulary-stats";
import { vocabularyStats } from "@/lib/vocabulary/vocabulary-stats.server";
import { chartFormat } from "@/app/components/charts/chart-format";
import { DueForecastChart } from "@/app/components/charts/due-forecast-chart";
import { ReviewHistoryChart } from "@/app/components/charts/review-history-chart";
import { StatusHistoryChart } from "@/app/components/charts/status-history-chart";
import styles from "@/app/components/charts/charts.module.css";

interface Props {
  params: Promise<{ lng: string }>;
}

export async function generateMetadata({ params }: Props) {
  const { lng } = await params;
  return { title: getT(toUiLanguage(lng), "stats")("title") };
}

/** The learner's statistics: headline numbers and three charts, all drawn on the server (no script). */
export default async function VocabularyStatsPage({ params }: Props) {
  const lng = toUiLanguage((await params).lng);
  const t = getT(lng, "stats");
  const user = await getCurrentUser();
  if (!user) {
    return <SignInRequired lng={lng} title={t("title")} message={t("signInRequired")} path="/vocabulary/stats" />;
  }
  const stats = await vocabularyStats(user);
  const format = chartFormat(lng);
  const dayStart = `${String(stats.days.dayStartHour).padStart(2, "0")}:00`;
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro", { time: dayStart, timeZone: stats.days.timeZone })}</p>
      {hasNoStats(stats) ? (
        <p>
          {t("empty")} <Link href={`/${lng}`}>{t("findLesson")}</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="stats-now">
            <h2 id="stats-now" className="visually-hidden">
              {t("headline.title")}
            </h2>
            <dl className={styles.headline}>
              <div>
                <dt>{t("headline.learning")}</dt>
                <dd>{format.number(stats.statuses.learning)}</dd>
              </div>
              <div>
                <dt>{t("headline.known")}</dt>
                <dd>{format.number(stats.statuses.known)}</dd>
              </div>
              <div>
                <dt>{t("headline.dueToday")}</dt>
                <dd>
                  {format.number(stats.dueToday)}
                  {stats.dueToday > 0 && (
                    <>
                      {" "}
                      <Link className={styles.headlineLink} href={`/${lng}/review`}>
                        {t("headline.reviewNow")}
                      </Link>
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t("headline.retention", { days: format.number(stats.reviewHistory.length) })}</dt>
                <dd>
                  {stats.retention === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t("headline.noReviews")}</span>
                    </>
                  ) : (
                    format.percent(stats.retention)
                  )}
                </dd>
              </div>
            </dl>
          </section>
          {stats.statusHistory.length > 0 && <StatusHistoryChart lng={lng} history={stats.statusHistory} />}
          <DueForecastChart lng={lng} forecast={stats.dueForecast} />
          <ReviewHistoryChart lng={lng} history={stats.reviewHistory} />
        </>
      )}
    </div>
  );
}

import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { retention, type ReviewHistoryDay } from "@/lib/vocabulary/stats/review-history";
import { CountAxis, DayLabels, ShareAxis } from "./chart-axes";
import { ChartFigure } from "./chart-figure";
import { chartFormat } from "./chart-format";
import { ChartLegend } from "./chart-legend";
import {
  bandCenter,
  bandWidth,
  labelIndexes,
  niceTicks,
  PLOT_WITH_RIGHT_AXIS as PLOT,
  round,
  yOf,
} from "./chart-scale";
import { DataTable } from "./data-table";
import styles from "./charts.module.css";

/** The share remembered on each day with reviews, as runs of points (a day without reviews breaks the line). */
function shareRuns(history: readonly ReviewHistoryDay[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  history.forEach((day, index) => {
    if (day.reviews === 0) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    run.push({
      x: round(bandCenter(index, history.length, PLOT)),
      y: round(yOf(day.remembered / day.reviews, 1, PLOT)),
    });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Reviews given each day as bars (left axis), and the share of them remembered as a line with points (right axis,
 * 0–100%), drawn over a band of the card's colour so it stays visible where it crosses a bar.
 */
export function ReviewHistoryChart({ lng, history }: { lng: UiLanguage; history: readonly ReviewHistoryDay[] }) {
  const t = getT(lng, "stats");
  const format = chartFormat(lng);
  const count = history.length;
  const ticks = niceTicks(Math.max(...history.map((day) => day.reviews), 0));
  const top = ticks.at(-1)!;
  const width = bandWidth(count, PLOT) * 0.7;
  const total = history.reduce((sum, day) => sum + day.reviews, 0);
  const share = retention(history);
  const summary =
    share === null
      ? t("reviews.summaryNone", { days: format.number(count) })
      : t("reviews.summary", {
          days: format.number(count),
          total: format.number(total),
          activeDays: format.number(history.filter((day) => day.reviews > 0).length),
          share: format.percent(share),
        });
  const runs = shareRuns(history);
  const path = (run: { x: number; y: number }[]) =>
    run.map((point, index) => `${index === 0 ? "M" : "L"}${point.x} ${point.y}`).join(" ");
  return (
    <ChartFigure
      title={t("reviews.title", { days: format.number(count) })}
      description={t("reviews.description")}
      summary={summary}
      showNumbers={t("showNumbers")}
      legend={
        <ChartLegend
          items={[
            {
              key: "reviews",
              swatch: <rect className={styles.bar} x="3" y="2" width="10" height="14" />,
              label: t("reviews.reviews"),
            },
            {
              key: "share",
              swatch: (
                <>
                  <path className={styles.line} d="M0 8 H16" />
                  <circle className={styles.marker} cx="8" cy="8" r="3.5" />
                </>
              ),
              label: t("reviews.share"),
            },
          ]}
        />
      }
      table={
        <DataTable
          caption={t("reviews.title", { days: format.number(count) })}
          columns={[t("day"), t("reviews.reviews"), t("reviews.remembered")]}
          rows={history.map((day) => [
            format.longDay(day.day),
            format.number(day.reviews),
            day.reviews === 0
              ? format.number(0)
              : t("reviews.rememberedCell", {
                  remembered: format.number(day.remembered),
                  share: format.percent(day.remembered / day.reviews),
                }),
          ])}
        />
      }
    >
      <CountAxis ticks={ticks} plot={PLOT} label={format.number} />
      <ShareAxis plot={PLOT} label={format.percent} />
      {history.map((day, index) => {
        if (day.reviews === 0) return null;
        const y = yOf(day.reviews, top, PLOT);
        const x = bandCenter(index, count, PLOT) - width / 2;
        return (
          <rect
            key={day.day}
            className={styles.bar}
            x={round(x)}
            y={round(y)}
            width={round(width)}
            height={round(PLOT.bottom - y)}
          />
        );
      })}
      {runs.map((run) => (
        <path key={`halo-${run[0]!.x}`} className={styles.lineHalo} d={path(run)} />
      ))}
      {runs.map((run) => (
        <path key={`line-${run[0]!.x}`} className={styles.line} d={path(run)} />
      ))}
      {runs.flat().map((point) => (
        <circle key={point.x} className={styles.marker} cx={point.x} cy={point.y} r="2.5" />
      ))}
      <DayLabels
        labels={labelIndexes(count, 7, count - 1).map((index) => ({ index, text: format.day(history[index]!.day) }))}
        count={count}
        plot={PLOT}
      />
    </ChartFigure>
  );
}

import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { ForecastDay } from "@/lib/vocabulary/stats/due-forecast";
import { CountAxis, DayLabels } from "./chart-axes";
import { ChartFigure } from "./chart-figure";
import { chartFormat } from "./chart-format";
import { bandCenter, bandWidth, labelIndexes, niceTicks, PLOT, round, yOf } from "./chart-scale";
import { DataTable } from "./data-table";
import styles from "./charts.module.css";

/** Reviews due on each of the coming days, as bars with their number on top; today's bar includes overdue ones. */
export function DueForecastChart({ lng, forecast }: { lng: UiLanguage; forecast: readonly ForecastDay[] }) {
  const t = getT(lng, "stats");
  const format = chartFormat(lng);
  const count = forecast.length;
  const ticks = niceTicks(Math.max(...forecast.map((day) => day.due), 0));
  const top = ticks.at(-1)!;
  const width = bandWidth(count, PLOT) * 0.7;
  const total = forecast.reduce((sum, day) => sum + day.due, 0);
  const busiest = forecast.reduce((most, day) => (day.due > most.due ? day : most), forecast[0]!);
  const dayName = (index: number) => (index === 0 ? t("today") : format.day(forecast[index]!.day));
  const summary =
    total === 0
      ? t("forecast.summaryNone", { days: format.number(count) })
      : t("forecast.summary", {
          days: format.number(count),
          total: format.number(total),
          today: format.number(forecast[0]!.due),
          busiestDay: format.longDay(busiest.day),
          busiest: format.number(busiest.due),
        });
  return (
    <ChartFigure
      title={t("forecast.title", { days: format.number(count) })}
      description={t("forecast.description")}
      summary={summary}
      showNumbers={t("showNumbers")}
      table={
        <DataTable
          caption={t("forecast.title", { days: format.number(count) })}
          columns={[t("day"), t("forecast.due")]}
          rows={forecast.map((day, index) => [
            index === 0 ? `${t("today")} (${format.longDay(day.day)})` : format.longDay(day.day),
            format.number(day.due),
          ])}
        />
      }
    >
      <CountAxis ticks={ticks} plot={PLOT} label={format.number} />
      {forecast.map((day, index) => {
        if (day.due === 0) return null;
        const x = bandCenter(index, count, PLOT);
        const y = yOf(day.due, top, PLOT);
        return (
          <g key={day.day}>
            <rect
              className={styles.bar}
              x={round(x - width / 2)}
              y={round(y)}
              width={round(width)}
              height={round(PLOT.bottom - y)}
            />
            <text className={styles.valueLabel} x={round(x)} y={round(y - 3)} textAnchor="middle">
              {format.compact(day.due)}
            </text>
          </g>
        );
      })}
      <DayLabels
        labels={labelIndexes(count, 7, 0).map((index) => ({ index, text: dayName(index) }))}
        count={count}
        plot={PLOT}
      />
    </ChartFigure>
  );
}

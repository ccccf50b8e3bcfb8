import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { CountedStatus, StatusHistoryDay } from "@/lib/vocabulary/stats/status-history";
import { CountAxis, DayLabels } from "./chart-axes";
import { ChartFigure } from "./chart-figure";
import { chartFormat } from "./chart-format";
import { ChartLegend } from "./chart-legend";
import { bandCenter, labelIndexes, niceTicks, PLOT, round, yOf } from "./chart-scale";
import { DataTable } from "./data-table";
import styles from "./charts.module.css";

/** Stacked from the bottom: what is known, then what is being learnt, then what is ignored. */
const LAYERS: readonly CountedStatus[] = ["known", "learning", "ignored"];

/**
 * Each layer's fill: known hatched, learning plain, ignored dotted (the patterns drawn below). Inline, as a style:
 * a class's fill would win over a fill attribute.
 */
const FILL: Record<CountedStatus, { fill: string }> = {
  known: { fill: "url(#stats-known-hatch)" },
  learning: { fill: "var(--chart-learning)" },
  ignored: { fill: "url(#stats-ignored-dots)" },
};

function Patterns() {
  return (
    <defs>
      <pattern id="stats-known-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className={styles.known} width="5" height="5" />
        <line className={styles.hatch} x1="0" y1="0" x2="0" y2="5" />
      </pattern>
      <pattern id="stats-ignored-dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect className={styles.ignored} width="5" height="5" />
        <circle className={styles.dot} cx="2.5" cy="2.5" r="1" />
      </pattern>
    </defs>
  );
}

function Swatch({ status }: { status: CountedStatus }) {
  return <rect x="1" y="1" width="14" height="14" style={FILL[status]} />;
}

/**
 * Words learning, known and ignored at the end of each day, as stacked areas. The outline of each layer runs through
 * the middle of each day's band and on to both edges, so a single day still shows as a band.
 */
export function StatusHistoryChart({ lng, history }: { lng: UiLanguage; history: readonly StatusHistoryDay[] }) {
  const t = getT(lng, "stats");
  const format = chartFormat(lng);
  const count = history.length;
  const totals = history.map((day) => day.learning + day.known + day.ignored);
  const ticks = niceTicks(Math.max(...totals, 0));
  const top = ticks.at(-1)!;
  const xs = [PLOT.left, ...history.map((_, index) => bandCenter(index, count, PLOT)), PLOT.right];
  /** The y of the top of `layer` on each day, with the first and last days repeated at the edges. */
  const upper = (layerIndex: number) => {
    const tops = history.map((day) => LAYERS.slice(0, layerIndex + 1).reduce((sum, status) => sum + day[status], 0));
    return [tops[0]!, ...tops, tops.at(-1)!].map((value) => yOf(value, top, PLOT));
  };
  const points = (ys: number[]) => ys.map((y, index) => `${round(xs[index]!)},${round(y)}`);
  const first = history[0]!;
  const last = history.at(-1)!;
  const summary = t("status.summary", {
    from: format.longDay(first.day),
    to: format.longDay(last.day),
    learningFrom: format.number(first.learning),
    learningTo: format.number(last.learning),
    knownFrom: format.number(first.known),
    knownTo: format.number(last.known),
    ignoredFrom: format.number(first.ignored),
    ignoredTo: format.number(last.ignored),
  });
  const labels = labelIndexes(count, 14, count - 1).map((index) => ({ index, text: format.day(history[index]!.day) }));
  return (
    <ChartFigure
      title={t("status.title")}
      description={t("status.description")}
      summary={summary}
      showNumbers={t("showNumbers")}
      legend={
        <ChartLegend
          items={[...LAYERS].reverse().map((status) => ({
            key: status,
            swatch: <Swatch status={status} />,
            label: t("status.legend", { status: t(`status.${status}`), count: format.number(last[status]) }),
          }))}
        />
      }
      table={
        <DataTable
          caption={t("status.title")}
          columns={[t("day"), t("status.learning"), t("status.known"), t("status.ignored")]}
          rows={history.map((day) => [
            format.longDay(day.day),
            format.number(day.learning),
            format.number(day.known),
            format.number(day.ignored),
          ])}
        />
      }
    >
      <Patterns />
      <CountAxis ticks={ticks} plot={PLOT} label={format.number} />
      {LAYERS.map((status, layerIndex) => {
        const below = layerIndex === 0 ? xs.map(() => PLOT.bottom) : upper(layerIndex - 1);
        const outline = [...points(upper(layerIndex)), ...points(below).reverse()].join(" ");
        return <polygon key={status} points={outline} style={FILL[status]} />;
      })}
      {LAYERS.slice(0, -1).map((status, layerIndex) => (
        <polyline key={status} className={styles.separator} points={points(upper(layerIndex)).join(" ")} />
      ))}
      <DayLabels labels={labels} count={count} plot={PLOT} />
    </ChartFigure>
  );
}

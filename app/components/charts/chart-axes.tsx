import { bandCenter, round, yOf, type Plot } from "./chart-scale";
import styles from "./charts.module.css";

/** Horizontal grid lines at the ticks, their numbers on the left, and the base line. */
export function CountAxis({
  ticks,
  plot,
  label,
}: {
  ticks: readonly number[];
  plot: Plot;
  label: (n: number) => string;
}) {
  const top = ticks.at(-1)!;
  return (
    <g>
      {ticks.map((tick) => {
        const y = round(yOf(tick, top, plot));
        return (
          <g key={tick}>
            {tick > 0 && <line className={styles.grid} x1={plot.left} x2={plot.right} y1={y} y2={y} />}
            <text className={styles.axisLabel} x={plot.left - 4} y={y + 4} textAnchor="end">
              {label(tick)}
            </text>
          </g>
        );
      })}
      <line className={styles.baseline} x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
    </g>
  );
}

/** Percentages 0–100 on the right of the plot, for a second series drawn as shares. */
export function ShareAxis({ plot, label }: { plot: Plot; label: (share: number) => string }) {
  return (
    <g>
      {[0, 0.5, 1].map((share) => (
        <text key={share} className={styles.axisLabel} x={plot.right + 4} y={yOf(share, 1, plot) + 4}>
          {label(share)}
        </text>
      ))}
    </g>
  );
}

/** Day names under the bands; a label near either end is aligned to stay inside the drawing. */
export function DayLabels({
  labels,
  count,
  plot,
}: {
  labels: { index: number; text: string }[];
  count: number;
  plot: Plot;
}) {
  return (
    <g>
      {labels.map(({ index, text }) => {
        const x = bandCenter(index, count, plot);
        const anchor = x - plot.left < 20 ? "start" : plot.right - x < 20 ? "end" : "middle";
        const at = anchor === "start" ? Math.max(plot.left, x - 6) : anchor === "end" ? Math.min(plot.right, x + 6) : x;
        return (
          <text key={index} className={styles.axisLabel} x={round(at)} y={plot.bottom + 16} textAnchor={anchor}>
            {text}
          </text>
        );
      })}
    </g>
  );
}

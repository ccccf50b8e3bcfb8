/**
 * The geometry the charts share, in SVG user units: a 320 × 180 drawing that scales to the width of its column. A
 * 375 px phone shows it about life-size, so its 11-unit text stays readable there; wider screens enlarge it up to
 * the figure's maximum width.
 */
export const VIEW = { width: 320, height: 180 } as const;

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Room on the left for the count axis and below for the days. */
export const PLOT: Plot = { left: 34, right: 312, top: 12, bottom: 156 };

/** The same with room on the right for a second (percentage) axis. */
export const PLOT_WITH_RIGHT_AXIS: Plot = { ...PLOT, right: 282 };

/**
 * Round whole-number ticks from 0 to at least `max`: the smallest step of 1, 2, 2.5 or 5 times a power of ten that
 * needs no more than `target` + 1 steps, so the top tick stays close to the largest value.
 * niceTicks(47) → [0, 10, 20, 30, 40, 50] · niceTicks(108) → [0, 25, 50, 75, 100, 125] · niceTicks(0) → [0, 1]
 */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const power = 10 ** Math.floor(Math.log10(max / target));
  const step = [1, 2, 2.5, 5, 10, 20]
    .map((factor) => Math.max(1, factor * power))
    .find((candidate) => Number.isInteger(candidate) && Math.ceil(max / candidate) <= target + 1)!;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

/** The y of `value` on an axis from 0 (the plot's bottom) to `top` (its top). */
export function yOf(value: number, top: number, plot: Plot): number {
  return plot.bottom - (value / top) * (plot.bottom - plot.top);
}

/** The width of each of `count` equal bands across the plot (one band a day). */
export function bandWidth(count: number, plot: Plot): number {
  return (plot.right - plot.left) / Math.max(1, count);
}

/** The x of the middle of band `index`. */
export function bandCenter(index: number, count: number, plot: Plot): number {
  return plot.left + bandWidth(count, plot) * (index + 0.5);
}

/**
 * The bands that get a day label: every `every`-th counted from `anchor` both ways (today, so today is labelled).
 * labelIndexes(30, 7, 29) → [1, 8, 15, 22, 29] · labelIndexes(14, 7, 0) → [0, 7]
 */
export function labelIndexes(count: number, every: number, anchor: number): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < count; index++)
    if ((((index - anchor) % every) + every) % every === 0) indexes.push(index);
  return indexes;
}

/** A coordinate rounded to a tenth of a unit: finer than any screen shows, and it keeps the markup short. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The unit a review interval is shown in on a grade button. */
export type IntervalUnit = "minutes" | "hours" | "days" | "months" | "years";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/**
 * A time until the next review in the largest unit that keeps it readable, as Anki shows it: whole minutes, hours
 * and days, months and years to one decimal.
 *
 * intervalParts(10 min) → { count: 10, unit: "minutes" }; intervalParts(45 days) → { count: 1.5, unit: "months" }
 */
export function intervalParts(ms: number): { count: number; unit: IntervalUnit } {
  if (ms < HOUR) return { count: Math.max(1, Math.round(ms / MINUTE)), unit: "minutes" };
  if (ms < DAY) return { count: Math.round(ms / HOUR), unit: "hours" };
  if (ms < MONTH) return { count: Math.round(ms / DAY), unit: "days" };
  if (ms < YEAR) return { count: Math.round((ms / MONTH) * 10) / 10, unit: "months" };
  return { count: Math.round((ms / YEAR) * 10) / 10, unit: "years" };
}

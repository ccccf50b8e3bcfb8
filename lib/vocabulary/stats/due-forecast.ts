import { dayIndexOf, type ReviewDayRange } from "./review-days";

/** `count` cards fall due at `at` (grouped by the loader). */
export interface DueCount {
  at: Date;
  count: number;
}

export interface ForecastDay {
  day: string;
  due: number;
}

/**
 * How many reviews fall due on each of the coming days. Cards overdue from before the first day count on it: the
 * learner meets them today. Cards due after the last day are left out.
 *
 * days today and tomorrow, dues [{ yesterday, 3 }, { today, 2 }, { tomorrow, 1 }, { next week, 9 }] →
 *   [{ day: today, due: 5 }, { day: tomorrow, due: 1 }]
 */
export function dueForecast(days: readonly ReviewDayRange[], dues: readonly DueCount[]): ForecastDay[] {
  const forecast = days.map((day) => ({ day: day.day, due: 0 }));
  if (forecast.length === 0) return forecast;
  for (const { at, count } of dues) {
    const index = Math.max(0, dayIndexOf(at, days));
    if (index < forecast.length) forecast[index]!.due += count;
  }
  return forecast;
}

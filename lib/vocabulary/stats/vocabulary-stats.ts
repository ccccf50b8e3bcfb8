import type { ReviewDaySettings } from "@/lib/vocabulary/review-day";
import type { ForecastDay } from "./due-forecast";
import type { ReviewHistoryDay } from "./review-history";
import type { StatusCounts, StatusHistoryDay } from "./status-history";

/** Days each chart covers: eight weeks of statuses, the coming two weeks of reviews, the last 30 days of reviews. */
export const STATUS_HISTORY_DAYS = 56;
export const FORECAST_DAYS = 14;
export const REVIEW_HISTORY_DAYS = 30;

/** What the statistics page shows a learner, counted by their review days. */
export interface VocabularyStats {
  /** When the learner's days start, which every count here follows. */
  days: ReviewDaySettings;
  /** Words learning, known and ignored now. */
  statuses: StatusCounts;
  /** Reviews due by the end of today, overdue ones included. */
  dueToday: number;
  /** Share of the last REVIEW_HISTORY_DAYS days' reviews remembered, 0–1; null without reviews. */
  retention: number | null;
  statusHistory: StatusHistoryDay[];
  dueForecast: ForecastDay[];
  reviewHistory: ReviewHistoryDay[];
}

/** True when the learner has nothing to chart yet: no word marked, no review given. */
export function hasNoStats(stats: VocabularyStats): boolean {
  return stats.statusHistory.length === 0 && stats.reviewHistory.every((day) => day.reviews === 0);
}

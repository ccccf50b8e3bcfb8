import { dayIndexOf, type ReviewDayRange } from "./review-days";

/** `reviews` grades given at `at`, `remembered` of them above Again (grouped by the loader). */
export interface ReviewCount {
  at: Date;
  reviews: number;
  remembered: number;
}

export interface ReviewHistoryDay {
  day: string;
  reviews: number;
  remembered: number;
}

/**
 * The reviews of each past day and how many of them the learner remembered (any grade but Again).
 *
 * days 6–7 Dec, counts [{ 6 Dec 10:00, 4, 3 }, { 6 Dec 20:15, 1, 1 }] →
 *   [{ day: "6 Dec", reviews: 5, remembered: 4 }, { day: "7 Dec", reviews: 0, remembered: 0 }]
 */
export function reviewHistory(days: readonly ReviewDayRange[], counts: readonly ReviewCount[]): ReviewHistoryDay[] {
  const history = days.map((day) => ({ day: day.day, reviews: 0, remembered: 0 }));
  for (const { at, reviews, remembered } of counts) {
    const index = dayIndexOf(at, days);
    if (index < 0 || index >= history.length) continue;
    history[index]!.reviews += reviews;
    history[index]!.remembered += remembered;
  }
  return history;
}

/** The share of reviews remembered over the days, 0–1; null when there were none (no share to speak of). */
export function retention(history: readonly ReviewHistoryDay[]): number | null {
  const reviews = history.reduce((sum, day) => sum + day.reviews, 0);
  const remembered = history.reduce((sum, day) => sum + day.remembered, 0);
  return reviews === 0 ? null : remembered / reviews;
}

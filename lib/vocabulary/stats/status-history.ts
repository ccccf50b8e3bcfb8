import type { WordStatus } from "@/lib/vocabulary/word-status";
import { dayIndexOf, type ReviewDayRange } from "./review-days";

/** The statuses the chart counts (a "new" word is one the learner has never marked). */
export const COUNTED_STATUSES = ["learning", "known", "ignored"] as const;
export type CountedStatus = (typeof COUNTED_STATUSES)[number];
export type StatusCounts = Record<CountedStatus, number>;

/** `count` keys went from one status to another at `at` (changes grouped by the loader). */
export interface StatusChangeCount {
  at: Date;
  from: WordStatus;
  to: WordStatus;
  count: number;
}

export interface StatusHistoryDay extends StatusCounts {
  day: string;
}

/**
 * How many words were learning, known and ignored at the end of each day, replayed backwards from the counts now
 * through the changes made since: undoing a change moves its words back from `to` to `from`. Starting from today's
 * counts keeps the last day equal to the headline numbers, also for statuses older than the change log. Days before
 * the learner's first change are left out (a chart of eight empty weeks says nothing).
 *
 * days 5–7 Dec, now { learning: 2, known: 1, ignored: 0 }, one word new → known on 7 Dec, first change on 6 Dec →
 *   [{ day: "6 Dec", learning: 2, known: 0, ignored: 0 }, { day: "7 Dec", learning: 2, known: 1, ignored: 0 }]
 */
export function statusHistory(
  days: readonly ReviewDayRange[],
  now: StatusCounts,
  changes: readonly StatusChangeCount[],
  firstChangeAt: Date | null,
): StatusHistoryDay[] {
  if (firstChangeAt === null) return [];
  const changesByDay = days.map(() => [] as StatusChangeCount[]);
  for (const change of changes) {
    const index = dayIndexOf(change.at, days);
    if (index >= 0 && index < days.length) changesByDay[index]!.push(change);
  }
  const counts = { ...now };
  const history: StatusHistoryDay[] = [];
  for (let index = days.length - 1; index >= 0; index--) {
    history.push({ day: days[index]!.day, ...counts });
    for (const change of changesByDay[index]!) {
      if (change.to !== "new") counts[change.to] = Math.max(0, counts[change.to] - change.count);
      if (change.from !== "new") counts[change.from] += change.count;
    }
  }
  const first = Math.max(0, dayIndexOf(firstChangeAt, days));
  return history.reverse().slice(first);
}

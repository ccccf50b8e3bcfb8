import { dayInZone, shiftCalendarDay, zonedTime } from "@/lib/i18n/class-time-zone";
import type { ReviewDaySettings } from "@/lib/vocabulary/review-day";

/** One of the learner's review days: its calendar date on their clock and the instants it begins and ends. */
export interface ReviewDayRange {
  day: string;
  start: Date;
  end: Date;
}

/**
 * The learner's review days from `from` to `to` relative to today (0 = the day `now` falls in, -1 = yesterday), each
 * from `dayStartHour` on their clock to the same hour the next day, so a day across a change of summer time is 23 or
 * 25 hours long. The charts count by these days, as the review screen does (see reviewDay).
 *
 * reviewDaysAround(2027-03-28T12:00Z, Amsterdam, 4, -1, 0) → [{ day: "2027-03-27", 03:00Z … 2027-03-28T02:00Z },
 *   { day: "2027-03-28", 2027-03-28T02:00Z … 2027-03-29T02:00Z }]
 */
export function reviewDaysAround(now: Date, settings: ReviewDaySettings, from: number, to: number): ReviewDayRange[] {
  const calendarToday = dayInZone(now, settings.timeZone);
  const today = now < startOf(calendarToday, settings) ? shiftCalendarDay(calendarToday, -1) : calendarToday;
  // One start per day, each day ending where the next begins.
  const starts: Date[] = [];
  for (let offset = from; offset <= to + 1; offset++) starts.push(startOf(shiftCalendarDay(today, offset), settings));
  return starts
    .slice(0, -1)
    .map((start, index) => ({ day: shiftCalendarDay(today, from + index), start, end: starts[index + 1]! }));
}

/** The index of the day `instant` falls in: -1 before the first, `days.length` from the end of the last on. */
export function dayIndexOf(instant: Date, days: readonly ReviewDayRange[]): number {
  const time = instant.getTime();
  if (days.length === 0 || time < days[0]!.start.getTime()) return -1;
  let low = 0;
  let high = days.length;
  // The first day whose end is after the instant (binary search; days are consecutive).
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]!.end.getTime() <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function startOf(day: string, settings: ReviewDaySettings): Date {
  // A valid "YYYY-MM-DD" always has a start; shiftDay only makes valid ones.
  return zonedTime(day, settings.dayStartHour, settings.timeZone)!;
}

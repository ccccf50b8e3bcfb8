import { dayInZone, shiftCalendarDay, zonedTime } from "@/lib/i18n/class-time-zone";

/** When a learner's review day starts: an hour of their clock in their time zone (Anki's default is 04:00). */
export interface ReviewDaySettings {
  timeZone: string;
  dayStartHour: number;
}

/**
 * The instants the learner's current review day began and ends. Daily limits (new cards, reviews) count from the
 * start; cards due before the end are due "today". ts-fsrs counts days between UTC dates, so the day is the app's.
 *
 * reviewDay(2027-01-31T02:30Z, Amsterdam, 4) → 2027-01-30T03:00Z … 2027-01-31T03:00Z (03:30 local is still "yesterday").
 */
export function reviewDay(now: Date, settings: ReviewDaySettings): { start: Date; end: Date } {
  const today = dayInZone(now, settings.timeZone);
  const todayStart = zonedTime(today, settings.dayStartHour, settings.timeZone)!;
  const startDay = now < todayStart ? shiftCalendarDay(today, -1) : today;
  return {
    start: zonedTime(startDay, settings.dayStartHour, settings.timeZone)!,
    end: zonedTime(shiftCalendarDay(startDay, 1), settings.dayStartHour, settings.timeZone)!,
  };
}

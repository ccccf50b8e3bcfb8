/**
 * The time zone classes live in: assignment days start and end at midnight there, and dates are shown there. The
 * server runs in UTC; the app's classes are in the Netherlands (one setting, so a school elsewhere changes one line).
 */
export const CLASS_TIME_ZONE = "Europe/Amsterdam";

/**
 * One formatter per zone and kind: building an Intl.DateTimeFormat costs a tenth of a millisecond, far more than
 * using one, and the charts ask for many days. Zones are checked when saved, so there are at most a few hundred.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
  const key = `${locale} ${options.timeZone} ${options.second ?? ""}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at `instant` (60 in a Dutch winter, 120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatter("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a zone's clocks show `hour`:00 on a calendar day ("YYYY-MM-DD"); null for a day that does not exist.
 * zonedTime("2027-01-31", 4) → 2027-01-31T03:00:00.000Z (04:00 in Amsterdam in winter).
 */
export function zonedTime(day: string, hour: number, timeZone = CLASS_TIME_ZONE): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(utcMidnight.getTime()) || utcMidnight.toISOString().slice(0, 10) !== day) return null;
  const wall = utcMidnight.getTime() + hour * 3_600_000;
  const guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  // Across a change to or from summer time the offset at the guess can differ; the second estimate is exact.
  return new Date(wall - offsetMinutes(guess, timeZone) * 60_000);
}

/**
 * The instant a calendar day ("YYYY-MM-DD") begins in the zone; null for a day that does not exist ("2026-02-30").
 * startOfDay("2027-01-31") → 2027-01-30T23:00:00.000Z; startOfDay("2027-07-01") → 2027-06-30T22:00:00.000Z.
 */
export function startOfDay(day: string, timeZone = CLASS_TIME_ZONE): Date | null {
  return zonedTime(day, 0, timeZone);
}

/** The last millisecond of a calendar day in the zone (a due day ends then). */
export function endOfDay(day: string, timeZone = CLASS_TIME_ZONE): Date | null {
  if (!startOfDay(day, timeZone)) return null;
  const nextStart = startOfDay(shiftCalendarDay(day, 1), timeZone);
  return nextStart && new Date(nextStart.getTime() - 1);
}

/** The calendar day `days` after (or before) a valid "YYYY-MM-DD": shiftCalendarDay("2027-02-28", 1) → "2027-03-01". */
export function shiftCalendarDay(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day of an instant in the zone, "YYYY-MM-DD" (for date fields). */
export function dayInZone(instant: Date, timeZone = CLASS_TIME_ZONE): string {
  return formatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

import type { UiLanguage } from "@/lib/i18n/languages";

/** Numbers, shares and days as the UI language writes them ("1,234" / "1.234", "86%" / "86%", "5 Dec" / "5 dec"). */
export interface ChartFormat {
  number: (value: number) => string;
  /** Short, for labels on bars: "1.2K" / "1,2K". */
  compact: (value: number) => string;
  /** A share 0–1 as a whole percentage. */
  percent: (share: number) => string;
  /** A day ("YYYY-MM-DD") for an axis: "5 Dec". */
  day: (day: string) => string;
  /** A day for a table or a summary: "Fri 5 Dec". */
  longDay: (day: string) => string;
}

export function chartFormat(lng: UiLanguage): ChartFormat {
  const locale = lng === "nl" ? "nl-NL" : "en-GB";
  const number = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  // A review day is a calendar date, not an instant: formatted at noon UTC so no zone can move it.
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const longDay = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const noon = (value: string) => new Date(`${value}T12:00:00.000Z`);
  return {
    number: (value) => number.format(value),
    compact: (value) => compact.format(value),
    percent: (share) => percent.format(share),
    day: (value) => day.format(noon(value)),
    longDay: (value) => longDay.format(noon(value)),
  };
}

import { CLASS_TIME_ZONE } from "@/lib/i18n/class-time-zone";
import type { UiLanguage } from "@/lib/i18n/languages";

/**
 * A day as a class reads it, in the classes' time zone (the server runs in UTC):
 * formatDay("nl", new Date("2027-01-31T12:00:00Z")) → "31 jan 2027".
 */
export function formatDay(lng: UiLanguage, date: Date): string {
  return new Intl.DateTimeFormat(lng === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeZone: CLASS_TIME_ZONE,
  }).format(date);
}

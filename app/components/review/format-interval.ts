import { intervalParts } from "@/lib/vocabulary/review-interval";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { ReviewStrings } from "./review-strings";

type IntervalStrings = Pick<ReviewStrings, "lng" | "intervals" | "intervalWords">;

/** A time until the next review, short for the grade buttons ("10 min", "1,5 mnd") and in words for screen readers. */
export function formatInterval(ms: number, strings: IntervalStrings): { short: string; words: string } {
  const { count, unit } = intervalParts(ms);
  const n = new Intl.NumberFormat(strings.lng, { maximumFractionDigits: 1 }).format(count);
  const plural = new Intl.PluralRules(strings.lng).select(count) === "one" ? "one" : "other";
  return {
    short: fillPlaceholders(strings.intervals[unit], { n }),
    words: fillPlaceholders(strings.intervalWords[unit][plural], { n }),
  };
}

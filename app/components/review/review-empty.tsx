import Link from "next/link";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { formatInterval } from "./format-interval";
import type { ReviewStrings } from "./review-strings";

interface Props {
  nextAt: number | null;
  /** The server's clock when the queue was made, so the wait shown does not depend on the browser's. */
  now: number;
  timeZone: string;
  strings: ReviewStrings;
  vocabularyHref: string;
}

/** "Nothing to review now", when the next card is due on the learner's clock, and the way to the vocabulary. */
export function ReviewEmpty({ nextAt, now, timeZone, strings, vocabularyHref }: Props) {
  const when =
    nextAt === null
      ? null
      : new Intl.DateTimeFormat(strings.lng, {
          timeZone,
          weekday: "long",
          day: "numeric",
          month: "long",
          hour: "2-digit",
          minute: "2-digit",
        }).format(nextAt);
  return (
    <section aria-labelledby="review-empty">
      <h2 id="review-empty">{strings.empty}</h2>
      {/* The date is written on the server and again in the browser; their date libraries may space it differently. */}
      <p suppressHydrationWarning>
        {when === null || nextAt === null
          ? strings.nothingWaiting
          : fillPlaceholders(strings.nextAt, { when, interval: formatInterval(nextAt - now, strings).words })}
      </p>
      <p>
        <Link href={vocabularyHref}>{strings.toVocabulary}</Link>
      </p>
    </section>
  );
}

"use client";

import { useEffect, useRef } from "react";
import type { ReviewQueue } from "@/lib/vocabulary/review-card-view";
import { useDutchVoice } from "@/app/components/reader/use-dutch-voice";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { GradeButtons } from "./grade-buttons";
import { ReviewCard } from "./review-card";
import { ReviewEmpty } from "./review-empty";
import type { ReviewStrings } from "./review-strings";
import styles from "./review.module.css";
import { useReviewKeys } from "./use-review-keys";
import { useReviewSession } from "./use-review-session";

interface Props {
  initialQueue: ReviewQueue;
  strings: ReviewStrings;
  vocabularyHref: string;
}

/** The review screen: the day's counts, the card on screen with its grades, and what each action did, announced. */
export function ReviewSession({ initialQueue, strings, vocabularyHref }: Props) {
  const { session, pending, message, reveal, grade, undo } = useReviewSession(initialQueue, strings);
  const speak = useDutchVoice();
  useReviewKeys({ reveal, grade, undo });
  const { cards, left, nextAt, now, timeZone } = session.queue;
  const card = cards[0];

  // When the answer shows or the next card comes, the button that had focus is gone: focus the card, so keyboard
  // and screen-reader users carry on from it (focus elsewhere, such as on a grade button, stays where it is).
  const cardSection = useRef<HTMLElement>(null);
  const shown = `${card?.itemId}:${session.revealed}`;
  const firstShown = useRef(shown);
  useEffect(() => {
    if (shown === firstShown.current) return;
    firstShown.current = "";
    if (document.activeElement === document.body) cardSection.current?.focus({ preventScroll: true });
  }, [shown]);

  return (
    <div className={styles.session}>
      <p className={styles.left}>{fillPlaceholders(strings.left, left)}</p>
      {card ? (
        <>
          <ReviewCard
            key={card.itemId}
            card={card}
            revealed={session.revealed}
            strings={strings}
            speak={speak}
            onReveal={reveal}
            sectionRef={cardSection}
          />
          {session.revealed && <GradeButtons card={card} strings={strings} pending={pending} onGrade={grade} />}
        </>
      ) : (
        <ReviewEmpty nextAt={nextAt} now={now} timeZone={timeZone} strings={strings} vocabularyHref={vocabularyHref} />
      )}
      <p className={styles.undo}>
        <button
          type="button"
          className="link-button"
          aria-keyshortcuts="U"
          disabled={pending || session.graded.length === 0}
          onClick={undo}
        >
          {strings.undo}
        </button>
      </p>
      <p role="status" className={styles.status}>
        {message}
      </p>
      <p className="hint">{strings.keys}</p>
    </div>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { gradeReviewAction, reviewQueueAction, undoReviewAction } from "@/app/actions/review";
import type { ReviewQueue } from "@/lib/vocabulary/review-card-view";
import {
  afterGrade,
  afterUndo,
  needsRefill,
  refilled,
  skipShown,
  startSession,
  type ReviewSession,
} from "@/lib/vocabulary/review-session";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { formatInterval } from "./format-interval";
import type { ReviewStrings } from "./review-strings";

/** No timer asks for the queue sooner than this, so a browser clock ahead of the server's cannot make it spin. */
const MIN_TIMER_MS = 5_000;
/** When the next card is further away than this, the empty screen waits for the learner to come back instead. */
const MAX_TIMER_MS = 3_600_000;

/**
 * The review screen's state, fed by the review actions: show the answer, grade, undo, and ask for the queue again
 * when it runs low, when a card graded into learning is due back, or when the next card of an empty queue is due.
 * One request at a time for grades and undos, so a second key press while one is on its way does nothing.
 */
export function useReviewSession(initial: ReviewQueue, strings: ReviewStrings) {
  const [session, setSession] = useState(() => startSession(initial));
  const [pending, setPending] = useState(false);
  const [message, setShownMessage] = useState("");
  // The same words twice in a row (two cards graded Good) would not be read again; a changing space makes them new.
  const setMessage = useCallback(
    (text: string) => setShownMessage((shown) => (shown.endsWith("\u00a0") ? text : `${text}\u00a0`)),
    [],
  );
  const current = useRef(session);
  const busy = useRef(false);
  /** Counts grades and undos, so a queue asked for before one of them is asked for again instead of used. */
  const changes = useRef(0);
  const refilling = useRef(false);

  const commit = useCallback((next: ReviewSession) => {
    current.current = next;
    setSession(next);
  }, []);

  const errorText = useCallback(
    (code: string) => strings.errors[code] ?? strings.errors.unknown ?? "",
    [strings.errors],
  );

  const refill = useCallback(async () => {
    if (refilling.current) return;
    refilling.current = true;
    try {
      for (;;) {
        const asked = changes.current;
        const result = await reviewQueueAction();
        if (!result.ok) return setMessage(errorText(result.error));
        if (asked !== changes.current) continue;
        return commit(refilled(current.current, result.data));
      }
    } finally {
      refilling.current = false;
    }
  }, [commit, errorText, setMessage]);

  const run = useCallback(async (request: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    changes.current++;
    setPending(true);
    try {
      await request();
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);

  const reveal = useCallback(() => {
    const now = current.current;
    if (now.revealed || now.queue.cards.length === 0) return;
    commit({ ...now, revealed: true });
    setMessage(strings.announce.answerShown);
  }, [commit, setMessage, strings.announce.answerShown]);

  const grade = useCallback(
    (index: number) => {
      const card = current.current.queue.cards[0];
      if (!card || !current.current.revealed) return;
      void run(async () => {
        const result = await gradeReviewAction({
          itemId: card.itemId,
          grade: index + 1,
          direction: card.direction,
          reps: card.reps,
        });
        if (!result.ok) {
          // A card deleted meanwhile (in another tab) cannot be graded: leave it and go on with the rest.
          if (result.error === "not-found") commit(skipShown(current.current));
          return setMessage(errorText(result.error));
        }
        const next = afterGrade(current.current, result.data);
        commit(next);
        const interval = formatInterval(card.intervals[index] ?? 0, strings).words;
        setMessage(
          result.data.graded
            ? fillPlaceholders(strings.announce.graded, { grade: strings.grades[index] ?? "", interval })
            : strings.announce.alreadyGraded,
        );
        if (!result.data.graded || needsRefill(next, Date.now())) void refill();
      });
    },
    [commit, errorText, refill, run, setMessage, strings],
  );

  const undo = useCallback(() => {
    const last = current.current.graded.at(-1);
    if (!last) return setMessage(strings.announce.nothingToUndo);
    void run(async () => {
      const result = await undoReviewAction(last.card.itemId);
      if (!result.ok) {
        // The grade is gone (undone or deleted elsewhere): the session's older grades cannot be reached either.
        const gone = result.error === "nothing-to-undo" || result.error === "not-found";
        if (gone) commit({ ...current.current, graded: [] });
        return setMessage(gone ? strings.announce.nothingToUndo : errorText(result.error));
      }
      commit(afterUndo(current.current, result.data.reps));
      setMessage(fillPlaceholders(strings.announce.undone, { word: last.card.headword }));
      void refill();
    });
  }, [commit, errorText, refill, run, setMessage, strings.announce]);

  // A card graded into learning comes back within minutes: ask for the queue when the first of them is due (again
  // after each answer, in case the browser's clock ran ahead of the server's).
  const learningBack = session.learningBack[0];
  const { cards, nextAt, now } = session.queue;
  useEffect(() => {
    if (learningBack === undefined) return;
    const timer = setTimeout(() => void refill(), Math.max(MIN_TIMER_MS, learningBack - Date.now()));
    return () => clearTimeout(timer);
  }, [learningBack, now, refill]);

  // With nothing left now, ask again when the next card is due, if that is soon.
  useEffect(() => {
    if (cards.length > 0 || nextAt === null || nextAt - now > MAX_TIMER_MS) return;
    const timer = setTimeout(() => void refill(), Math.max(MIN_TIMER_MS, nextAt - now));
    return () => clearTimeout(timer);
  }, [cards.length, nextAt, now, refill]);

  return { session, pending, message, reveal, grade, undo };
}

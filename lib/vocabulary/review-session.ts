import type { CardKind, GradeOutcome, ReviewCardView, ReviewQueue } from "./review-card-view";

/**
 * The review screen's state between server answers: the queue (its first card is the one on screen), the grades of
 * this session for undo, and when cards graded back into learning return. The screen goes from card to card
 * without reloading; it asks the server for the queue again when it runs low or a learning card comes back due.
 */
export interface ReviewSession {
  queue: ReviewQueue;
  revealed: boolean;
  /** The session's grades, latest last: the card as it was shown, and the kind it was graded into. */
  graded: { card: ReviewCardView; kindAfter: CardKind }[];
  /** When the cards graded into learning this session are due again (ms, ascending). */
  learningBack: number[];
}

/** Fewer cards than this left on the screen's side, and it asks the server for more. */
export const REFILL_BELOW = 5;

export function startSession(queue: ReviewQueue): ReviewSession {
  return { queue, revealed: false, graded: [], learningBack: [] };
}

function withCount(left: Record<CardKind, number>, kind: CardKind, change: number): Record<CardKind, number> {
  return { ...left, [kind]: Math.max(0, left[kind] + change) };
}

/** The session without the card on screen (it was graded elsewhere, or deleted): on to the next. */
export function skipShown(session: ReviewSession): ReviewSession {
  return { ...session, queue: { ...session.queue, cards: session.queue.cards.slice(1) }, revealed: false };
}

/**
 * The session after the card on screen was graded: the card leaves the queue and the day's counts follow (a card
 * graded into learning is due again today). A grade the server refused as a repeat only moves on; the next queue
 * from the server has the counts right.
 */
export function afterGrade(session: ReviewSession, outcome: GradeOutcome): ReviewSession {
  const card = session.queue.cards[0];
  if (!card || !outcome.graded) return skipShown(session);
  const { queue } = skipShown(session);
  let left = withCount(queue.left, card.kind, -1);
  if (outcome.kind === "learning") left = withCount(left, "learning", 1);
  const learningBack =
    outcome.kind === "learning" ? [...session.learningBack, outcome.due].sort((a, b) => a - b) : session.learningBack;
  return {
    queue: { ...queue, left },
    revealed: false,
    graded: [...session.graded, { card, kindAfter: outcome.kind }],
    learningBack,
  };
}

/** The session after its latest grade was undone: that card is back on screen, as it was, with its counts. */
export function afterUndo(session: ReviewSession, reps: number): ReviewSession {
  const last = session.graded.at(-1);
  if (!last) return session;
  let left = withCount(session.queue.left, last.kindAfter, last.kindAfter === "learning" ? -1 : 0);
  left = withCount(left, last.card.kind, 1);
  const others = session.queue.cards.filter((card) => card.itemId !== last.card.itemId);
  return {
    ...session,
    queue: { ...session.queue, left, cards: [{ ...last.card, reps }, ...others] },
    revealed: false,
    graded: session.graded.slice(0, -1),
  };
}

/**
 * The session with a fresh queue from the server: the card on screen stays (the learner may be reading its answer),
 * the server's cards follow it, and the counts and times are the server's.
 */
export function refilled(session: ReviewSession, fresh: ReviewQueue): ReviewSession {
  const shown = session.queue.cards[0];
  const cards = shown ? [shown, ...fresh.cards.filter((card) => card.itemId !== shown.itemId)] : fresh.cards;
  return {
    ...session,
    queue: { ...fresh, cards },
    revealed: shown ? session.revealed : false,
    learningBack: session.learningBack.filter((due) => due > fresh.now),
  };
}

/** Whether to ask the server for the queue again at `now`: few cards left, or a learning card due back. */
export function needsRefill(session: ReviewSession, now: number): boolean {
  const back = session.learningBack[0];
  return session.queue.cards.length < REFILL_BELOW || (back !== undefined && back <= now);
}

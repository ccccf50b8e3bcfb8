import { reviewDirection, type ReviewDirection } from "./review-direction";
import { splitAtForm } from "./review-sentence";
import { dueAfterEachGrade, GRADES, type CardFields } from "./review-scheduler";

/** Which count of the day a card belongs to, by its FSRS state (0 new; 1 learning and 3 relearning; 2 review). */
export type CardKind = "new" | "learning" | "review";

export function cardKind(state: number): CardKind {
  if (state === 0) return "new";
  return state === 2 ? "review" : "learning";
}

/** The sentence a card is asked in, with where it stands in its lesson (null for an imported one). */
export interface ReviewSentence {
  form: string;
  sentence: string;
  /** The sentence's English from the lesson's aligned pair; "" when it had none. */
  english: string;
  lessonId: string | null;
  paragraphId: string | null;
  sentencePosition: number | null;
}

/** One card as the review screen shows it. Times are milliseconds, so they cross to the browser as they are. */
export interface ReviewCardView {
  itemId: string;
  headword: string;
  english: string;
  note: string;
  sentence: ReviewSentence | null;
  /** The card's review count, sent back with the grade so a double submit grades once. */
  reps: number;
  kind: CardKind;
  direction: ReviewDirection;
  /** Milliseconds from now until the card would be due again after each grade: Again, Hard, Good, Easy (1–4). */
  intervals: number[];
}

/** What is left of the learner's day: cards to review now, counts, and when the next comes when none is due. */
export interface ReviewQueue {
  cards: ReviewCardView[];
  left: Record<CardKind, number>;
  /** When the next card can be reviewed (ms since the epoch), when none can now; null when nothing waits. */
  nextAt: number | null;
  /** The server's clock when the queue was made. */
  now: number;
  /** The learner's time zone, to show `nextAt` on their clock. */
  timeZone: string;
}

/** The view of one card at `now`: its direction this time and the preview of each grade. */
export function reviewCardView(
  item: Omit<ReviewCardView, "reps" | "kind" | "direction" | "intervals">,
  card: CardFields,
  production: boolean,
  now: Date,
): ReviewCardView {
  const due = dueAfterEachGrade(card, now);
  // Production blanks the word in its sentence, or asks for the word's English; without either it cannot be asked.
  const hasCue =
    (item.sentence !== null && splitAtForm(item.sentence.sentence, item.sentence.form) !== null) || item.english !== "";
  return {
    ...item,
    reps: card.reps,
    kind: cardKind(card.state),
    direction: reviewDirection({ reps: card.reps, production, hasCue }),
    intervals: GRADES.map((grade) => due[grade].getTime() - now.getTime()),
  };
}

/** A card after a grade, as the review screen needs it to go on. */
export interface GradeOutcome {
  /** False when the card had already moved on from what the learner saw (a second submit): nothing was graded. */
  graded: boolean;
  reps: number;
  kind: CardKind;
  /** When the card is due again (ms since the epoch). */
  due: number;
}

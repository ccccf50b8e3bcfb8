/** Recognition: the Dutch word in its sentence → its English. Production: the sentence with the word blanked → Dutch. */
export const REVIEW_DIRECTIONS = ["recognition", "production"] as const;
export type ReviewDirection = (typeof REVIEW_DIRECTIONS)[number];

/**
 * Which way a card is asked this time. One FSRS card holds the word, so with production on the two directions take
 * turns by the card's review count: a word is first met as recognition (reps 0), asked for production the next time
 * (reps 1), and so on. Production needs a cue (a sentence to blank the word in, or the word's English); without one
 * the card stays recognition.
 *
 * reviewDirection({ reps: 3, production: true, hasCue: true }) → "production"
 */
export function reviewDirection(card: { reps: number; production: boolean; hasCue: boolean }): ReviewDirection {
  return card.production && card.hasCue && card.reps % 2 === 1 ? "production" : "recognition";
}

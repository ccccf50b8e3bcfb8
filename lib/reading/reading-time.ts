/**
 * Words a learner reads per minute. Native adults read prose at about 240; readers of a second language at A2–B2
 * are measured at roughly 100–200, slower where they stop for words. 150 sits in the middle of that range, so the
 * estimate neither discourages a beginner nor flatters an advanced learner by much.
 */
export const LEARNER_WORDS_PER_MINUTE = 150;

/** Minutes a learner needs for `wordCount` words, rounded up and at least one: readingMinutes(620) → 5. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / LEARNER_WORDS_PER_MINUTE));
}

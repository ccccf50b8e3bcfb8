/** Learners read a foreign language slowly: about 100 words a minute, rounded up, at least one minute. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / 100));
}

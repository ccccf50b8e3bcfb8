/** How much one reader page holds: enough for a long article, little enough that the page stays light and fast. */
export const READER_PAGE_LIMITS = { maxCharacters: 15_000, maxParagraphs: 100 } as const;

/**
 * Splits a lesson's paragraphs into reader pages, in order: a page closes before the paragraph that would take it
 * over either limit. Every page has at least one paragraph, so a single huge paragraph gets a page of its own.
 * `sizes` are the paragraphs' lengths (Dutch and English) in reading order; the result is the index each page
 * starts at.
 *
 * readerPageStarts([6000, 6000, 6000, 100], { maxCharacters: 15000, maxParagraphs: 100 }) → [0, 2]
 */
export function readerPageStarts(
  sizes: readonly number[],
  limits: { maxCharacters: number; maxParagraphs: number } = READER_PAGE_LIMITS,
): number[] {
  const starts = [0];
  let characters = 0;
  let paragraphs = 0;
  sizes.forEach((size, index) => {
    if (paragraphs > 0 && (characters + size > limits.maxCharacters || paragraphs + 1 > limits.maxParagraphs)) {
      starts.push(index);
      characters = 0;
      paragraphs = 0;
    }
    characters += size;
    paragraphs += 1;
  });
  return starts;
}

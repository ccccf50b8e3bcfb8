/** How long a paragraph must stay in view to count as read. */
export const SEEN_AFTER_MS = 1_000;

/**
 * Whether a paragraph is in view enough to be reading it: at least half of it on screen, or, for a paragraph too
 * tall for that, at least 60% of the screen filled by it. From an IntersectionObserver entry's numbers.
 *
 * isParagraphInView({ ratio: 0.5, visibleHeight: 100, viewportHeight: 800 }) → true
 * isParagraphInView({ ratio: 0.3, visibleHeight: 600, viewportHeight: 800 }) → true (a tall paragraph filling 75%)
 */
export function isParagraphInView(view: { ratio: number; visibleHeight: number; viewportHeight: number }): boolean {
  if (view.visibleHeight <= 0) return false;
  return view.ratio >= 0.5 || view.visibleHeight >= 0.6 * view.viewportHeight;
}

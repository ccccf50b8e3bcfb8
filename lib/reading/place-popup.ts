/** A rectangle in page coordinates (CSS pixels from the top left of the document). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The part of the page the learner sees: where it starts (the scroll position) and its size. */
export interface View {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: "below" | "above";
  /** Set when the popup fits neither below nor above: it scrolls inside this height. */
  maxHeight?: number;
}

/** Space between the word and its popup, and between a popup and the edge of the screen. */
const GAP = 6;
const MARGIN = 8;

/**
 * Where a popup of `size` goes for a word at `anchor`: below it, so it never covers the line being read, or above it
 * when there is no room below; never outside the view; and, given `within` (the Dutch column beside the English),
 * inside it when it fits, so it does not cover the English counterpart it points to. When it fits on neither side,
 * it takes the roomier side and scrolls.
 *
 * placePopup({ top: 700, bottom: 720, left: 40, right: 90 }, { width: 300, height: 200 },
 *            { top: 0, left: 0, width: 400, height: 800 }) → { top: 494, left: 40, side: "above" }
 */
export function placePopup(anchor: Box, size: { width: number; height: number }, view: View, within?: Box): Placement {
  const width = Math.min(size.width, view.width - 2 * MARGIN);
  let left = Math.min(anchor.left, view.left + view.width - MARGIN - width);
  if (within && within.right - within.left >= width) left = Math.max(within.left, Math.min(left, within.right - width));
  left = Math.max(view.left + MARGIN, left);

  const roomBelow = view.top + view.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - (view.top + MARGIN);
  if (size.height <= roomBelow) return { top: anchor.bottom + GAP, left, side: "below" };
  if (size.height <= roomAbove) return { top: anchor.top - GAP - size.height, left, side: "above" };
  if (roomBelow >= roomAbove)
    return { top: anchor.bottom + GAP, left, side: "below", maxHeight: Math.max(0, roomBelow) };
  return { top: view.top + MARGIN, left, side: "above", maxHeight: Math.max(0, roomAbove) };
}

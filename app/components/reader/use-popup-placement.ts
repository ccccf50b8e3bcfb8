"use client";

import { useCallback, useLayoutEffect, useState, type CSSProperties, type RefObject } from "react";
import { placePopup, type Box, type Placement } from "@/lib/reading/place-popup";
import { coveredTop } from "./reader-dom";

/** The word a popup belongs to and, for a Dutch word beside the English column, the Dutch column it should stay in. */
export interface PopupAnchor {
  anchor: Box;
  within?: Box;
}

/** A rectangle of the viewport (getBoundingClientRect) in page coordinates, where popups are positioned. */
export function pageBox(rect: DOMRect): Box {
  return {
    top: rect.top + window.scrollY,
    bottom: rect.bottom + window.scrollY,
    left: rect.left + window.scrollX,
    right: rect.right + window.scrollX,
  };
}

function samePlacement(a: Placement | null, b: Placement): boolean {
  return !!a && a.top === b.top && a.left === b.left && a.side === b.side && a.maxHeight === b.maxHeight;
}

/**
 * Places a popup by its real size: below its word, or above it near the bottom of the screen, never outside the
 * screen. It is measured again after every render, in the same task as the commit, so content that grows (a look-up
 * arriving) is never found where its smaller self was placed, not even by a script reading the page before the next
 * frame; and whenever its size changes otherwise (a font arriving, the text size).
 */
export function usePopupPlacement(ref: RefObject<HTMLElement | null>, { anchor, within }: PopupAnchor): CSSProperties {
  const [placement, setPlacement] = useState<Placement | null>(null);
  const place = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    // The whole height, even while a max-height makes the popup scroll.
    const height = element.scrollHeight + element.offsetHeight - element.clientHeight;
    // Below the read-aloud bar when it is shown, so that the bar never covers the popup.
    const covered = coveredTop();
    const view = {
      top: window.scrollY + covered,
      left: window.scrollX,
      width: document.documentElement.clientWidth,
      height: window.innerHeight - covered,
    };
    const next = placePopup(anchor, { width: element.offsetWidth, height }, view, within);
    setPlacement((previous) => (samePlacement(previous, next) ? previous : next));
  }, [ref, anchor, within]);
  useLayoutEffect(place);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(place);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, place]);
  // First measured at the left edge, where nothing narrows it; placed before the browser paints it. (Not hidden
  // meanwhile: the card's first button takes the focus in an effect that may run before the placement.)
  if (!placement) return { top: anchor.bottom, left: window.scrollX };
  return {
    top: placement.top,
    left: placement.left,
    ...(placement.maxHeight !== undefined && { maxHeight: placement.maxHeight, overflowY: "auto" }),
  };
}

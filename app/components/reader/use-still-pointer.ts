"use client";

import { useCallback, useEffect, useLayoutEffect, useRef } from "react";

type Point = { x: number; y: number };

/**
 * Tells the pointer events of a mouse that has not moved since a card closed (`cardOpen` turned false) from those of
 * one the learner moves: the browser reports whatever the card uncovers under a resting mouse as pointed at, which
 * is no reason to highlight a sentence pair or show a term's tooltip.
 */
export function useStillPointer(cardOpen: boolean): (event: Event) => boolean {
  const at = useRef<Point | null>(null);
  const resting = useRef<Point | null>(null);
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      at.current = { x: event.clientX, y: event.clientY };
    };
    document.addEventListener("pointermove", onMove);
    return () => document.removeEventListener("pointermove", onMove);
  }, []);
  // Before the browser can report what the closed card uncovered.
  useLayoutEffect(() => {
    if (!cardOpen) resting.current = at.current;
  }, [cardOpen]);
  return useCallback((event: Event) => {
    const point = resting.current;
    if (!(event instanceof PointerEvent) || !point) return false;
    if (event.clientX === point.x && event.clientY === point.y) return true;
    resting.current = null;
    return false;
  }, []);
}

"use client";

import { useEffect, useRef } from "react";

export interface ReviewKeyHandlers {
  reveal(): void;
  /** 0–3: Again, Hard, Good, Easy. */
  grade(index: number): void;
  undo(): void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** Space on a focused button or link presses it, as the browser does; the review screen leaves that alone. */
function pressesControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("button, a, summary, [role='button']") !== null;
}

/**
 * The review screen's keys: Space shows the answer, 1–4 grade, U undoes. None of them fires while the learner types
 * in a field, with Ctrl, Alt or Meta held, or as a held key repeats (one press, one grade). Shift is allowed only for
 * the digits, which some layouts (AZERTY) type with it.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      const digit = /^[1-4]$/.test(event.key);
      if (event.shiftKey && !digit) return;
      if (digit) {
        event.preventDefault();
        current.current.grade(Number(event.key) - 1);
      } else if (event.key === " " && !pressesControl(event.target)) {
        event.preventDefault();
        current.current.reveal();
      } else if (event.key === "u" || event.key === "U") {
        event.preventDefault();
        current.current.undo();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Box } from "@/lib/reading/place-popup";

/** A message of the reader, with the undo of what it reports; the undo answers the message to show after it. */
export interface ReaderToast {
  message: string;
  undo?: () => Promise<string>;
}

/** Which edge of the screen a message is shown at. */
export type ToastEdge = "top" | "bottom";

/**
 * The edge away from where the learner is, so the message does not cover the line just saved from: the word of the
 * open card (`near`, in page coordinates; its button is disabled while it saves, so it loses the focus), else the
 * focused element. At the bottom unless that is in the lower half of the screen.
 */
function edgeAway(near: Box | null): ToastEdge {
  const focused = document.activeElement;
  let middle: number;
  if (near) middle = (near.top + near.bottom) / 2 - window.scrollY;
  else if (focused instanceof HTMLElement && focused !== document.body) {
    const box = focused.getBoundingClientRect();
    middle = (box.top + box.bottom) / 2;
  } else return "bottom";
  return middle > window.innerHeight / 2 ? "top" : "bottom";
}

/** How long a message stays (unless the pointer or focus is on it: WCAG 2.2.1 lets the reader take their time). */
const SHOWN_MS = 8_000;

export function useReaderToast() {
  const [toast, setToast] = useState<ReaderToast | null>(null);
  const [edge, setEdge] = useState<ToastEdge>("bottom");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const pause = useCallback(() => clearTimeout(timer.current), []);
  const resume = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(null), SHOWN_MS);
  }, []);
  const show = useCallback(
    (next: ReaderToast, near: Box | null = null) => {
      setEdge(edgeAway(near));
      setToast(next);
      resume();
    },
    [resume],
  );
  const undo = useCallback(async () => {
    const current = toast?.undo;
    if (!current) return;
    setToast({ message: toast.message });
    show({ message: await current() });
  }, [toast, show]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { toast, edge, show, undo, pause, resume };
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** A message of the reader, with the undo of what it reports; the undo answers the message to show after it. */
export interface ReaderToast {
  message: string;
  undo?: () => Promise<string>;
}

/** How long a message stays (unless the pointer or focus is on it: WCAG 2.2.1 lets the reader take their time). */
const SHOWN_MS = 8_000;

export function useReaderToast() {
  const [toast, setToast] = useState<ReaderToast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const pause = useCallback(() => clearTimeout(timer.current), []);
  const resume = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(null), SHOWN_MS);
  }, []);
  const show = useCallback(
    (next: ReaderToast) => {
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
  return { toast, show, undo, pause, resume };
}

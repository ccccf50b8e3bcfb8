"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createActiveTime, timeChunks } from "@/lib/progress/active-time";
import { createEventQueue, outcomeOf, type BatchOutcome } from "@/lib/progress/event-queue";
import { isParagraphInView, SEEN_AFTER_MS } from "@/lib/progress/paragraph-in-view";
import type { ReadingEventInput } from "@/lib/progress/reading-event-input";
import { useSession } from "../use-session";
import { sentenceOf } from "./reader-dom";

const ENDPOINT = "/api/reading-events";
const FLUSH_EVERY_MS = 15_000;
/** Fine enough steps that a tall paragraph's growing share of the screen is noticed while scrolling. */
const THRESHOLDS = Array.from({ length: 21 }, (_, step) => step / 20);
const INPUT_EVENTS = ["scroll", "wheel", "keydown", "pointerdown", "pointermove", "touchstart"] as const;

type NewEvent = ReadingEventInput extends infer E ? (E extends unknown ? Omit<E, "id"> : never) : never;

interface Tracker {
  add(event: NewEvent): void;
  finish(): Promise<void>;
  close(): void;
}

/** The tracker of the reader page on screen, for look-ups recorded from the word card; null when not tracking. */
let active: Tracker | null = null;

/** A client id for an event: random, and available on plain http too (unlike crypto.randomUUID). */
function newEventId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Records that the word card opened the word at `offset` of a Dutch sentence element (when the page is tracked).
 * Only positions are sent; the server reads the sentence and the word from the lesson.
 */
export function trackLookup(sentence: HTMLElement, offset: number): void {
  const paragraph = Number(sentence.closest<HTMLElement>("[data-position]")?.dataset.position);
  const ref = sentenceOf(sentence);
  if (!active || !ref || !Number.isInteger(paragraph)) return;
  active.add({ kind: "lookup", paragraph, sentence: ref.sentencePosition, offset });
}

/**
 * Starts recording one reader page: "open" at once, paragraphs seen, active time, and whatever `add` is given;
 * sent every 15 s and with a beacon when the page is hidden. Stops for good when the server says the lesson is not
 * tracked for this user. `close` sends what is left and stops.
 */
function startTracking(lessonId: string, onTracked: () => void): Tracker {
  const queue = createEventQueue();
  const clock = createActiveTime(Date.now());
  const timers = new Map<Element, number>();
  const seen = new Set<number>();
  const rows = [...document.querySelectorAll<HTMLElement>("#reader [data-position]")];

  const add = (event: NewEvent) => queue.add({ ...event, id: newEventId() } as ReadingEventInput);
  const takeTime = () => {
    for (const seconds of timeChunks(clock.take(Date.now()))) add({ kind: "time", seconds });
  };

  const flush = async (): Promise<void> => {
    const events = queue.take();
    if (!events) return;
    let outcome: BatchOutcome;
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lessonId, events }),
        // Lets a batch sent just before the reader leaves still arrive.
        keepalive: true,
      });
      outcome = outcomeOf(response.status, await response.json().catch(() => null));
    } catch {
      outcome = "failed";
    }
    queue.settle(outcome);
    if (queue.stopped) return stop();
    if (outcome === "stored") {
      onTracked();
      if (queue.size > 0) await flush();
    }
  };

  const beacon = () => {
    takeTime();
    for (const events of queue.drain()) {
      const body = JSON.stringify({ lessonId, events });
      // A beacon is sent as text/plain; when the browser's beacon quota is used up, a keepalive fetch tries instead.
      if (!navigator.sendBeacon?.(ENDPOINT, body)) {
        void fetch(ENDPOINT, { method: "POST", body, keepalive: true }).catch(() => undefined);
      }
    }
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const position = Number((entry.target as HTMLElement).dataset.position);
        const inView = isParagraphInView({
          ratio: entry.intersectionRatio,
          visibleHeight: entry.intersectionRect.height,
          viewportHeight: entry.rootBounds?.height ?? window.innerHeight,
        });
        const timer = timers.get(entry.target);
        if (inView && timer === undefined && !seen.has(position)) {
          const markSeen = () => {
            timers.delete(entry.target);
            if (document.visibilityState !== "visible") return;
            seen.add(position);
            observer.unobserve(entry.target);
            add({ kind: "seen", paragraph: position });
          };
          timers.set(entry.target, window.setTimeout(markSeen, SEEN_AFTER_MS));
        } else if (!inView && timer !== undefined) {
          window.clearTimeout(timer);
          timers.delete(entry.target);
        }
      }
    },
    { threshold: THRESHOLDS },
  );
  // Observing again reports where each row is now (after the tab was hidden, a timer may have been skipped).
  const observeUnseen = () => {
    for (const row of rows) {
      if (seen.has(Number(row.dataset.position))) continue;
      observer.unobserve(row);
      observer.observe(row);
    }
  };

  const onInput = () => clock.input(Date.now());
  const onVisibility = () => {
    const visible = document.visibilityState === "visible";
    clock.visibility(visible, Date.now());
    if (visible) observeUnseen();
    else beacon();
  };
  const interval = window.setInterval(() => {
    takeTime();
    void flush();
  }, FLUSH_EVERY_MS);
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true });
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("pagehide", beacon);
  observeUnseen();

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    window.clearInterval(interval);
    for (const timer of timers.values()) window.clearTimeout(timer);
    observer.disconnect();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput);
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("pagehide", beacon);
    if (active === tracker) active = null;
  }

  const tracker: Tracker = {
    add: (event) => {
      if (!stopped) add(event);
    },
    finish: async () => {
      if (stopped) return;
      takeTime();
      add({ kind: "finish" });
      await flush();
    },
    close: () => {
      if (!stopped) beacon();
      stop();
    },
  };
  active = tracker;
  add({ kind: "open" });
  void flush();
  return tracker;
}

/**
 * Records reading of this page of the lesson for a signed-in reader (the server decides whether it keeps anything:
 * only for lessons assigned to the reader's classes). `tracked` turns true once the server confirms it records this
 * lesson; `finish` records that the reader says they finished it.
 */
export function useReadingTracker(lessonId: string, page: number): { tracked: boolean; finish: () => Promise<void> } {
  const session = useSession();
  const signedIn = session?.user != null;
  const [tracked, setTracked] = useState(false);
  const tracker = useRef<Tracker | null>(null);

  useEffect(() => {
    if (!signedIn) return;
    const started = startTracking(lessonId, () => setTracked(true));
    tracker.current = started;
    return () => {
      started.close();
      tracker.current = null;
    };
  }, [lessonId, page, signedIn]);

  const finish = useCallback(async () => {
    await tracker.current?.finish();
  }, []);
  return { tracked, finish };
}

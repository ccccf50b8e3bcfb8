"use client";

import { useEffect, useSyncExternalStore } from "react";
import {
  DEFAULT_READING_SETTINGS,
  LINE_SPACINGS,
  parseReadingSettings,
  textSizeFactor,
  type ReadingSettings,
} from "@/lib/reading/reading-settings";

/**
 * The learner's reading settings, kept in this browser's localStorage (and, signed in, with the account: see
 * useAccountReadingSettings). The reader page is cached and the same for everyone, so the server renders the
 * defaults (the text size of the stylesheet, the system's theme: no flash for most readers and no inline script for
 * the CSP) and the stored choice is applied once the page runs.
 */
const STORAGE_KEY = "leeshulp.reading-settings";

let current: ReadingSettings | undefined;
const listeners = new Set<() => void>();

function stored(): ReadingSettings {
  if (!current) {
    let text: string | null = null;
    try {
      text = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage blocked (private mode, policy): the defaults, not remembered.
    }
    current = parseReadingSettings(text);
  }
  return current;
}

/** Sets the page's CSS variables, theme and English column from the settings (see "Reading settings" in globals.css). */
function apply(settings: ReadingSettings): void {
  const root = document.documentElement;
  root.style.setProperty("--reading-scale", String(textSizeFactor(settings.textSize)));
  root.style.setProperty("--reading-line", String(LINE_SPACINGS[settings.lineSpacing]));
  if (settings.theme === "system") delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  document.getElementById("reader")?.classList.toggle("hide-english", settings.hideEnglish);
}

/**
 * Runs `change`, which reflows the text, and scrolls so the first Dutch sentence that starts on screen (else the
 * paragraph across the top of it) stays where it was: the learner keeps their place when the text grows, shrinks or
 * loses its English column. At the very top of the page nothing is scrolled: the place is the beginning.
 */
function keepingReadingPlace(change: () => void): void {
  const onScreen = (element: Element) => element.getBoundingClientRect().top >= 0;
  const sentences = document.querySelectorAll("#reader .cell-nl .sentence, #reader .row-original");
  const rows = document.querySelectorAll("#reader .row");
  const top =
    Array.from(sentences).find(onScreen) ?? Array.from(rows).find((row) => row.getBoundingClientRect().bottom > 0);
  const before = top?.getBoundingClientRect().top;
  change();
  if (top && before !== undefined && window.scrollY > 0) window.scrollBy(0, top.getBoundingClientRect().top - before);
}

/** Listeners to the learner's own changes, not to settings taken from the account (useAccountReadingSettings). */
const changeListeners = new Set<(settings: ReadingSettings) => void>();

/** Applies `next` keeping the reading place, remembers it in this browser and tells the components. */
function store(next: ReadingSettings): void {
  keepingReadingPlace(() => {
    current = next;
    apply(next);
  });
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Not remembered, still applied.
  }
  for (const listener of listeners) listener();
}

/** A change the learner makes (a button, a slider): applied, remembered, and passed on to the account's sync. */
export function updateReadingSettings(change: Partial<ReadingSettings>): void {
  const next = { ...stored(), ...change };
  store(next);
  for (const listener of changeListeners) listener(next);
}

/** Settings kept with the learner's account, which replace this browser's (and are remembered in it). */
export function adoptReadingSettings(settings: ReadingSettings): void {
  store(settings);
}

export function currentReadingSettings(): ReadingSettings {
  return stored();
}

export function onLearnerChange(listener: (settings: ReadingSettings) => void): () => void {
  changeListeners.add(listener);
  return () => {
    changeListeners.delete(listener);
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The settings and, once mounted, the stored ones applied to the page. */
export function useReadingSettings(): ReadingSettings {
  useEffect(() => keepingReadingPlace(() => apply(stored())), []);
  return useSyncExternalStore(subscribe, stored, () => DEFAULT_READING_SETTINGS);
}

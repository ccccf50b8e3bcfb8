"use client";

import { useEffect, useSyncExternalStore } from "react";
import { saveReadingSettingsAction } from "@/app/actions/reading-settings";
import { accountSyncStep } from "@/lib/reading/account-sync";
import { readingSettingsFrom, type ReadingSettings } from "@/lib/reading/reading-settings";
import { adoptReadingSettings, currentReadingSettings, onLearnerChange } from "./use-reading-settings";

/** How long a change waits for the next before it is saved: a few clicks on "Larger" make one save. */
const SAVE_DELAY_MS = 400;

/**
 * Whose change in this browser has not reached their account yet (the account's name): set with each change made
 * signed in, cleared when it is saved. The next page that learner loads uploads it instead of taking the account's.
 */
const UNSAVED_KEY = "leeshulp.reading-settings.unsaved";

/** Where the settings are remembered, as the Reading settings panel says it. */
export type SettingsHome = "browser" | "account" | "unsaved";

let home: SettingsHome = "browser";
const listeners = new Set<() => void>();

function setHome(next: SettingsHome): void {
  if (home === next) return;
  home = next;
  for (const listener of listeners) listener();
}

function unsavedFor(): string | null {
  try {
    return localStorage.getItem(UNSAVED_KEY);
  } catch {
    return null;
  }
}

function markUnsaved(account: string | null): void {
  try {
    if (account === null) localStorage.removeItem(UNSAVED_KEY);
    else localStorage.setItem(UNSAVED_KEY, account);
  } catch {
    // Storage blocked: nothing to remember it in.
  }
}

/** The account's settings, null when it keeps none, undefined when they could not be asked (offline). */
async function fetchKept(): Promise<ReadingSettings | null | undefined> {
  try {
    const response = await fetch("/api/me/reading-settings", { cache: "no-store" });
    if (!response.ok) return undefined;
    const { settings } = (await response.json()) as { settings: unknown };
    return settings === null ? null : readingSettingsFrom(settings);
  } catch {
    return undefined;
  }
}

/**
 * Keeps the reading settings of a signed-in learner (`account`: their name; null signed out, undefined while the
 * browser does not know yet) with their account: on loading, the rule of accountSyncStep; then each change is saved,
 * a moment after the last of a few (last write wins). A failed save leaves the browser's settings as they are, says
 * so quietly in the panel, and is tried again with the next change or page.
 */
export function useAccountReadingSettings(account: string | null | undefined): void {
  useEffect(() => {
    if (account === undefined) return;
    if (account === null) {
      setHome("browser");
      return;
    }
    let active = true;
    let changedMeanwhile = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = async (settings: ReadingSettings) => {
      let saved = false;
      try {
        saved = (await saveReadingSettingsAction(JSON.stringify(settings))).ok;
      } catch {
        // Offline or the server away: said below, and tried again later.
      }
      if (!active) return;
      if (saved && unsavedFor() === account && settings === currentReadingSettings()) markUnsaved(null);
      setHome(saved ? "account" : "unsaved");
    };
    const stopListening = onLearnerChange((settings) => {
      changedMeanwhile = true;
      markUnsaved(account);
      clearTimeout(timer);
      timer = setTimeout(() => void save(settings), SAVE_DELAY_MS);
    });
    void fetchKept().then((kept) => {
      if (!active || kept === undefined || changedMeanwhile) return;
      const browser = currentReadingSettings();
      const step = accountSyncStep(kept, browser, unsavedFor() === account);
      if (step === "adopt" && kept) adoptReadingSettings(kept);
      if (step === "upload") void save(browser);
      else setHome("account");
    });
    return () => {
      active = false;
      stopListening();
      clearTimeout(timer);
    };
  }, [account]);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Where the settings are remembered now: this browser only, also the account, or not yet the account. */
export function useSettingsHome(): SettingsHome {
  return useSyncExternalStore(
    subscribe,
    () => home,
    () => "browser",
  );
}

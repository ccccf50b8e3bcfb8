import { DEFAULT_READING_SETTINGS, sameReadingSettings, type ReadingSettings } from "./reading-settings";

/** What the browser does with its reading settings once it learns what the signed-in learner's account keeps. */
export type AccountSyncStep = "adopt" | "upload" | "none";

/**
 * The rule between this browser's settings and the account's, when a page loads signed in (docs/decisions.md,
 * "Reading settings follow the account"): the account's, when it keeps any, replace the browser's ("adopt"); when it
 * keeps none, the browser's are uploaded if they differ from the defaults. A change made in this browser that never
 * reached the account (`unsavedHere`: offline, or the tab closed before the save) is the last write, and it wins.
 *
 * accountSyncStep({ …defaults, theme: "dark" }, defaults, false) → "adopt"
 * accountSyncStep(null, { …defaults, textSize: 2 }, false) → "upload"
 * accountSyncStep({ …defaults, theme: "dark" }, { …defaults, textSize: 2 }, true) → "upload"
 */
export function accountSyncStep(
  kept: ReadingSettings | null,
  browser: ReadingSettings,
  unsavedHere: boolean,
): AccountSyncStep {
  if (kept && sameReadingSettings(kept, browser)) return "none";
  if (unsavedHere) return "upload";
  if (kept) return "adopt";
  return sameReadingSettings(browser, DEFAULT_READING_SETTINGS) ? "none" : "upload";
}

"use client";

import { updateReadingSettings, useReadingSettings } from "./use-reading-settings";

/**
 * Hides or shows the whole English column (read first, check later), remembered in this browser with the other
 * reading settings. Shown only on lessons that have a translation.
 */
export function TranslationToggle({ hideLabel, showLabel }: { hideLabel: string; showLabel: string }) {
  const { hideEnglish } = useReadingSettings();
  return (
    <button
      type="button"
      className="secondary translation-toggle"
      aria-pressed={hideEnglish}
      onClick={() => updateReadingSettings({ hideEnglish: !hideEnglish })}
    >
      {hideEnglish ? showLabel : hideLabel}
    </button>
  );
}

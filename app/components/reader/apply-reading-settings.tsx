"use client";

import { useReadingSettings } from "./use-reading-settings";

/**
 * Applies the learner's stored reading settings (theme above all) on any page, for the root layout: the reader's
 * own controls apply them too, but a page loaded directly would otherwise follow the device's theme.
 */
export function ApplyReadingSettings() {
  useReadingSettings();
  return null;
}

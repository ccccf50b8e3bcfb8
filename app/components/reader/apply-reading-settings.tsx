"use client";

import { useSession } from "../use-session";
import { useAccountReadingSettings } from "./use-account-reading-settings";
import { useReadingSettings } from "./use-reading-settings";

/**
 * Applies the learner's stored reading settings (theme above all) on any page, for the root layout: the reader's
 * own controls apply them too, but a page loaded directly would otherwise follow the device's theme. Signed in, it
 * also keeps them with the account, so they follow the learner to another browser.
 */
export function ApplyReadingSettings() {
  const session = useSession();
  useReadingSettings();
  useAccountReadingSettings(session && (session.user?.name ?? null));
  return null;
}

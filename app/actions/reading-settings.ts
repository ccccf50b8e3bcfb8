"use server";

import { requireUser } from "@/lib/auth/current-user.server";
import { saveAccountReadingSettings } from "@/lib/reading/account-reading-settings.server";
import { readingSettingsInput } from "@/lib/reading/reading-settings-input";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

/**
 * Keeps the caller's reading settings (text size, line spacing, theme, speed, Hide English) with their account, sent
 * as the JSON text the browser stores: checked for length before it is parsed, and only known settings kept.
 */
export async function saveReadingSettingsAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await saveAccountReadingSettings(user.id, parseInput(readingSettingsInput, input));
    return null;
  });
}

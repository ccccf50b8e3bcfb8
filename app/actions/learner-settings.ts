"use server";

import { requireUser } from "@/lib/auth/current-user.server";
import { learnerSettingsInput } from "@/lib/vocabulary/learner-settings";
import { updateLearnerSettings } from "@/lib/vocabulary/learner-settings.server";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** Saves any of the caller's reading and review settings (the colour switch of the reader saves one alone). */
export async function updateLearnerSettingsAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await updateLearnerSettings(user.id, parseInput(learnerSettingsInput, input));
    return null;
  });
}

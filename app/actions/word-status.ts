"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { markRestKnown, undoMarkKnown } from "@/lib/lessons/mark-rest-known.server";
import { changeWordStatus, undoWordStatus } from "@/lib/vocabulary/change-word-status.server";
import { WORD_STATUSES, type WordStatus } from "@/lib/vocabulary/word-status";
import { MAX_STATUS_KEYS } from "@/lib/vocabulary/word-statuses.server";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

const lemmaKey = z.string().trim().min(1).max(200);
const statusChange = z.object({ key: lemmaKey, status: z.enum(WORD_STATUSES) });

/** Sets the caller's status of one word (the word card's L / K / I); answers the status before, for undo. */
export async function changeWordStatusAction(input: unknown): Promise<ActionResult<WordStatus>> {
  return runAction(async () => {
    const user = await requireUser();
    const { key, status } = parseInput(statusChange, input);
    return changeWordStatus(user, key, status);
  });
}

export async function undoWordStatusAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const { key, status } = parseInput(statusChange, input);
    await undoWordStatus(user, key, status);
    return null;
  });
}

/** "Mark the rest as known" for a lesson the caller may read; answers the keys it changed, for undo. */
export async function markRestKnownAction(lessonId: unknown): Promise<ActionResult<string[]>> {
  return runAction(async () => {
    const user = await requireUser();
    return markRestKnown(user, parseInput(z.string().min(1).max(64), lessonId));
  });
}

export async function undoMarkKnownAction(keys: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await undoMarkKnown(user, parseInput(z.array(lemmaKey).max(MAX_STATUS_KEYS), keys));
    return null;
  });
}

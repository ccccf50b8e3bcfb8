"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { undoSaveVocabulary } from "@/lib/vocabulary/delete-vocabulary.server";
import { saveVocabulary, type SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { saveVocabularyInput, vocabularyItemId } from "@/lib/vocabulary/vocabulary-input";
import { WORD_STATUSES } from "@/lib/vocabulary/word-status";
import type { ActionResult } from "./action-result";
import { parseInput as parse } from "./parse-input";
import { runAction } from "./run-action";

export async function saveVocabularyAction(input: unknown): Promise<ActionResult<SavedVocabulary>> {
  return runAction(async () => {
    const user = await requireUser();
    return saveVocabulary(user, parse(saveVocabularyInput, input));
  });
}

const savedSchema = z.object({
  itemId: vocabularyItemId,
  contextId: vocabularyItemId,
  itemCreated: z.boolean(),
  contextCreated: z.boolean(),
  previousStatus: z.enum(WORD_STATUSES),
});

export async function undoSaveVocabularyAction(saved: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await undoSaveVocabulary(user, parse(savedSchema, saved));
    return null;
  });
}

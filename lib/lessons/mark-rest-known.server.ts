import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { restToMarkKnown } from "@/lib/vocabulary/word-status";
import { MAX_STATUS_KEYS, setWordStatuses, wordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { lessonLemmaKeys } from "./lesson-lemma-keys.server";

/**
 * "Mark the rest as known" at the end of a lesson: every lemma key of the lesson the learner has no status for
 * becomes known. Returns the keys it changed, for undo (undoMarkKnown).
 */
export async function markRestKnown(user: CurrentUser, lessonId: string): Promise<string[]> {
  const { lesson } = await requireLesson(user, lessonId, "read");
  const keys = (await lessonLemmaKeys([lesson])).get(lesson.id) ?? [];
  return db.$transaction(async (tx) => {
    const rest = restToMarkKnown(keys, await wordStatuses(tx, user.id, keys)).slice(0, MAX_STATUS_KEYS);
    return [...(await setWordStatuses(tx, user.id, rest, "known")).keys()];
  });
}

/** Undoes markRestKnown: the keys that are still known go back to new (any the learner changed since stay). */
export async function undoMarkKnown(user: CurrentUser, keys: readonly string[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const statuses = await wordStatuses(tx, user.id, keys);
    const stillKnown = keys.filter((key) => statuses.get(key) === "known");
    await setWordStatuses(tx, user.id, stillKnown, "new");
  });
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { jsonTexts } from "@/lib/db/sql-dialect";
import { lessonLemmaKeys } from "./lesson-lemma-keys.server";

/**
 * For each lesson, the share (0–1) of its distinct lemmas that are new to the learner (no status: never saved,
 * marked or ignored), counted by lemma, not by form, so that "staten" and "staat" are one word. Lute's measure. A
 * lesson whose words are not worked out yet (see MAX_COMPUTED_PER_CALL) is left out, and shown without it.
 */
export async function lessonNewShares(
  user: CurrentUser,
  lessons: readonly { id: string; updatedAt: Date }[],
): Promise<Map<string, number>> {
  const keysByLesson = await lessonLemmaKeys(lessons);
  const allKeys = [...new Set([...keysByLesson.values()].flat())];
  const rows =
    allKeys.length === 0
      ? []
      : await db.$queryRaw<{ key: string }[]>`
          SELECT "key" FROM "WordStatus"
          WHERE "userId" = ${user.id} AND "key" IN (SELECT value FROM ${jsonTexts(JSON.stringify(allKeys))})`;
  const seen = new Set(rows.map((row) => row.key));
  return new Map(
    [...keysByLesson].map(([id, keys]) => [
      id,
      keys.length === 0 ? 0 : keys.filter((key) => !seen.has(key)).length / keys.length,
    ]),
  );
}

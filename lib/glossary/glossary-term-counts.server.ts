import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { countTermOccurrences } from "./count-term-occurrences";
import type { GlossaryEntry } from "./find-terms";
import { glossaryWordKeys } from "./glossary-word-keys.server";

/**
 * Counts by lesson, with the lesson's updatedAt they were made at. Counting reads the whole text (about 0.3 s for
 * the longest lesson) and the editor page is shown again after every save; any change to the text or the glossary
 * bumps updatedAt, which makes a stored count stale.
 */
const counted = new Map<string, { updatedAt: number; counts: Map<string, number> }>();
const MAX_COUNTED = 50;

/**
 * How often the reader marks each of the lesson's glossary terms in its text, for the glossary editor; the lesson
 * must be one the user may edit (AppError "not-found" otherwise). `terms` are the lesson's glossary as just read.
 */
export async function glossaryTermCounts(
  user: CurrentUser,
  lessonId: string,
  terms: readonly GlossaryEntry[],
): Promise<Map<string, number>> {
  const { lesson } = await requireLesson(user, lessonId, "edit");
  const updatedAt = lesson.updatedAt.getTime();
  const cached = counted.get(lessonId);
  if (cached?.updatedAt === updatedAt && terms.every((term) => cached.counts.has(term.id))) return cached.counts;
  const paragraphs =
    terms.length === 0
      ? []
      : await db.paragraph.findMany({ where: { lessonId }, select: { language: true, sourceText: true } });
  const counts = countTermOccurrences(paragraphs, terms, glossaryWordKeys(), getDictionary());
  if (counted.size >= MAX_COUNTED) counted.delete(counted.keys().next().value!);
  counted.set(lessonId, { updatedAt, counts });
  return counts;
}

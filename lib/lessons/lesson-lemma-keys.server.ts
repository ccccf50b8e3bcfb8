import "server-only";
import { db } from "@/lib/db/client.server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { sentenceWordKeys } from "@/lib/vocabulary/sentence-word-keys";

/**
 * The distinct lemma keys of each lesson's Dutch text, in reading order, by lesson id with the Lesson.updatedAt
 * they were computed from (anything that changes a lesson's paragraphs bumps it). Used for "Mark the rest as
 * known" and for the share of a lesson's words that are new to a learner.
 */
const cache = new Map<string, { updatedAt: number; keys: string[] }>();
const MAX_CACHED = 500;

/**
 * Most lessons whose keys one call works out (a lesson of 200,000 characters takes a while); the others are left out
 * of the answer this time and are worked out by the next calls, so no request does more than this much.
 */
export const MAX_COMPUTED_PER_CALL = 5;

export async function lessonLemmaKeys(
  lessons: readonly { id: string; updatedAt: Date }[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const missing: string[] = [];
  for (const lesson of lessons) {
    const cached = cache.get(lesson.id);
    if (cached?.updatedAt === lesson.updatedAt.getTime()) result.set(lesson.id, cached.keys);
    else missing.push(lesson.id);
  }
  missing.splice(MAX_COMPUTED_PER_CALL);
  if (missing.length === 0) return result;

  const paragraphs = await db.paragraph.findMany({
    where: { lessonId: { in: missing }, language: "nl" },
    orderBy: [{ lessonId: "asc" }, { position: "asc" }],
    select: {
      lessonId: true,
      sourceText: true,
      sentences: { orderBy: { position: "asc" }, select: { start: true, end: true } },
    },
  });
  const dictionary = getDictionary();
  const keysOf = new Map<string, Set<string>>(missing.map((id) => [id, new Set()]));
  for (const paragraph of paragraphs) {
    const keys = keysOf.get(paragraph.lessonId)!;
    for (const span of paragraph.sentences) {
      const text = paragraph.sourceText.slice(span.start, span.end);
      for (const word of sentenceWordKeys(text, dictionary).words) keys.add(word.key);
    }
  }
  for (const lesson of lessons) {
    const keys = keysOf.get(lesson.id);
    if (!keys) continue;
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(lesson.id, { updatedAt: lesson.updatedAt.getTime(), keys: [...keys] });
    result.set(lesson.id, [...keys]);
  }
  return result;
}

import "server-only";
import { db } from "@/lib/db/client.server";
import type { DeeplApi } from "./deepl-api.server";
import type { GlossaryEntries } from "./glossary-entries";

export interface LessonGlossaryVersion {
  id: string;
  /** Bumped by the glossary editor on every change. */
  glossaryVersion: number;
}

/**
 * Makes the lesson's DeepL glossary match its terms and returns the glossary id to translate with (null when the
 * lesson has no usable terms). The DeepL glossary is created once and its dictionary replaced when the lesson's
 * glossaryVersion moved on; the version it was built from is remembered in DeeplGlossary.
 */
export async function syncLessonGlossary(
  deepl: DeeplApi,
  lesson: LessonGlossaryVersion,
  entries: GlossaryEntries,
): Promise<string | null> {
  if (Object.keys(entries).length === 0) {
    await deleteLessonGlossary(deepl, lesson.id);
    return null;
  }
  const synced = await db.deeplGlossary.findUnique({ where: { lessonId: lesson.id } });
  if (synced?.glossaryVersion === lesson.glossaryVersion) return synced.glossaryId;

  // A glossary deleted on DeepL's side (e.g. from the account page) is created anew.
  const replaced = synced !== null && (await deepl.replaceGlossary(synced.glossaryId, entries)) === "replaced";
  const glossaryId = replaced ? synced.glossaryId : await deepl.createGlossary(glossaryName(lesson.id), entries);
  const row = { glossaryId, glossaryVersion: lesson.glossaryVersion };
  await db.deeplGlossary.upsert({
    where: { lessonId: lesson.id },
    create: { lessonId: lesson.id, ...row },
    update: row,
  });
  return glossaryId;
}

/** Removes the lesson's DeepL glossary, if it has one; for a lesson whose terms were all removed or deleted. */
export async function deleteLessonGlossary(deepl: DeeplApi, lessonId: string): Promise<void> {
  const synced = await db.deeplGlossary.findUnique({ where: { lessonId } });
  if (synced === null) return;
  await deepl.deleteGlossary(synced.glossaryId);
  await db.deeplGlossary.deleteMany({ where: { lessonId } });
}

function glossaryName(lessonId: string): string {
  return `leeshulp lesson ${lessonId}`;
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { defaultDeeplApi } from "@/lib/translation/deepl-api.server";
import { deleteLessonGlossary } from "@/lib/translation/glossary-sync.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";

/**
 * Deletes one of the user's own lessons with its paragraphs, glossary and translation jobs. Learners' saved words
 * stay: their sentences are kept, only the link to the lesson goes. The lesson's DeepL glossary is removed too; if
 * DeepL cannot be reached the lesson is deleted all the same (the glossary is then an orphan on the DeepL account).
 */
export async function deleteLesson(user: CurrentUser, lessonId: string): Promise<void> {
  await requireLesson(user, lessonId, "edit");
  const deepl = defaultDeeplApi();
  if (deepl) {
    await deleteLessonGlossary(deepl, lessonId).catch((error: unknown) =>
      console.error(`could not delete the DeepL glossary of lesson ${lessonId}:`, error),
    );
  }
  await db.$transaction([
    db.translationJob.deleteMany({ where: { lessonId } }),
    db.deeplGlossary.deleteMany({ where: { lessonId } }),
    db.lesson.delete({ where: { id: lessonId } }),
  ]);
}

import "server-only";
import { db } from "@/lib/db/client.server";
import { canEditLesson } from "@/lib/lesson-model/lesson-policy";
import { findActiveTranslationJob } from "./active-translation-job.server";
import { lessonTranslationProgress } from "./lesson-translation-progress.server";
import { toTranslationJobView, type TranslationJobView } from "./translation-job";

/**
 * Queues a translation of the lesson's untranslated paragraphs for `userId`, who may then follow it with
 * getTranslationJob. While a job for the lesson is queued or running, that job is returned instead (a double
 * submit starts nothing new). Returns null when the lesson does not exist or the user may not edit it (machine
 * translation writes into the lesson and spends the account's characters). Run the job with runTranslationJob.
 */
export async function startTranslationJob(lessonId: string, userId: string): Promise<TranslationJobView | null> {
  return db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({ where: { id: lessonId }, select: { ownerId: true, visibility: true } });
    if (lesson === null || !canEditLesson(lesson, { id: userId })) return null;
    const active = await findActiveTranslationJob(tx, lessonId);
    if (active !== null) return toTranslationJobView(active);
    const progress = await lessonTranslationProgress(tx, lessonId);
    const job = await tx.translationJob.create({ data: { lessonId, userId, status: "queued", ...progress } });
    return toTranslationJobView(job);
  });
}

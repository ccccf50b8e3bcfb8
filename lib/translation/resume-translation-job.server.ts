import "server-only";
import { db } from "@/lib/db/client.server";
import { findActiveTranslationJob } from "./active-translation-job.server";
import { toTranslationJobView, type TranslationJobView } from "./translation-job";

/**
 * Queues a failed job of this user again; run it with runTranslationJob(job.id) to translate what is left.
 * A job that did not fail is returned as it is, and so is another job already active for the same lesson.
 * Returns null when the user has no such job.
 */
export async function resumeTranslationJob(jobId: string, userId: string): Promise<TranslationJobView | null> {
  return db.$transaction(async (tx) => {
    const job = await tx.translationJob.findFirst({ where: { id: jobId, userId } });
    if (job === null) return null;
    const active = await findActiveTranslationJob(tx, job.lessonId);
    if (active !== null) return toTranslationJobView(active);
    if (job.status !== "failed") return toTranslationJobView(job);
    const resumed = await tx.translationJob.update({
      where: { id: jobId },
      data: { status: "queued", errorCode: null },
    });
    return toTranslationJobView(resumed);
  });
}

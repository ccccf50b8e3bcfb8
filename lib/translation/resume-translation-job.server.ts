import "server-only";
import { db } from "@/lib/db/client.server";
import { findActiveTranslationJob } from "./active-translation-job.server";
import { toTranslationJobView, type TranslationJobView } from "./translation-job";

/**
 * Queues a failed job of this user again, or one lost with a server restart (ABANDONED_AFTER_MS); run it with
 * runTranslationJob(job.id) to translate what is left.
 * A job that did not fail is returned as it is, and so is another job already active for the same lesson.
 * Returns null when the user has no such job.
 */
export async function resumeTranslationJob(jobId: string, userId: string): Promise<TranslationJobView | null> {
  return db.$transaction(async (tx) => {
    const job = await tx.translationJob.findFirst({ where: { id: jobId, userId } });
    if (job === null) return null;
    // Marks the job failed first when it was lost with a server restart, so that it is resumed now.
    const active = await findActiveTranslationJob(tx, job.lessonId);
    if (active !== null) return toTranslationJobView(active);
    const current = await tx.translationJob.findUniqueOrThrow({ where: { id: jobId } });
    if (current.status !== "failed") return toTranslationJobView(current);
    const resumed = await tx.translationJob.update({
      where: { id: jobId },
      data: { status: "queued", errorCode: null },
    });
    return toTranslationJobView(resumed);
  });
}

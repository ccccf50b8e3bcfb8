import "server-only";
import { db } from "@/lib/db/client.server";
import { toTranslationJobView, type TranslationJobView } from "./translation-job";

/** The progress of one of the user's translation jobs; null when the job does not exist or is someone else's. */
export async function getTranslationJob(jobId: string, userId: string): Promise<TranslationJobView | null> {
  const job = await db.translationJob.findFirst({ where: { id: jobId, userId } });
  return job === null ? null : toTranslationJobView(job);
}

/** The user's most recent translation job for a lesson, if any. */
export async function latestTranslationJob(lessonId: string, userId: string): Promise<TranslationJobView | null> {
  const job = await db.translationJob.findFirst({ where: { lessonId, userId }, orderBy: { createdAt: "desc" } });
  return job === null ? null : toTranslationJobView(job);
}

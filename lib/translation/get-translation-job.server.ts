import "server-only";
import { db } from "@/lib/db/client.server";
import { toTranslationJobView, type TranslationJobView } from "./translation-job";

/** The progress of one of the user's translation jobs; null when the job does not exist or is someone else's. */
export async function getTranslationJob(jobId: string, userId: string): Promise<TranslationJobView | null> {
  const job = await db.translationJob.findFirst({ where: { id: jobId, userId } });
  return job === null ? null : toTranslationJobView(job);
}

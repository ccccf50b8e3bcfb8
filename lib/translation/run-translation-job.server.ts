import "server-only";
import { db } from "@/lib/db/client.server";
import { defaultDeeplApi, type DeeplApi } from "./deepl-api.server";
import { toTranslationError } from "./deepl-errors.server";
import { lessonTranslationProgress } from "./lesson-translation-progress.server";
import { translateLessonParagraphs } from "./translate-lesson-paragraphs.server";
import { TranslationError } from "./translation-error";
import { HEARTBEAT_MS } from "./translation-job";

export interface RunTranslationJobOptions {
  /** The DeepL connection to use; by default the one configured in the environment (null: not configured). */
  deepl?: DeeplApi | null;
}

/**
 * Runs a queued job to the end: status "done", or "failed" with an error code, paragraphs translated so far kept.
 * Never rejects, so the app can start it without awaiting it. Only one run claims a job: calling it again for
 * a job that is already running, or finished, does nothing. While it runs it touches the job's row every
 * HEARTBEAT_MS, so a job whose process was killed is known to be lost half a minute later, not a quarter of an hour.
 */
export async function runTranslationJob(jobId: string, options: RunTranslationJobOptions = {}): Promise<void> {
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    const claimed = await db.translationJob.updateMany({
      where: { id: jobId, status: "queued" },
      data: { status: "running", errorCode: null },
    });
    if (claimed.count === 0) return;
    heartbeat = setInterval(() => void touchRunningJob(jobId), HEARTBEAT_MS);
    const { lessonId } = await db.translationJob.findUniqueOrThrow({
      where: { id: jobId },
      select: { lessonId: true },
    });
    await db.translationJob.update({ where: { id: jobId }, data: await lessonTranslationProgress(db, lessonId) });

    const deepl = options.deepl === undefined ? defaultDeeplApi() : options.deepl;
    if (deepl === null) throw new TranslationError("not-configured");
    await translateLessonParagraphs(lessonId, deepl, async (saved) => {
      await db.translationJob.update({ where: { id: jobId }, data: { done: { increment: saved } } });
    });

    const progress = await lessonTranslationProgress(db, lessonId);
    await db.translationJob.update({ where: { id: jobId }, data: { status: "done", ...progress } });
  } catch (error) {
    await recordFailure(jobId, error);
  } finally {
    clearInterval(heartbeat);
  }
}

/** Tells other requests, and other instances, that the process running this job is alive (HEARTBEAT_MS). */
async function touchRunningJob(jobId: string): Promise<void> {
  try {
    await db.translationJob.updateMany({ where: { id: jobId, status: "running" }, data: { updatedAt: new Date() } });
  } catch (error) {
    console.warn(`Could not record that translation job ${jobId} is still running:`, error);
  }
}

async function recordFailure(jobId: string, error: unknown): Promise<void> {
  const { code } = toTranslationError(error);
  // The expected failures (auth, quota, …) are shown to the user by code; an unknown one is worth a look.
  if (code === "unknown") console.warn(`Translation job ${jobId} failed unexpectedly:`, error);
  try {
    await db.translationJob.update({ where: { id: jobId }, data: { status: "failed", errorCode: code } });
  } catch (updateError) {
    console.warn(`Could not record the failure of translation job ${jobId}:`, updateError);
  }
}

import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db/client.server";
import { runTranslationJob } from "@/lib/translation/run-translation-job.server";
import { revalidatePublicLesson } from "./revalidate-lesson.server";

/**
 * Runs a queued translation job after the response has been sent, then revalidates the lesson's public pages.
 * A job started with `void runTranslationJob()` outlives its server action: Next applies the revalidations an action
 * asks for when the action returns, so a revalidatePath at the job's end would be queued on a finished request and
 * lost (or throw "static generation store missing" outside a request). Next runs each `after()` callback in a scope
 * of its own and applies the revalidations it asked for when it ends, so the job's end revalidates there.
 * Call it from a server action or route handler only.
 */
export function runTranslationJobThenRevalidate(jobId: string): void {
  after(async () => {
    await runTranslationJob(jobId);
    const job = await db.translationJob.findUnique({ where: { id: jobId }, select: { lessonId: true } });
    if (job) await revalidatePublicLesson(job.lessonId);
  });
}

import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { ABANDONED_AFTER_MS } from "./translation-job";

const ACTIVE_STATUSES = ["queued", "running"];

/**
 * The lesson's queued or running job, if any. Jobs that stopped writing progress long ago were lost with a server
 * restart; they are marked failed first, so they cannot block the lesson forever and can be resumed. The caller's
 * transaction then starts or re-queues a job when there is none: it first takes the lesson's row with a no-op
 * UPDATE, so that two transactions asking at the same moment take turns (PostgreSQL holds the row until the first
 * commits; SQLite's writers take turns anyway) and a double submit cannot start two jobs.
 */
export async function findActiveTranslationJob(tx: Prisma.TransactionClient, lessonId: string, now = new Date()) {
  await tx.$executeRaw`UPDATE "Lesson" SET "id" = "id" WHERE "id" = ${lessonId}`;
  await tx.translationJob.updateMany({
    where: {
      lessonId,
      status: { in: ACTIVE_STATUSES },
      updatedAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) },
    },
    data: { status: "failed", errorCode: "interrupted" },
  });
  return tx.translationJob.findFirst({
    where: { lessonId, status: { in: ACTIVE_STATUSES } },
    orderBy: { createdAt: "desc" },
  });
}

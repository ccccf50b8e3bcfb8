import { isTranslationErrorCode, type TranslationErrorCode } from "./translation-error";

export const TRANSLATION_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;

export type TranslationJobStatus = (typeof TRANSLATION_JOB_STATUSES)[number];

/** Progress of a lesson translation as the UI shows it. `done` counts paragraphs that have a translation. */
export interface TranslationJobView {
  id: string;
  lessonId: string;
  status: TranslationJobStatus;
  total: number;
  done: number;
  errorCode: TranslationErrorCode | null;
}

export interface TranslationJobRow {
  id: string;
  lessonId: string;
  status: string;
  total: number;
  done: number;
  errorCode: string | null;
  updatedAt: Date;
}

/**
 * How often a running job touches its row while it works, even while one DeepL request waits (a batch may take
 * minutes with every retry used): a job whose row stays untouched was lost with the process that ran it.
 */
export const HEARTBEAT_MS = 5_000;

/**
 * A queued or running job that has not been touched for this long was lost (the server was killed or restarted
 * mid-run): six missed heartbeats, so a busy process is not mistaken for a dead one, while the owner, who is
 * watching the progress, learns within half a minute that it stopped and can resume it.
 */
export const ABANDONED_AFTER_MS = 30_000;

export function isActiveStatus(status: string): boolean {
  return status === "queued" || status === "running";
}

export function isAbandoned(job: Pick<TranslationJobRow, "status" | "updatedAt">, now: Date): boolean {
  return isActiveStatus(job.status) && now.getTime() - job.updatedAt.getTime() > ABANDONED_AFTER_MS;
}

/** A lost job is shown as failed (what it translated is kept), so that its owner is offered to resume it. */
export function toTranslationJobView(row: TranslationJobRow, now = new Date()): TranslationJobView {
  if (isAbandoned(row, now)) {
    return {
      id: row.id,
      lessonId: row.lessonId,
      status: "failed",
      total: row.total,
      done: row.done,
      errorCode: "interrupted",
    };
  }
  const status = (TRANSLATION_JOB_STATUSES as readonly string[]).includes(row.status)
    ? (row.status as TranslationJobStatus)
    : "failed";
  const errorCode = row.errorCode === null ? null : isTranslationErrorCode(row.errorCode) ? row.errorCode : "unknown";
  return { id: row.id, lessonId: row.lessonId, status, total: row.total, done: row.done, errorCode };
}

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
 * A job that has not written progress for this long was lost (e.g. the server restarted mid-run). A running job
 * writes after every batch, and one batch takes at most a few minutes even with every retry used.
 */
export const ABANDONED_AFTER_MS = 15 * 60 * 1000;

export function isActiveStatus(status: string): boolean {
  return status === "queued" || status === "running";
}

export function isAbandoned(job: Pick<TranslationJobRow, "status" | "updatedAt">, now: Date): boolean {
  return isActiveStatus(job.status) && now.getTime() - job.updatedAt.getTime() > ABANDONED_AFTER_MS;
}

export function toTranslationJobView(row: TranslationJobRow): TranslationJobView {
  const status = (TRANSLATION_JOB_STATUSES as readonly string[]).includes(row.status)
    ? (row.status as TranslationJobStatus)
    : "failed";
  const errorCode = row.errorCode === null ? null : isTranslationErrorCode(row.errorCode) ? row.errorCode : "unknown";
  return { id: row.id, lessonId: row.lessonId, status, total: row.total, done: row.done, errorCode };
}

/** The kinds of reading event the browser (and, for saves, the server) records; see docs/decisions.md. */
export const READING_EVENT_KINDS = ["open", "seen", "time", "finish", "lookup", "save"] as const;
export type ReadingEventKind = (typeof READING_EVENT_KINDS)[number];

export type ReadingState = "new" | "started" | "finished";

/** One learner's reading of one lesson, as far as a class's teachers may see it. */
export interface LessonProgress {
  userId: string;
  lessonId: string;
  /** Distinct paragraphs shown on the learner's screen, and how many the lesson has. */
  paragraphsSeen: number;
  paragraphCount: number;
  /** Active reading time: idle time and hidden tabs are not counted by the browser. */
  seconds: number;
  finished: boolean;
  lookups: number;
  saves: number;
  lastActivityAt: Date | null;
}

/** New until the learner opens the lesson; finished when they said so or saw its last paragraph. */
export function readingState(progress: LessonProgress | undefined): ReadingState {
  if (!progress || progress.lastActivityAt === null) return "new";
  return progress.finished ? "finished" : "started";
}

/** The share of the lesson's paragraphs the learner has seen, 0–1. */
export function shareRead(progress: LessonProgress | undefined): number {
  if (!progress || progress.paragraphCount === 0) return 0;
  return Math.min(1, progress.paragraphsSeen / progress.paragraphCount);
}

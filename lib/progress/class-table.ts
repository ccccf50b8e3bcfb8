import { readingState, shareRead, type LessonProgress, type ReadingState } from "./lesson-progress";

/** A current member of the class, as its teachers list them. */
export interface TableLearner {
  id: string;
  name: string;
  joinedAt: Date;
}

/** A lesson assigned to the class, in the order its teachers see them. */
export interface TableLesson {
  id: string;
  title: string;
  startsAt: Date | null;
  dueAt: Date | null;
}

/** What a teacher sees of one learner's reading of one assigned lesson. */
export interface ProgressCell {
  lessonId: string;
  state: ReadingState;
  /** 0–1, the share of the lesson's paragraphs shown on the learner's screen. */
  shareRead: number;
  /** Active reading time, rounded to whole minutes. */
  minutes: number;
  lookups: number;
  saves: number;
  /** The due date has passed and the lesson is not finished (marked, never blocked). */
  late: boolean;
}

export interface ClassTableRow {
  learner: TableLearner;
  /** One per lesson of ClassTable.lessons, in the same order. */
  cells: ProgressCell[];
}

export interface ClassTable {
  lessons: TableLesson[];
  rows: ClassTableRow[];
}

/**
 * One cell of the table from the learner's progress (absent when they have not opened the lesson).
 * progressCell(undefined, { dueAt: yesterday }, now) → { state: "new", shareRead: 0, minutes: 0, …, late: true }
 */
export function progressCell(
  progress: LessonProgress | undefined,
  lesson: Pick<TableLesson, "id" | "dueAt">,
  now: Date,
): ProgressCell {
  const state = readingState(progress);
  return {
    lessonId: lesson.id,
    state,
    shareRead: shareRead(progress),
    minutes: Math.round((progress?.seconds ?? 0) / 60),
    lookups: progress?.lookups ?? 0,
    saves: progress?.saves ?? 0,
    late: lesson.dueAt !== null && lesson.dueAt.getTime() <= now.getTime() && state !== "finished",
  };
}

/**
 * Learners × lessons, from classProgress's map (keyed `${userId}/${lessonId}`): learners by name, every lesson in
 * every row, so the table has no holes.
 */
export function shapeClassTable(
  learners: readonly TableLearner[],
  lessons: readonly TableLesson[],
  progress: ReadonlyMap<string, LessonProgress>,
  now: Date,
): ClassTable {
  const byName = [...learners].sort((a, b) => a.name.localeCompare(b.name, "nl") || a.id.localeCompare(b.id));
  return {
    lessons: [...lessons],
    rows: byName.map((learner) => ({
      learner,
      cells: lessons.map((lesson) => progressCell(progress.get(`${learner.id}/${lesson.id}`), lesson, now)),
    })),
  };
}

/** Whole percent, for the table and the CSV: 0.456 → 46. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

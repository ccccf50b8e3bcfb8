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

/** Lessons shown side by side in the class table; more are paged, so the table stays readable (and quick to send). */
export const LESSONS_PER_TABLE_PAGE = 10;

export interface ClassTablePage {
  table: ClassTable;
  page: number;
  pageCount: number;
  /** Positions (from 1) of the first and last lesson shown. */
  first: number;
  last: number;
}

/**
 * The lessons of one page of the table (in the table's order: due first), every learner's row cut to match. A page
 * outside the range gives the nearest one. With 23 lessons, page 3 shows lessons 21–23.
 */
export function classTablePage(table: ClassTable, page: number, perPage = LESSONS_PER_TABLE_PAGE): ClassTablePage {
  const pageCount = Math.max(1, Math.ceil(table.lessons.length / perPage));
  const current = Math.min(Math.max(1, Number.isInteger(page) ? page : 1), pageCount);
  const start = (current - 1) * perPage;
  const end = Math.min(start + perPage, table.lessons.length);
  return {
    table: {
      lessons: table.lessons.slice(start, end),
      rows: table.rows.map((row) => ({ ...row, cells: row.cells.slice(start, end) })),
    },
    page: current,
    pageCount,
    first: start + 1,
    last: end,
  };
}

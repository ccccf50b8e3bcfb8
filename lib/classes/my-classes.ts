import type { ReadingState } from "@/lib/progress/lesson-progress";

/** One started assignment as its learner sees it on "My classes". */
export interface MyAssignment {
  lessonId: string;
  title: string;
  /** Where the learner reads it, after the language prefix. */
  readerPath: string;
  dueAt: Date | null;
  instruction: string;
  state: ReadingState;
  overdue: boolean;
  assignedAt: Date;
}

/** A class the learner is in, with its teachers' names and the assignments that have started. */
export interface MyClass {
  id: string;
  name: string;
  level: string;
  description: string;
  teachers: string[];
  joinedAt: Date;
  assignments: MyAssignment[];
}

/** Late: the due date has passed and the learner has not finished (late work is marked, never blocked). */
export function isOverdue(dueAt: Date | null, state: ReadingState, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime() && state !== "finished";
}

/**
 * The order a learner works through a class's assignments: overdue ones first, then by due date (soonest first,
 * none last), then the newest assignment first.
 *
 * [{ due: none, new }, { due: 3 May }, { due: 1 May, overdue }, { due: 2 May }] → overdue 1 May, 2 May, 3 May, none
 */
export function compareAssignments(
  a: Pick<MyAssignment, "overdue" | "dueAt" | "assignedAt">,
  b: Pick<MyAssignment, "overdue" | "dueAt" | "assignedAt">,
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const dueA = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const dueB = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return b.assignedAt.getTime() - a.assignedAt.getTime();
}

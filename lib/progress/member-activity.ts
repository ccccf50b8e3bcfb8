import type { ProgressCell, TableLearner, TableLesson } from "./class-table";

/** A word a learner looked up or saved in an assigned lesson, with the sentence it stood in. */
export interface WordActivity {
  id: string;
  kind: "lookup" | "save";
  word: string;
  sentence: string;
  lessonId: string;
  lessonTitle: string;
  at: Date;
}

/** What a class's teachers see of one member: their reading of each assigned lesson, and their words. */
export interface MemberActivity {
  learner: TableLearner;
  lessons: { lesson: TableLesson; cell: ProgressCell }[];
  /** Newest first. */
  words: WordActivity[];
}

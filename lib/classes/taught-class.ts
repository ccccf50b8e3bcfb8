/** A class in its teacher's list ("Classes I teach"). */
export interface TaughtClassSummary {
  id: string;
  name: string;
  level: string;
  learnerCount: number;
  assignmentCount: number;
  archived: boolean;
}

export interface ClassPerson {
  userId: string;
  name: string;
  email: string;
  /** When the learner joined, or the teacher was added. */
  since: Date;
}

export interface TaughtAssignment {
  lessonId: string;
  title: string;
  startsAt: Date | null;
  dueAt: Date | null;
  instruction: string;
}

/** Everything the teacher's class page shows. */
export interface TaughtClass {
  id: string;
  name: string;
  level: string;
  description: string;
  sizeLimit: number | null;
  /** Formatted for reading aloud: "ABC-DEF". */
  joinCode: string;
  /** Unformatted, for the join link (/join?code=ABCDEF). */
  rawJoinCode: string;
  joinEnabled: boolean;
  archived: boolean;
  learners: ClassPerson[];
  teachers: ClassPerson[];
  assignments: TaughtAssignment[];
}

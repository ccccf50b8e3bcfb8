import type { ErrorCode } from "@/lib/errors/app-error";
import type { TextSource } from "@/lib/import/text-source";
import type { ParagraphRow } from "@/lib/lesson-model/lesson-rows";

/**
 * The work the import worker does, as messages: reading the texts, recognising paragraphs, aligning a translation
 * and storing the result all happen off the request thread, under the worker's memory and time limits.
 */
export type ImportTask =
  | {
      kind: "create-lesson";
      ownerId: string;
      title: string;
      level: string;
      dutch: TextSource;
      /** A translation to align with the Dutch; null when it comes later (DeepL, or none yet). */
      english: TextSource | null;
    }
  | { kind: "add-translation"; lessonId: string; english: TextSource }
  /** Pairs the owner corrected, already checked against the stored texts: only the writing is left. */
  | { kind: "write-pairs"; lessonId: string; paragraphs: { paragraphId: string; row: ParagraphRow }[] }
  /** A copy of a lesson (already checked: the owner may copy it), private to its new owner. */
  | { kind: "copy-lesson"; lessonId: string; ownerId: string };

/** A task as posted to the worker, with the database it writes to. */
export interface ImportMessage {
  databaseUrl: string;
  task: ImportTask;
}

/** Which text an error concerns, so the form can show it beside that field. */
export type ImportField = "dutch" | "english";

export type ImportOutcome = { ok: true; lessonId: string } | { ok: false; code: ErrorCode; field: ImportField | null };

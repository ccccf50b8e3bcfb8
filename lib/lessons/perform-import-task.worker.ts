import type { Lexicon } from "@/lib/alignment/types";
import { readDictionaryFiles } from "@/lib/dictionary/read-dictionary-files";
import { userErrorCodeOf } from "@/lib/db/storage-full";
import { workerDatabase } from "@/lib/db/worker-connection.worker";
import { AppError } from "@/lib/errors/app-error";
import type { ImportedParagraph } from "@/lib/import/imported-paragraph";
import { readTextSource } from "@/lib/import/read-text-source";
import type { TextSource } from "@/lib/import/text-source";
import { alignmentLexiconOf } from "@/lib/lesson-model/alignment-lexicon";
import { alignedParagraphs, untranslatedParagraphs } from "./build-lesson-paragraphs";
import { copyLesson } from "./copy-lesson.worker";
import type { ImportField, ImportMessage, ImportOutcome } from "./import-task";
import { insertLesson } from "./insert-lesson.worker";
import { toParagraphRow } from "@/lib/lesson-model/lesson-rows";
import { replaceTranslation, writePairs } from "./replace-translation.worker";

let lexicon: Lexicon | null = null;

/** Read once per worker, and only when a translation is aligned (most imports need no dictionary). */
function workerLexicon(): Lexicon {
  lexicon ??= alignmentLexiconOf(readDictionaryFiles());
  return lexicon;
}

async function read(source: TextSource, field: ImportField): Promise<ImportedParagraph[]> {
  try {
    return await readTextSource(source);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, { field });
    throw error;
  }
}

async function perform({ databaseUrl, task }: ImportMessage): Promise<string> {
  const db = workerDatabase(databaseUrl);
  if (task.kind === "copy-lesson") return copyLesson(db, task.lessonId, task.ownerId);
  if (task.kind === "write-pairs") {
    await writePairs(db, task.lessonId, task.paragraphs);
    return task.lessonId;
  }
  if (task.kind === "add-translation") {
    await replaceTranslation(db, task.lessonId, await read(task.english, "english"), workerLexicon());
    return task.lessonId;
  }
  const dutch = await read(task.dutch, "dutch");
  const english = task.english && (await read(task.english, "english"));
  const paragraphs = english ? alignedParagraphs(dutch, english, workerLexicon()) : untranslatedParagraphs(dutch);
  return insertLesson(
    db,
    { ownerId: task.ownerId, title: task.title, level: task.level },
    paragraphs.map(toParagraphRow),
  );
}

/** Runs one import task; every expected failure becomes an error code (and the field it concerns). */
export async function performImportTask(message: ImportMessage): Promise<ImportOutcome> {
  try {
    return { ok: true, lessonId: await perform(message) };
  } catch (error) {
    if (!(error instanceof AppError)) console.error("import failed:", error);
    const field =
      error instanceof AppError && (error.field === "dutch" || error.field === "english") ? error.field : null;
    return { ok: false, code: userErrorCodeOf(error), field };
  }
}

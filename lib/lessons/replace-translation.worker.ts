import type { Lexicon } from "@/lib/alignment/types";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { updateRows } from "@/lib/db/update-rows";
import type { WorkerDatabase } from "@/lib/db/worker-database";
import { AppError } from "@/lib/errors/app-error";
import type { ImportedParagraph } from "@/lib/import/imported-paragraph";
import { draftToParagraphs } from "./alignment-draft";
import { alignTranslation } from "./build-lesson-paragraphs";
import { insertSentences } from "./insert-lesson.worker";
import { toParagraphRow, type ParagraphKind, type ParagraphRow } from "@/lib/lesson-model/lesson-rows";

interface StoredDutchParagraph {
  id: string;
  kind: ParagraphKind;
  sourceText: string;
}

/**
 * Aligns a translation the owner supplies later with the lesson's Dutch and replaces every sentence pair, in one
 * transaction. Runs in the import worker; the caller has checked that the user may edit the lesson.
 */
export async function replaceTranslation(
  db: WorkerDatabase,
  lessonId: string,
  english: readonly ImportedParagraph[],
  lexicon: Lexicon,
): Promise<void> {
  const stored = await db.transaction((tx) =>
    tx.all<StoredDutchParagraph>(
      `SELECT "id", "kind", "sourceText" FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`,
      [lessonId],
    ),
  );
  const draft = alignTranslation(
    stored.map((paragraph) => ({ text: paragraph.sourceText, kind: paragraph.kind })),
    english,
    lexicon,
  );
  if (draft.paragraphs.length !== stored.length) throw new AppError("invalid-input");
  const rows = draftToParagraphs(draft, "human").map(toParagraphRow);
  await writePairs(
    db,
    lessonId,
    rows.map((row, index) => ({ paragraphId: stored[index]!.id, row })),
  );
}

/**
 * Replaces the texts and sentence pairs of every paragraph of a lesson (all of them must be given), in one transaction of a few statements
 * per thousand rows, and bumps the lesson's updatedAt (which the reader's caches follow).
 */
export async function writePairs(
  db: WorkerDatabase,
  lessonId: string,
  paragraphs: readonly { paragraphId: string; row: ParagraphRow }[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run(`DELETE FROM "Sentence" WHERE "paragraphId" IN (SELECT "id" FROM "Paragraph" WHERE "lessonId" = ?)`, [
      lessonId,
    ]);
    await updateRows(
      tx,
      "Paragraph",
      ["sourceText", "translationText", "translationSource"],
      paragraphs.map(({ paragraphId, row }) => [
        paragraphId,
        row.sourceText,
        row.translationText,
        row.translationSource,
      ]),
    );
    await insertSentences(tx, paragraphs);
    await tx.run(`UPDATE "Lesson" SET "updatedAt" = ? WHERE "id" = ?`, [sqliteTimestamp(), lessonId]);
  });
}

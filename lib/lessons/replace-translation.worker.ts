import type Database from "better-sqlite3";
import type { Lexicon } from "@/lib/alignment/types";
import { insertRows } from "@/lib/db/insert-rows";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { updateRows } from "@/lib/db/update-rows";
import { AppError } from "@/lib/errors/app-error";
import type { ImportedParagraph } from "@/lib/import/imported-paragraph";
import { draftToParagraphs } from "./alignment-draft";
import { alignTranslation } from "./build-lesson-paragraphs";
import { SENTENCE_COLUMNS, sentenceRowsOf } from "./insert-lesson.worker";
import { toParagraphRow, type ParagraphKind } from "./lesson-rows";

interface StoredDutchParagraph {
  id: string;
  kind: ParagraphKind;
  sourceText: string;
}

/**
 * Aligns a translation the owner supplies later with the lesson's Dutch and replaces every sentence pair, in one
 * transaction. Runs in the import worker; the caller has checked that the user may edit the lesson.
 */
export function replaceTranslation(
  db: Database.Database,
  lessonId: string,
  english: readonly ImportedParagraph[],
  lexicon: Lexicon,
): void {
  const stored = db
    .prepare(`SELECT "id", "kind", "sourceText" FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`)
    .all(lessonId) as StoredDutchParagraph[];
  const draft = alignTranslation(
    stored.map((paragraph) => ({ text: paragraph.sourceText, kind: paragraph.kind })),
    english,
    lexicon,
  );
  if (draft.paragraphs.length !== stored.length) throw new AppError("invalid-input");
  const rows = draftToParagraphs(draft, "human").map(toParagraphRow);
  db.transaction(() => {
    db.prepare(`DELETE FROM "Sentence" WHERE "paragraphId" IN (SELECT "id" FROM "Paragraph" WHERE "lessonId" = ?)`).run(
      lessonId,
    );
    updateRows(
      db,
      "Paragraph",
      ["sourceText", "translationText", "translationSource"],
      rows.map((row, index) => [stored[index]!.id, row.sourceText, row.translationText, row.translationSource]),
    );
    insertRows(
      db,
      "Sentence",
      SENTENCE_COLUMNS,
      rows.flatMap((row, index) => sentenceRowsOf(stored[index]!.id, row)),
    );
    db.prepare(`UPDATE "Lesson" SET "updatedAt" = ? WHERE "id" = ?`).run(sqliteTimestamp(), lessonId);
  })();
}

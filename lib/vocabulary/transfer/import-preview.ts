import type { Dictionary } from "@/lib/dictionary/dictionary";
import { AppError } from "@/lib/errors/app-error";
import type { ColumnMapping } from "./import-mapping";
import { suggestMapping } from "./import-mapping";
import { onlySetsStatus } from "./import-plan";
import { checkRows, type ImportRow, type RowProblem } from "./import-rows";
import type { ImportColumn, ImportTable } from "./import-table";
import { TRANSFER_LIMITS } from "./transfer-limits";
import type { WordStatus } from "@/lib/vocabulary/word-status";

/** A row of the preview: as it will be imported, and whether it only sets a status. */
export interface PreviewRow extends ImportRow {
  statusOnly: boolean;
}

/** What the learner has of a previewed row's word now, so the preview can say what the import will do to it. */
export interface LearnerWordState {
  /** The learner has saved the word (the import only adds what it lacks). */
  saved: boolean;
  currentStatus: WordStatus;
}

/** Steps 1 and 2 of an import, shown before anything is written. */
export interface ImportPreview<Row extends PreviewRow = PreviewRow> {
  columns: ImportColumn[];
  /** The mapping the preview used: the one asked for, or the suggested one. */
  mapping: ColumnMapping;
  /** Data rows in the file. */
  rowCount: number;
  /** The first previewRows rows that can be imported. */
  rows: Row[];
  /** The first listedProblems problems, in the file's order. */
  problems: RowProblem[];
  problemCount: number;
}

/**
 * What importing the table through `mapping` (or, without one, the suggested mapping) would do. A mapping must
 * name a column of the file for the word (AppError "import-no-word-column") and only columns the file has.
 */
export function previewImport(
  table: ImportTable,
  mapping: ColumnMapping | null,
  dictionary: Dictionary,
): ImportPreview {
  const used =
    mapping ??
    suggestMapping(
      table.columns.map((column) => column.label),
      table.metaColumns,
    );
  assertMappingFits(table, used);
  const { rows, problems } = checkRows(table, used, dictionary);
  return {
    columns: table.columns,
    mapping: used,
    rowCount: table.rows.length,
    rows: rows.slice(0, TRANSFER_LIMITS.previewRows).map(previewRow),
    problems: problems.slice(0, TRANSFER_LIMITS.listedProblems),
    problemCount: problems.length,
  };
}

/** The preview a learner sees: each row with what they have of its word. */
export type LearnerImportPreview = ImportPreview<PreviewRow & LearnerWordState>;

function previewRow(row: ImportRow): PreviewRow {
  return { ...row, statusOnly: onlySetsStatus(row.status, [row.english, row.sentence, row.note]) };
}

/**
 * The status a previewed word will have after the import: the row's; without one, a saved word keeps its status
 * and a new one is "learning".
 *
 * statusAfterImport({ status: null, saved: false, … }) → "learning"
 * statusAfterImport({ status: null, saved: true, currentStatus: "known", … }) → "known"
 */
export function statusAfterImport(row: PreviewRow & LearnerWordState): WordStatus {
  return row.status ?? (row.saved ? row.currentStatus : "learning");
}

/** The word must come from a column, and every column named must exist in the file. */
export function assertMappingFits(table: ImportTable, mapping: ColumnMapping): void {
  if (mapping.word === null) throw new AppError("import-no-word-column");
  if (Object.values(mapping).some((column) => column !== null && column >= table.columns.length)) {
    throw new AppError("invalid-input");
  }
}

/**
 * Bounds on one vocabulary import: a file this size parses in milliseconds and its rows fit one transaction. The
 * error messages name `maxRows` (locales/{lng}/errors.json), the import page names the others.
 */
export const TRANSFER_LIMITS = {
  /** Bytes of an uploaded CSV, TSV or text file. */
  maxFileBytes: 1024 * 1024,
  /** Rows of data (a header row and `#` lines not counted). */
  maxRows: 5_000,
  /** Columns offered for mapping; any further columns are left out. */
  maxColumns: 50,
  /** Characters of the Dutch word, as when saving a word from a lesson. */
  maxWordLength: 120,
  /** Characters of an English meaning, a note, a sentence or its English. */
  maxTextLength: 1_000,
  /** Rows the preview shows as they will be imported. */
  previewRows: 20,
  /** Row problems listed; the rest are counted. */
  listedProblems: 50,
} as const;

/** The file types the import reads, by name (browsers report the types of CSV and TSV files inconsistently). */
export const IMPORT_EXTENSIONS = [".csv", ".tsv", ".txt"] as const;

/** True for a file name the import reads: importable("Woorden.CSV") → true · importable("woorden.xlsx") → false. */
export function importable(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension));
}

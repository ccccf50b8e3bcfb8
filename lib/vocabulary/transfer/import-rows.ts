import type { Dictionary } from "@/lib/dictionary/dictionary";
import { foldDiacritics, lookupKey } from "@/lib/dictionary/normalize-word";
import { lemmaKey } from "@/lib/language/lemma-key";
import type { ColumnMapping } from "./import-mapping";
import type { ImportTable } from "./import-table";
import { TRANSFER_LIMITS } from "./transfer-limits";

/** The statuses a row may give; "new" (and an empty cell) means: the usual status. */
export const IMPORT_STATUSES = ["learning", "known", "ignored"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The texts of a row besides the word, each at most maxTextLength characters. */
export const TEXT_FIELDS = ["english", "sentence", "sentenceEnglish", "note"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** One data row as it will be imported. */
export interface ImportRow extends Record<TextField, string> {
  /** The file's line the row starts on. */
  line: number;
  word: string;
  /** The lemma key the row merges into. */
  key: string;
  /** The status the row asks for; null: the usual one ("learning" for a new word, unchanged otherwise). */
  status: ImportStatus | null;
}

/** Why a row cannot be imported; each becomes one message ("Row 7: no Dutch word"). */
export type RowProblem =
  | { line: number; problem: "no-word" }
  | { line: number; problem: "word-too-long" }
  | { line: number; problem: "unknown-status"; status: string }
  | { line: number; problem: "text-too-long"; field: TextField };

/** Longest status text quoted back in a message. */
const QUOTED_STATUS_LENGTH = 30;

/**
 * The rows of a table read through a mapping: the word and every text trimmed (the word, the English and the
 * sentences on one line, lines of English as "; "), the status checked, the lemma key computed; with a problem for
 * each row that cannot be imported.
 *
 * checkRows(table of ["huizen", "houses", "maybe"], { word: 0, english: 1, status: 2, … }, d)
 *   → { rows: [], problems: [{ line: 1, problem: "unknown-status", status: "maybe" }] }
 */
export function checkRows(
  table: ImportTable,
  mapping: ColumnMapping,
  dictionary: Dictionary,
): { rows: ImportRow[]; problems: RowProblem[] } {
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (column: number | null) => (column === null ? "" : (cells[column] ?? ""));
    const word = oneLine(cell(mapping.word));
    const texts = {
      english: meanings(cell(mapping.english)),
      sentence: oneLine(cell(mapping.sentence)),
      sentenceEnglish: oneLine(cell(mapping.sentenceEnglish)),
      note: cell(mapping.note).trim(),
    };
    const statusText = cell(mapping.status).trim();
    const status = statusOf(statusText);
    const rowProblems: RowProblem[] = [];
    if (word === "") rowProblems.push({ line, problem: "no-word" });
    else if (word.length > TRANSFER_LIMITS.maxWordLength) rowProblems.push({ line, problem: "word-too-long" });
    if (status === undefined) {
      rowProblems.push({ line, problem: "unknown-status", status: statusText.slice(0, QUOTED_STATUS_LENGTH) });
    }
    for (const field of TEXT_FIELDS) {
      if (texts[field].length > TRANSFER_LIMITS.maxTextLength)
        rowProblems.push({ line, problem: "text-too-long", field });
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else
      rows.push({
        line,
        word,
        key: importKey(word, oneLine(cell(mapping.key)), dictionary),
        status: status ?? null,
        ...texts,
      });
  }
  return { rows, problems };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** English meanings on one line: lines (as Anki's <br> gives them) joined by "; ". meanings("cat\npuss") → "cat; puss" */
function meanings(text: string): string {
  return text.split("\n").map(oneLine).filter(Boolean).join("; ");
}

/** A status cell: one of IMPORT_STATUSES (any case), null for empty or "new", undefined for anything else. */
function statusOf(text: string): ImportStatus | null | undefined {
  const name = text.toLowerCase();
  if (name === "" || name === "new") return null;
  return (IMPORT_STATUSES as readonly string[]).includes(name) ? (name as ImportStatus) : undefined;
}

/**
 * The lemma key a word merges into: lemmaKey(word), except that a key column holding the word itself (lower-cased,
 * accents folded) is taken as it is. Leeshulp's export writes a word known without ever being saved as its key,
 * and a key is not always its own lemma ("onderzoeker" → "onderzoek"), so this keeps such keys unchanged; any other
 * key in the column is ignored.
 *
 * importKey("onderzoeker", "onderzoeker", d) → "onderzoeker" · importKey("staten", "fiets", d) → "staat"
 */
export function importKey(word: string, key: string, dictionary: Dictionary): string {
  if (key !== "" && key === foldDiacritics(lookupKey(word))) return key;
  return lemmaKey(word, dictionary);
}

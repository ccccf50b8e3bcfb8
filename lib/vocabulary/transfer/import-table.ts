import { htmlToPlainText, looksLikeHtml } from "./html-to-plain-text";
import { isHeaderRow } from "./import-mapping";
import type { DelimitedRecord, DelimitedTable } from "./parse-delimited";
import { TRANSFER_LIMITS } from "./transfer-limits";

/** Values shown per column to help the learner recognise it, and their length. */
const SAMPLES = 3;
const SAMPLE_LENGTH = 40;

export interface ImportColumn {
  /** 0-based. */
  index: number;
  /** The column's name from the header row or Anki's `#columns:` header; null when the file names none. */
  label: string | null;
  /** A few of its first values, shortened. */
  samples: string[];
}

/** An imported file's data as plain text: its columns, and its data rows (header row and blank rows left out). */
export interface ImportTable {
  columns: ImportColumn[];
  /** Columns holding Anki's guid, deck, tags or note type. */
  metaColumns: number[];
  rows: DelimitedRecord[];
}

/**
 * Plain text of a cell: HTML (Anki's export, or a file that looks like one) converted to text, never kept as HTML;
 * the apostrophe a CSV export puts before = + - @ against formulas removed, so an export imports back unchanged.
 *
 * cellText("&lt;b&gt;<b>huis</b>", true) → "<b>huis" · cellText("'-ish", false) → "-ish"
 */
export function cellText(cell: string, html: boolean): string {
  const text = html ? htmlToPlainText(cell) : cell;
  return text.replace(/^'(?=[=+\-@\t\r])/, "");
}

/**
 * The file's records as an import table. HTML is read as HTML when an `#html:true` header says so, or (without an
 * `#html:` header) when any cell looks like HTML. The first record is a header row when it names a known column
 * ("word", "english", "Front" …) and the file has no Anki headers (Anki's files have none; their `#columns:` header
 * names the columns). At most maxColumns.
 */
export function importTable(table: DelimitedTable): ImportTable {
  const html = table.html ?? table.records.some((record) => record.cells.some(looksLikeHtml));
  const records = table.records.map((record) => ({
    line: record.line,
    cells: record.cells.slice(0, TRANSFER_LIMITS.maxColumns).map((cell) => cellText(cell, html)),
  }));
  const first = records[0];
  const headerRow = !table.ankiHeaders && first !== undefined && isHeaderRow(first.cells) ? first : null;
  const labels = table.columnLabels ?? headerRow?.cells ?? [];
  const rows = (headerRow ? records.slice(1) : records).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const width = Math.min(
    TRANSFER_LIMITS.maxColumns,
    Math.max(labels.length, ...rows.map((row) => row.cells.length), 0),
  );
  const columns = Array.from({ length: width }, (_, index) => ({
    index,
    label: labels[index]?.trim() || null,
    samples: samplesOf(rows, index),
  }));
  return { columns, metaColumns: table.metaColumns.filter((index) => index < width), rows };
}

function samplesOf(rows: readonly DelimitedRecord[], index: number): string[] {
  const samples = new Set<string>();
  for (const row of rows) {
    const value = (row.cells[index] ?? "").replace(/\s+/g, " ").trim();
    if (value !== "") samples.add(value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1)}…` : value);
    if (samples.size === SAMPLES) break;
  }
  return [...samples];
}

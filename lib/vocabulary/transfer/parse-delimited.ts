import { parse, type Info } from "csv-parse/sync";
import { AppError } from "@/lib/errors/app-error";

export const SEPARATORS = { tab: "\t", comma: ",", semicolon: ";", pipe: "|", colon: ":", space: " " } as const;
export type Separator = (typeof SEPARATORS)[keyof typeof SEPARATORS];

/** Separators tried when the file does not name one, in order of preference when they fit equally well. */
const SNIFFED: readonly Separator[] = ["\t", ",", ";"];
/** Lines looked at to guess the separator. */
const SNIFF_LINES = 20;

export interface DelimitedRecord {
  /** The file's line (1-based) where the record starts, as a text editor or spreadsheet numbers it. */
  line: number;
  cells: string[];
}

export interface DelimitedTable {
  separator: Separator;
  /** True when the file starts with Anki's `#key:value` headers (Anki files never have a header row). */
  ankiHeaders: boolean;
  /** Anki's `#html:` header: true or false, or null when the file has none. */
  html: boolean | null;
  /** Column labels from Anki's `#columns:` header (then the data has no header row); null without one. */
  columnLabels: string[] | null;
  /** Columns (0-based) that Anki's headers say hold a note's guid, deck, tags or note type, not a field. */
  metaColumns: number[];
  records: DelimitedRecord[];
}

interface Meta {
  headers: boolean;
  separator: Separator | null;
  html: boolean | null;
  columns: string | null;
  metaColumns: number[];
}

/**
 * A CSV or TSV text as records, reading it the way Anki's importer does: leading `#key:value` lines are headers
 * (`#separator:`, `#html:`, `#columns:`, `#guid column:`, `#deck column:`, `#tags column:`, `#notetype column:`),
 * any other line starting with `#` is a comment, blank lines are skipped. Without a `#separator:` header the
 * separator is the one of tab, comma and semicolon that splits the first lines most evenly. Fields may be quoted
 * (RFC 4180: quotes doubled, separators and line breaks inside); a stray quote inside an unquoted field is kept.
 * Reads at most `maxRecords` records. An unclosed quote throws AppError("unreadable-file").
 *
 * parseDelimited("#separator:tab\n#html:true\nhuis\t<b>house</b>\n", 10)
 *   → { separator: "\t", ankiHeaders: true, html: true, columnLabels: null, metaColumns: [],
 *       records: [{ line: 3, cells: ["huis", "<b>house</b>"] }] }
 */
export function parseDelimited(text: string, maxRecords: number): DelimitedTable {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const meta = readMeta(lines);
  const separator = meta.separator ?? sniffSeparator(lines);
  const normalised = lines.join("\n");
  return {
    separator,
    ankiHeaders: meta.headers,
    html: meta.html,
    columnLabels: meta.columns === null ? null : (parseRecords(meta.columns, separator, 1)[0]?.cells ?? null),
    metaColumns: meta.metaColumns,
    records: parseRecords(normalised, separator, maxRecords),
  };
}

function parseRecords(text: string, separator: Separator, maxRecords: number): DelimitedRecord[] {
  try {
    // csv-parse's types do not follow `info: true`, which makes each record { record, info }.
    const parsed = parse(text, {
      delimiter: separator,
      comment: "#",
      comment_no_infix: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      to: maxRecords,
    }) as unknown as { record: string[]; info: Info }[];
    return parsed.map(({ record, info }) => ({ line: info.lines - lineBreaksIn(record), cells: record }));
  } catch {
    throw new AppError("unreadable-file");
  }
}

function lineBreaksIn(cells: readonly string[]): number {
  return cells.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** Anki's headers that name a column holding something other than a field. */
const META_COLUMNS = ["notetype column", "deck column", "tags column", "guid column"];
const ANKI_HEADERS = ["separator", "html", "tags", "columns", "notetype", "deck", ...META_COLUMNS];

/** Anki's header lines: the `#key:value` lines at the top of the file. */
function readMeta(lines: readonly string[]): Meta {
  const meta: Meta = { headers: false, separator: null, html: null, columns: null, metaColumns: [] };
  for (const line of lines) {
    if (!line.startsWith("#")) break;
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const key = line.slice(1, colon).trim().toLowerCase();
    const value = line.slice(colon + 1);
    meta.headers ||= ANKI_HEADERS.includes(key);
    if (key === "separator") meta.separator = separatorNamed(value);
    else if (key === "html") meta.html = booleanNamed(value);
    else if (key === "columns") meta.columns = value;
    else if (META_COLUMNS.includes(key)) {
      const column = Number.parseInt(value.trim(), 10);
      if (column > 0) meta.metaColumns.push(column - 1);
    }
  }
  return meta;
}

function separatorNamed(value: string): Separator | null {
  const name = value.trim().toLowerCase();
  if (name in SEPARATORS) return SEPARATORS[name as keyof typeof SEPARATORS];
  return (Object.values(SEPARATORS) as string[]).includes(value) ? (value as Separator) : null;
}

function booleanNamed(value: string): boolean | null {
  const name = value.trim().toLowerCase();
  return name === "true" ? true : name === "false" ? false : null;
}

/**
 * The separator that occurs on every one of the first data lines, preferring one that occurs equally often on each
 * (a header and its rows), then the most often; comma when none occurs (a single column).
 */
export function sniffSeparator(lines: readonly string[]): Separator {
  const sample = lines.filter((line) => line.trim() !== "" && !line.startsWith("#")).slice(0, SNIFF_LINES);
  let best: { separator: Separator; score: number } = { separator: ",", score: 0 };
  for (const separator of SNIFFED) {
    const counts = sample.map((line) => countOutsideQuotes(line, separator));
    const least = Math.min(...counts);
    if (sample.length === 0 || least === 0) continue;
    const even = counts.every((count) => count === counts[0]);
    const score = (even ? 1_000_000 : 0) + least;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

function countOutsideQuotes(line: string, separator: Separator): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) count++;
  }
  return count;
}

/**
 * A CSV document as spreadsheets open it (RFC 4180): fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in CRLF, and a UTF-8 byte-order mark lets Excel read "Jeroen Dijkstra" and "Zoë" correctly.
 * Text that starts with = + - @ (or a tab or carriage return) would run as a formula when opened, so a learner
 * could name themselves `=HYPERLINK(…)`; such cells get a leading apostrophe, which spreadsheets show as text.
 * Numbers are written as they are.
 *
 * toCsv([["name", "minutes"], ["=1+1", 12], ['Zoë "Z", 2B', 0]]) → '\uFEFFname,minutes\r\n\'=1+1,12\r\n"Zoë ""Z"", 2B",0\r\n'
 */
export type CsvCell = string | number;

const BYTE_ORDER_MARK = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell that a spreadsheet will show as text, never evaluate. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(field).join(",") + "\r\n").join("");
}

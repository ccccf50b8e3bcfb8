import { AppError } from "@/lib/errors/app-error";
import { decodeText } from "@/lib/import/decode-text";
import { importTable, type ImportTable } from "./import-table";
import { parseDelimited } from "./parse-delimited";
import { importable, TRANSFER_LIMITS } from "./transfer-limits";

/** An uploaded file as the import form sends it. */
export interface ImportUpload {
  name: string;
  bytes: Uint8Array;
}

/**
 * An uploaded CSV, TSV or text file as an import table, each limit checked before the work it guards: the type
 * (by its name) and size before reading, text rather than binary data (any encoding, see decodeText) before
 * parsing, at most maxRows data rows (the parser stops one row past the limit).
 *
 * readImportFile({ name: "woorden.csv", bytes: utf8("word,english\nhuis,house\n") })
 *   → { columns: [word, english], rows: [{ line: 2, cells: ["huis", "house"] }] … }
 * readImportFile({ name: "foto.png", … }) → AppError("unsupported-file")
 */
export function readImportFile(upload: ImportUpload): ImportTable {
  if (!importable(upload.name)) throw new AppError("unsupported-file");
  if (upload.bytes.byteLength > TRANSFER_LIMITS.maxFileBytes) throw new AppError("file-too-large");
  const text = decodeText(upload.bytes);
  // A header row, the last allowed row, and one more to know the file has too many.
  const table = importTable(parseDelimited(text, TRANSFER_LIMITS.maxRows + 2));
  if (table.rows.length === 0) throw new AppError("import-empty");
  if (table.rows.length > TRANSFER_LIMITS.maxRows) throw new AppError("import-too-many-rows");
  return table;
}

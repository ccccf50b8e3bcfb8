import mammoth from "mammoth";
import { decodeText } from "./decode-text";
import { assertDocxWithinLimits } from "./docx-limits";
import { formatOfFile } from "./extract-text";
import { titleOfHtml } from "./html-title";
import { IMPORT_LIMITS } from "./import-limits";

/**
 * Word's "Title" paragraph style becomes the HTML's <title>, so that it wins over the first "Heading 1" as a page's
 * <title> wins over its <h1>.
 */
const DOCX_TITLE_STYLE = ["p.Title => title:fresh", "p[style-name='Title'] => title:fresh"];

/**
 * The title an uploaded .html or .docx file proposes for its lesson (see titleOfHtml), or null: for other formats,
 * files without one, and files that cannot be read (the form reports those when it is sent). The same limits guard
 * the work as when the text is imported.
 */
export async function proposeTitle(file: { name: string; bytes: Uint8Array }): Promise<string | null> {
  if (file.bytes.byteLength > IMPORT_LIMITS.maxFileBytes) return null;
  try {
    const format = formatOfFile(file.name);
    if (format === "html") return titleOfHtml(decodeText(file.bytes));
    if (format !== "docx") return null;
    assertDocxWithinLimits(file.bytes);
    const buffer = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    return titleOfHtml((await mammoth.convertToHtml({ buffer }, { styleMap: DOCX_TITLE_STYLE })).value);
  } catch {
    return null;
  }
}

import mammoth from "mammoth";
import { AppError } from "@/lib/errors/app-error";
import { decodeText } from "./decode-text";
import { assertDocxWithinLimits } from "./docx-limits";
import { formatOfFile, paragraphsOf } from "./extract-text";
import { IMPORT_LIMITS } from "./import-limits";
import type { ImportedParagraph } from "./imported-paragraph";
import type { TextSource } from "./text-source";

async function docxToHtml(bytes: Uint8Array): Promise<string> {
  assertDocxWithinLimits(bytes);
  try {
    return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
      .value;
  } catch (error) {
    // mammoth walks the document recursively: elements nested a thousand deep overflow its stack.
    throw new AppError(error instanceof RangeError ? "too-deeply-nested" : "unreadable-file");
  }
}

/**
 * The paragraphs of a typed text or an uploaded .txt, .md, .html or .docx file. Every limit is checked before the
 * work it guards: the file's size before reading it, a .docx's unpacked sizes before converting it, the text's
 * length before parsing it, its paragraphs before anything splits them further.
 *
 * { kind: "file", name: "les.md", bytes: "# Kop\n\nTekst." } → [{Kop, heading}, {Tekst., null}]
 */
export async function readTextSource(source: TextSource): Promise<ImportedParagraph[]> {
  if (source.kind === "text") return paragraphsOf(source.text, "text");
  if (source.bytes.byteLength > IMPORT_LIMITS.maxFileBytes) throw new AppError("file-too-large");
  const format = formatOfFile(source.name);
  if (format === "docx") return paragraphsOf(await docxToHtml(source.bytes), "html");
  return paragraphsOf(decodeText(source.bytes), format);
}

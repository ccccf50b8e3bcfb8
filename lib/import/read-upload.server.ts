import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors/app-error";
import { formatOfFile, MAX_FILE_BYTES, paragraphsOf } from "./extract-text";
import type { ImportedParagraph } from "./imported-paragraph";

/** Paragraphs of an uploaded .txt, .md, .html or .docx file. */
export async function readUpload(file: File): Promise<ImportedParagraph[]> {
  if (file.size > MAX_FILE_BYTES) throw new AppError("file-too-large");
  const format = formatOfFile(file.name);
  const bytes = Buffer.from(await file.arrayBuffer());
  if (format === "docx") {
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch {
      throw new AppError("unreadable-file");
    }
    return paragraphsOf(html, "html");
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\u0000")) throw new AppError("unreadable-file");
  return paragraphsOf(text, format);
}

import { AppError } from "@/lib/errors/app-error";
import { htmlToParagraphs } from "./html-to-paragraphs";
import { IMPORT_LIMITS } from "./import-limits";
import type { ImportedParagraph } from "./imported-paragraph";
import { markdownToParagraphs } from "./markdown-to-paragraphs";
import { plainTextToParagraphs } from "./plain-text-to-paragraphs";

export type TextFormat = "text" | "markdown" | "html" | "docx";

export function formatOfFile(name: string): TextFormat {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0];
  if (extension === ".txt") return "text";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".html" || extension === ".htm") return "html";
  if (extension === ".docx") return "docx";
  throw new AppError("unsupported-file");
}

/**
 * Paragraphs of a text in a given format, refusing empty and over-long texts and texts of too many paragraphs.
 * The source is bounded before parsing (markup may be far longer than its text: scripts, styles, attributes) and the
 * text after.
 */
export function paragraphsOf(text: string, format: Exclude<TextFormat, "docx">): ImportedParagraph[] {
  const maxSource = format === "text" ? IMPORT_LIMITS.maxCharacters * 2 : IMPORT_LIMITS.maxFileBytes;
  if (text.length > maxSource) throw new AppError("text-too-long");
  const paragraphs =
    format === "html"
      ? htmlToParagraphs(text)
      : format === "markdown"
        ? markdownToParagraphs(text)
        : plainTextToParagraphs(text);
  const characters = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  if (characters === 0) throw new AppError("empty-text");
  if (characters > IMPORT_LIMITS.maxCharacters) throw new AppError("text-too-long");
  if (paragraphs.length > IMPORT_LIMITS.maxParagraphs) throw new AppError("too-many-paragraphs");
  return paragraphs;
}

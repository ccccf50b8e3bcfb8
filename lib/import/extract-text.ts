import { AppError } from "@/lib/errors/app-error";
import { htmlToParagraphs } from "./html-to-paragraphs";
import { MAX_TEXT_CHARACTERS, type ImportedParagraph } from "./imported-paragraph";
import { markdownToParagraphs } from "./markdown-to-paragraphs";
import { plainTextToParagraphs } from "./plain-text-to-paragraphs";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".docx"] as const;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type TextFormat = "text" | "markdown" | "html" | "docx";

export function formatOfFile(name: string): TextFormat {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0];
  if (extension === ".txt") return "text";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".html" || extension === ".htm") return "html";
  if (extension === ".docx") return "docx";
  throw new AppError("unsupported-file");
}

/** Paragraphs of a text in a given format, refusing empty and over-long texts. */
export function paragraphsOf(text: string, format: Exclude<TextFormat, "docx">): ImportedParagraph[] {
  if (text.length > MAX_TEXT_CHARACTERS * 3) throw new AppError("text-too-long");
  const paragraphs =
    format === "html"
      ? htmlToParagraphs(text)
      : format === "markdown"
        ? markdownToParagraphs(text)
        : plainTextToParagraphs(text);
  const characters = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  if (characters === 0) throw new AppError("empty-text");
  if (characters > MAX_TEXT_CHARACTERS) throw new AppError("text-too-long");
  return paragraphs;
}

import { splitParagraphs } from "@/lib/text/paragraphs";
import type { ImportedParagraph } from "./imported-paragraph";

/** Paragraphs of a plain text (blocks separated by blank lines); their kinds are recognised later. */
export function plainTextToParagraphs(text: string): ImportedParagraph[] {
  return splitParagraphs(text).map((paragraph) => ({ text: paragraph, kind: null }));
}

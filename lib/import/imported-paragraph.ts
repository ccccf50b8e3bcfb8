import type { ParagraphKind } from "@/lib/lesson-model/lesson-rows";

/** A block of an imported text, with its kind when the source format says so (an HTML <h2>, a Markdown "#"). */
export interface ImportedParagraph {
  text: string;
  kind: ParagraphKind | null;
}

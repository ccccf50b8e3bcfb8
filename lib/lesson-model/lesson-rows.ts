import type { Span } from "@/lib/text/span";

export type ParagraphKind = "paragraph" | "heading" | "caption" | "quote";
export type ParagraphLanguage = "nl" | "en";
export type TranslationSource = "human" | "deepl" | "original" | "none";

/** A paragraph as aligned pairs of source and translation text (a pair's side may be empty). */
export interface AlignedParagraph {
  kind: ParagraphKind;
  language: ParagraphLanguage;
  translationSource: TranslationSource;
  pairs: { source: string; translation: string }[];
}

export interface ParagraphRow {
  kind: ParagraphKind;
  language: ParagraphLanguage;
  sourceText: string;
  translationText: string | null;
  translationSource: TranslationSource;
  sentences: { position: number; start: number; end: number; translationStart: number; translationEnd: number }[];
}

/** Joins non-empty pieces with single spaces and returns the text with each piece's span. */
function joinWithSpans(pieces: readonly string[]): { text: string; spans: Span[] } {
  let text = "";
  const spans = pieces.map((piece) => {
    const trimmed = piece.trim();
    if (trimmed.length === 0) return { start: text.length, end: text.length };
    if (text.length > 0) text += " ";
    const start = text.length;
    text += trimmed;
    return { start, end: text.length };
  });
  return { text, spans };
}

/**
 * Turns aligned pairs into the stored shape: the paragraph's source and translation texts (pairs joined by a
 * space) and one sentence row per pair with its character offsets on both sides.
 *
 * pairs [{source: "Ja.", translation: "Yes."}, {source: "Nee.", translation: "No."}] →
 * sourceText "Ja. Nee.", translationText "Yes. No.", sentences 0–3/0–4 and 4–8/5–8.
 */
export function toParagraphRow(paragraph: AlignedParagraph): ParagraphRow {
  const source = joinWithSpans(paragraph.pairs.map((pair) => pair.source));
  const translation = joinWithSpans(paragraph.pairs.map((pair) => pair.translation));
  const hasTranslation = paragraph.language === "nl" && translation.text.length > 0;
  return {
    kind: paragraph.kind,
    language: paragraph.language,
    sourceText: source.text,
    translationText: hasTranslation ? translation.text : null,
    translationSource: paragraph.language === "en" ? "original" : hasTranslation ? paragraph.translationSource : "none",
    sentences: paragraph.pairs.map((_, position) => ({
      position,
      start: source.spans[position]!.start,
      end: source.spans[position]!.end,
      translationStart: hasTranslation ? translation.spans[position]!.start : 0,
      translationEnd: hasTranslation ? translation.spans[position]!.end : 0,
    })),
  };
}

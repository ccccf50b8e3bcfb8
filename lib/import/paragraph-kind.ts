import type { ParagraphKind } from "@/lib/lesson-model/lesson-rows";

/** Photo credits that end a caption: "… Beeld AFP", "Foto: ANP", "(foto Reuters)". */
const CAPTION_CREDIT = /(?:^|[\s.)])(?:beeld|foto|foto's|image|photo|©)\s*[:]?\s*[\p{Lu}][\p{L}\s/&.-]{1,40}\)?$/iu;
/** An embedded tweet ends with "— Name (@handle) date". */
const TWEET_SIGNATURE = /[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s*\d{1,2}\s+\p{L}+\s+\d{4}$/u;
const QUOTES = /^["“„'‘«].*["”'’»]$/su;

/**
 * The kind of a plain-text paragraph, from its shape. A short line without closing punctuation, followed by more
 * text, is a heading; a paragraph ending in a photo credit is a caption; an embedded tweet or a paragraph that is
 * entirely a quotation is a quote.
 *
 * "Strategische veiligheidsdialoog" (not last) → heading; "… Joe Biden. Beeld AFP" → caption
 */
export function guessParagraphKind(text: string, isLast: boolean): ParagraphKind {
  const trimmed = text.trim();
  // Length first: on a long run of spaces after "foto" the credit pattern backtracks quadratically.
  if (trimmed.length < 400 && CAPTION_CREDIT.test(trimmed)) return "caption";
  if (TWEET_SIGNATURE.test(trimmed) || QUOTES.test(trimmed)) return "quote";
  const words = trimmed.split(/\s+/).length;
  if (!isLast && words <= 12 && trimmed.length <= 100 && !/[.,;:!?…"”’)]$/u.test(trimmed)) return "heading";
  return "paragraph";
}

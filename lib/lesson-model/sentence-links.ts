import type { Dictionary } from "@/lib/dictionary/dictionary";
import type { Span } from "@/lib/text/span";
import { alignWords } from "@/lib/word-alignment/align-words";

/** A Dutch word (or both parts of a separable verb) and the English words that translate it, as offsets. */
export interface SentenceLink {
  nl: Span[];
  en: Span[];
}

/**
 * The word links of one sentence pair, for marking a clicked English word's Dutch counterpart: offsets into the
 * Dutch sentence and into the English as the reader shows it. Empty without an English sentence.
 */
export function sentenceLinks(dutch: string, english: string, dictionary: Dictionary): SentenceLink[] {
  if (english.trim().length === 0) return [];
  return alignWords(dutch, english, dictionary)
    .filter((link) => link.en.length > 0)
    .map((link) => ({ nl: link.nl, en: link.en }));
}

import type { Span } from "@/lib/text/span";
import { stripTags, untagSentences } from "./sentence-tags";

/** A sentence of the Dutch paragraph and the part of the English translation that renders it. */
export interface SentencePair {
  source: Span;
  translation: Span;
}

/**
 * A translated paragraph. `needsAlignment` is true when the provider's output could not be split into sentences
 * reliably: the text is still the paragraph's translation, but sentence pairs must come from an aligner.
 */
export type ParagraphTranslation =
  | { text: string; needsAlignment: false; sentencePairs: SentencePair[] }
  | { text: string; needsAlignment: true; sentencePairs: null };

/**
 * Pairs the Dutch sentences with the sentence tags of the translation, one to one and in order. Any other shape
 * (a tag lost or added because DeepL merged or split sentences, broken markup) is flagged for the aligner.
 *
 * sentences "Ja. Nee." + "<s>Yes.</s> <s>No.</s>" → pairs Ja.↔Yes., Nee.↔No.
 * sentences "Ja. Nee." + "<s>Yes, no.</s>"         → text "Yes, no.", needsAlignment
 */
export function readSentenceTaggedTranslation(
  sourceSentences: readonly Span[],
  taggedTranslation: string,
): ParagraphTranslation {
  const untagged = untagSentences(taggedTranslation);
  if (untagged === null) return { text: stripTags(taggedTranslation), needsAlignment: true, sentencePairs: null };
  if (untagged.sentences.length !== sourceSentences.length) {
    return { text: untagged.text, needsAlignment: true, sentencePairs: null };
  }
  const sentencePairs = sourceSentences.map((source, index) => ({ source, translation: untagged.sentences[index]! }));
  return { text: untagged.text, needsAlignment: false, sentencePairs };
}

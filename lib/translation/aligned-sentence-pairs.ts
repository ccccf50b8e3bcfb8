import { alignSentences } from "@/lib/alignment/align-sentences";
import type { Lexicon } from "@/lib/alignment/types";
import { splitSentences } from "@/lib/text/sentences";
import type { Span } from "@/lib/text/span";
import type { SentencePair } from "./paragraph-translation";

function cover(spans: readonly Span[], indices: readonly number[], at: number): Span {
  if (indices.length === 0) return { start: at, end: at };
  return { start: spans[indices[0]!]!.start, end: spans[indices[indices.length - 1]!]!.end };
}

/**
 * Sentence pairs for a paragraph and a translation whose sentences do not correspond one to one (DeepL merged or
 * split some): the sentence aligner pairs them (1-1, 2-1, 1-2, 1-0, 0-1).
 *
 * "Ja. Nee." + "Yes, no." → one pair: "Ja. Nee." ↔ "Yes, no."
 */
export function alignedSentencePairs(source: string, translation: string, lexicon: Lexicon): SentencePair[] {
  const sourceSpans = splitSentences(source);
  const targetSpans = splitSentences(translation);
  const beads = alignSentences(
    sourceSpans.map((span) => source.slice(span.start, span.end)),
    targetSpans.map((span) => translation.slice(span.start, span.end)),
    { lexicon },
  );
  let sourceAt = 0;
  let targetAt = 0;
  return beads.map((bead) => {
    const pair = {
      source: cover(sourceSpans, bead.source, sourceAt),
      translation: cover(targetSpans, bead.target, targetAt),
    };
    sourceAt = pair.source.end;
    targetAt = pair.translation.end;
    return pair;
  });
}

import { alignInBand, type BeadCost, type BeadShape } from "./banded-alignment";
import { NO_LEXICON } from "./lexicon";
import {
  createDocumentScorer,
  DEFAULT_WEIGHTS,
  type DocumentScorer,
  type ScoringWeights,
  sentenceBeadCost,
  sentenceLengthOnlyCost,
} from "./score";
import type { Bead, Lexicon } from "./types";

/**
 * Aligns Dutch sentences with English sentences into 1-1, 2-1, 1-2, 1-0 and 0-1 beads.
 *
 * alignSentences(
 *   ["Rosa brengt regen.", "Het wordt koud.", "Dat zegt het KNMI."],
 *   ["Rosa brings rain and it will get cold.", "The KNMI says so."],
 * ) → "0,1-0 2-1" in bead notation
 */

export interface AlignmentOptions {
  /** Dutch→English word translations; without one, only names, numbers, cognates and lengths guide the alignment. */
  lexicon?: Lexicon;
  weights?: ScoringWeights;
}

export const SENTENCE_BEAD_SHAPES: readonly BeadShape[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 2, target: 1 },
  { source: 1, target: 2 },
];

export function alignSentences(
  sourceSentences: readonly string[],
  targetSentences: readonly string[],
  options: AlignmentOptions = {},
): Bead[] {
  const scorer = createDocumentScorer(
    sourceSentences,
    targetSentences,
    options.lexicon ?? NO_LEXICON,
    options.weights ?? DEFAULT_WEIGHTS,
  );
  return alignSentenceRange(scorer, 0, sourceSentences.length, 0, targetSentences.length);
}

/** Aligns sentences sourceStart..sourceEnd with targetStart..targetEnd (end exclusive) of a scored document. */
export function alignSentenceRange(
  scorer: DocumentScorer,
  sourceStart: number,
  sourceEnd: number,
  targetStart: number,
  targetEnd: number,
): Bead[] {
  const shifted =
    (cost: BeadCost): BeadCost =>
    (fromSource, toSource, fromTarget, toTarget) =>
      cost(sourceStart + fromSource, sourceStart + toSource, targetStart + fromTarget, targetStart + toTarget);
  const { beads } = alignInBand({
    sourceLengths: scorer.sourceLengths.slice(sourceStart, sourceEnd),
    targetLengths: scorer.targetLengths.slice(targetStart, targetEnd),
    shapes: SENTENCE_BEAD_SHAPES,
    beadCost: shifted(sentenceBeadCost(scorer)),
    guideCost: shifted(sentenceLengthOnlyCost(scorer)),
  });
  return beads.map((bead) => ({
    source: bead.source.map((index) => index + sourceStart),
    target: bead.target.map((index) => index + targetStart),
  }));
}

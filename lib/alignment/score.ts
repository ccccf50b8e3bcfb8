import type { BeadCost } from "./banded-alignment";
import { lengthCost } from "./length-cost";
import { LexicalOverlap } from "./lexical-overlap";
import type { Lexicon } from "./types";

/**
 * The cost of a bead: lower is better, additive along an alignment. Pairing a run of Dutch sentences with a run of
 * English sentences costs the Gale–Church length surprise plus the lexical overlap that is missing (how much of
 * both sides does *not* translate into the other); a bead with more than one unit on a side pays a merge cost, an
 * unpaired unit a skip cost.
 *
 * For "Rosa brengt regen." / "Rosa brings rain." the overlap is high and the lengths agree, so the 1-1 cost is
 * small; against an unrelated sentence of the same length it is about `lexical` higher.
 */

export interface ScoringWeights {
  /** Cost of one unpaired sentence (1-0 or 0-1 bead); an unpaired paragraph pays it for each of its sentences. */
  skip: number;
  /** Extra cost of a 2-1 or 1-2 sentence bead over a 1-1 bead. */
  sentenceMerge: number;
  /** Cost of each paragraph boundary that meets no boundary on the other side (paragraphs merged or split). */
  paragraphMerge: number;
  /** Multiplies the Gale–Church length cost. */
  length: number;
  /** Multiplies (1 − overlap). */
  lexical: number;
}

/**
 * Tuned by grid search on the NTREX nl-en development set with sentences merged and dropped
 * (scripts/eval-align.ts); these values are among the best on the even- and on the odd-numbered documents alike.
 * Merges and skips cost about as much as a 1-1 pair that shares nothing, so the aligner leaves the 1-1 path only
 * on evidence. `lexical` stays below two skips: without a lexicon, true pairs often share no token, and pairing
 * them must still beat skipping both.
 */
export const DEFAULT_WEIGHTS: ScoringWeights = {
  skip: 3,
  sentenceMerge: 3,
  paragraphMerge: 2,
  length: 0.35,
  lexical: 5,
};

export interface DocumentScorer {
  weights: ScoringWeights;
  sourceLengths: readonly number[];
  targetLengths: readonly number[];
  /** Length and lexical cost of pairing sentences sourceStart..sourceEnd with targetStart..targetEnd (both non-empty). */
  pairCost: BeadCost;
  /** The length part of pairCost alone. */
  pairLengthCost: BeadCost;
}

/** Indexes a document once; its costs take sentence indices (end exclusive) and serve every alignment level. */
export function createDocumentScorer(
  sourceSentences: readonly string[],
  targetSentences: readonly string[],
  lexicon: Lexicon,
  weights: ScoringWeights,
): DocumentScorer {
  const overlap = new LexicalOverlap(sourceSentences, targetSentences, lexicon);
  const sourceLengths = sourceSentences.map((sentence) => sentence.length);
  const targetLengths = targetSentences.map((sentence) => sentence.length);
  const sourceOffsets = prefixSums(sourceLengths);
  const targetOffsets = prefixSums(targetLengths);
  const sourceTotal = sourceOffsets.at(-1)!;
  const targetTotal = targetOffsets.at(-1)!;
  const ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1;

  const lengthsCost = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number) => {
    // Sentences of a run are joined by a space.
    const sourceLength = sourceOffsets[sourceEnd]! - sourceOffsets[sourceStart]! + sourceEnd - sourceStart - 1;
    const targetLength = targetOffsets[targetEnd]! - targetOffsets[targetStart]! + targetEnd - targetStart - 1;
    return weights.length * lengthCost(sourceLength, targetLength, ratio);
  };
  const pairCost: BeadCost = (sourceStart, sourceEnd, targetStart, targetEnd) => {
    const similarity = overlap.similarity(sourceStart, sourceEnd, targetStart, targetEnd);
    return lengthsCost(sourceStart, sourceEnd, targetStart, targetEnd) + weights.lexical * (1 - similarity);
  };
  return { weights, sourceLengths, targetLengths, pairCost, pairLengthCost: lengthsCost };
}

/** Bead cost for sentence alignment, in sentence indices. */
export function sentenceBeadCost(scorer: DocumentScorer): BeadCost {
  return withShapeCosts(scorer.weights, scorer.pairCost);
}

/**
 * The same without the lexical overlap: far cheaper, and its best path runs close enough to the final one that the
 * full search only needs to look a few sentences either side of it.
 */
export function sentenceLengthOnlyCost(scorer: DocumentScorer): BeadCost {
  return withShapeCosts(scorer.weights, scorer.pairLengthCost);
}

function withShapeCosts({ skip, sentenceMerge }: ScoringWeights, pairCost: BeadCost): BeadCost {
  return (sourceStart, sourceEnd, targetStart, targetEnd) => {
    const sources = sourceEnd - sourceStart;
    const targets = targetEnd - targetStart;
    if (sources === 0 || targets === 0) return skip * (sources + targets);
    return sentenceMerge * (sources + targets - 2) + pairCost(sourceStart, sourceEnd, targetStart, targetEnd);
  };
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const value of values) sums.push(sums.at(-1)! + value);
  return sums;
}

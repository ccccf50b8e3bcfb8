import { type AlignmentOptions, SENTENCE_BEAD_SHAPES } from "./align-sentences";
import { alignInBand } from "./banded-alignment";
import { NO_LEXICON } from "./lexicon";
import { createDocumentScorer, DEFAULT_WEIGHTS, sentenceBeadCost, sentenceLengthOnlyCost } from "./score";
import type { Bead, ParagraphBead } from "./types";

/**
 * Aligns a text given as paragraphs of sentences: the sentence alignment of the whole document in which paragraph
 * boundaries act as anchors. A Dutch paragraph boundary should meet an English one; each boundary the sentence
 * path misses costs `paragraphMerge`, so paragraphs pair 1-1 unless the sentences say that a translator merged or
 * split paragraphs (n-1, 1-n) or left one out (1-0, 0-1). The paragraph beads are read off the sentence path: a
 * group closes wherever the path passes a boundary on both sides. Sentence indices count across the document.
 *
 * alignParagraphs(
 *   [["Rosa brengt regen.", "Het wordt koud."], ["Dat zegt het KNMI."]],
 *   [["Rosa brings rain.", "It will get cold."], ["The KNMI says so."]],
 * ) → [{ source: [0], target: [0], sentences: "0-0 1-1" }, { source: [1], target: [1], sentences: "2-2" }]
 */
export function alignParagraphs(
  sourceParagraphs: readonly (readonly string[])[],
  targetParagraphs: readonly (readonly string[])[],
  options: AlignmentOptions = {},
): ParagraphBead[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const sourceSentences = sourceParagraphs.flat();
  const targetSentences = targetParagraphs.flat();
  const scorer = createDocumentScorer(sourceSentences, targetSentences, options.lexicon ?? NO_LEXICON, weights);
  const sourceStarts = paragraphStarts(sourceParagraphs);
  const targetStarts = paragraphStarts(targetParagraphs);
  const { beads } = alignInBand({
    sourceLengths: scorer.sourceLengths,
    targetLengths: scorer.targetLengths,
    shapes: SENTENCE_BEAD_SHAPES,
    beadCost: sentenceBeadCost(scorer),
    guideCost: sentenceLengthOnlyCost(scorer),
    anchors: {
      sourceStartsParagraph: sourceStarts.startsParagraph,
      targetStartsParagraph: targetStarts.startsParagraph,
      missedBoundaryCost: weights.paragraphMerge,
    },
  });
  return groupByParagraphs(beads, sourceStarts, targetStarts);
}

interface ParagraphStarts {
  /** startsParagraph[i] = 1 when a paragraph starts at sentence i, and at the end of the document. */
  startsParagraph: Uint8Array;
  /** The paragraph each sentence belongs to. */
  paragraphOf: Int32Array;
}

/** [[A, B], [C]] → startsParagraph [1, 0, 1, 1], paragraphOf [0, 0, 1]. */
function paragraphStarts(paragraphs: readonly (readonly string[])[]): ParagraphStarts {
  if (paragraphs.some((paragraph) => paragraph.length === 0)) {
    throw new RangeError("Every paragraph must contain at least one sentence.");
  }
  const sentences = paragraphs.reduce((total, paragraph) => total + paragraph.length, 0);
  const startsParagraph = new Uint8Array(sentences + 1);
  const paragraphOf = new Int32Array(sentences);
  let sentence = 0;
  paragraphs.forEach((paragraph, index) => {
    startsParagraph[sentence] = 1;
    paragraphOf.fill(index, sentence, sentence + paragraph.length);
    sentence += paragraph.length;
  });
  startsParagraph[sentences] = 1;
  return { startsParagraph, paragraphOf };
}

/** Cuts the sentence beads into paragraph beads wherever the path stands on a boundary of both sides. */
function groupByParagraphs(beads: readonly Bead[], source: ParagraphStarts, target: ParagraphStarts): ParagraphBead[] {
  const groups: ParagraphBead[] = [];
  let group: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    group.push(bead);
    i += bead.source.length;
    j += bead.target.length;
    if (source.startsParagraph[i] && target.startsParagraph[j]) {
      groups.push({
        source: paragraphsOf(group, "source", source),
        target: paragraphsOf(group, "target", target),
        sentences: group,
      });
      group = [];
    }
  }
  return groups;
}

function paragraphsOf(group: readonly Bead[], side: "source" | "target", starts: ParagraphStarts): number[] {
  const paragraphs = new Set(group.flatMap((bead) => bead[side].map((sentence) => starts.paragraphOf[sentence]!)));
  return [...paragraphs];
}

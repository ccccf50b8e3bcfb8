import { type AlignmentOptions, alignSentenceRange } from "./align-sentences";
import { NO_LEXICON } from "./lexicon";
import { createDocumentScorer, DEFAULT_WEIGHTS } from "./score";
import type { ParagraphBead } from "./types";

/**
 * Aligns the sentences of one paragraph bead afresh, leaving every other bead as it is: after the teacher moved a
 * paragraph boundary (moveParagraph leaves the moved sentences unpaired), the two beads on either side of the
 * boundary can be realigned. Word statistics come from the whole document, as in the first alignment.
 *
 * realignParagraphBead(parseParagraphBeads("0-0{0-0 1-1} 1-1{2-∅ ∅-2}"), 1, dutchParagraphs, englishParagraphs)
 *   → "0-0{0-0 1-1} 1-1{2-2}" when Dutch sentence 2 translates English sentence 2
 */
export function realignParagraphBead(
  alignment: readonly ParagraphBead[],
  index: number,
  sourceParagraphs: readonly (readonly string[])[],
  targetParagraphs: readonly (readonly string[])[],
  options: AlignmentOptions = {},
): ParagraphBead[] {
  const bead = alignment[index];
  if (bead === undefined) throw new RangeError(`No paragraph bead ${index}.`);
  const scorer = createDocumentScorer(
    sourceParagraphs.flat(),
    targetParagraphs.flat(),
    options.lexicon ?? NO_LEXICON,
    options.weights ?? DEFAULT_WEIGHTS,
  );
  const [sourceStart, sourceEnd] = sentenceRange(bead.source, sourceParagraphs);
  const [targetStart, targetEnd] = sentenceRange(bead.target, targetParagraphs);
  const sentences = alignSentenceRange(scorer, sourceStart, sourceEnd, targetStart, targetEnd);
  return alignment.map((candidate, i) => (i === index ? { ...bead, sentences } : candidate));
}

/** Document-wide sentence range (end exclusive) of consecutive paragraphs; no paragraphs give an empty range. */
function sentenceRange(paragraphs: readonly number[], allParagraphs: readonly (readonly string[])[]): [number, number] {
  const first = paragraphs[0];
  if (first === undefined) return [0, 0];
  const start = allParagraphs.slice(0, first).reduce((total, paragraph) => total + paragraph.length, 0);
  const size = paragraphs.reduce((total, paragraph) => total + (allParagraphs[paragraph]?.length ?? 0), 0);
  return [start, start + size];
}

import type { Bead, ParagraphBead } from "./types";

/**
 * Checks an alignment that arrives from outside (a saved lesson, a form post) before it is trusted: every unit of
 * both sides appears exactly once, in order, and no bead is empty on both sides. Paragraph beads must in addition
 * hold exactly the sentences of their paragraphs.
 *
 * isValidSentenceAlignment(parseBeads("0-0 1,2-1 3-∅"), 4, 2) → true
 * isValidSentenceAlignment(parseBeads("0-0 2-1"), 3, 2)       → false (sentence 1 is missing)
 */
export function isValidSentenceAlignment(beads: readonly Bead[], sources: number, targets: number): boolean {
  return (
    beads.every((bead) => bead.source.length > 0 || bead.target.length > 0) &&
    isCountFrom(
      beads.flatMap((bead) => bead.source),
      0,
      sources,
    ) &&
    isCountFrom(
      beads.flatMap((bead) => bead.target),
      0,
      targets,
    )
  );
}

/** `sourceParagraphSizes[p]` is the number of sentences in source paragraph p; likewise for the target. */
export function isValidParagraphAlignment(
  alignment: readonly ParagraphBead[],
  sourceParagraphSizes: readonly number[],
  targetParagraphSizes: readonly number[],
): boolean {
  if (!isValidSentenceAlignment(alignment, sourceParagraphSizes.length, targetParagraphSizes.length)) return false;
  const sourceFirst = firstSentences(sourceParagraphSizes);
  const targetFirst = firstSentences(targetParagraphSizes);
  return alignment.every((bead) => {
    const sources = bead.sentences.flatMap((sentence) => sentence.source);
    const targets = bead.sentences.flatMap((sentence) => sentence.target);
    return (
      bead.sentences.every((sentence) => sentence.source.length > 0 || sentence.target.length > 0) &&
      coversParagraphs(sources, bead.source, sourceFirst) &&
      coversParagraphs(targets, bead.target, targetFirst)
    );
  });
}

/** True when `indices` is exactly start, start + 1, …, end − 1. */
function isCountFrom(indices: readonly number[], start: number, end: number): boolean {
  return indices.length === end - start && indices.every((index, k) => index === start + k);
}

function coversParagraphs(sentences: readonly number[], paragraphs: readonly number[], first: readonly number[]) {
  if (paragraphs.length === 0) return sentences.length === 0;
  return isCountFrom(sentences, first[paragraphs[0]!]!, first[paragraphs.at(-1)! + 1]!);
}

/** [2, 1] → [0, 2, 3]: the first sentence of each paragraph, and the end. */
function firstSentences(sizes: readonly number[]): number[] {
  const first = [0];
  for (const size of sizes) first.push(first.at(-1)! + size);
  return first;
}

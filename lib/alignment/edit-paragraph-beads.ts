import { edited, type EditResult, refused } from "./edit-result";
import type { Bead, Direction, ParagraphBead, Side } from "./types";

/**
 * Corrections to a paragraph alignment. Like the sentence edits they return a new alignment or a refusal code.
 *
 * moveParagraph moves a paragraph boundary: the first paragraph of bead `index` on one side joins the previous
 * paragraph bead, or its last paragraph joins the next one. Its sentences leave their sentence beads (a bead left
 * with nothing disappears) and arrive unpaired (1-0 or 0-1) at the edge of the neighbour, for the teacher to pair
 * or for realignParagraphBead (realign-paragraph-bead.ts) to align again. `paragraphSizes` are the sentence counts
 * of that side's paragraphs. With Dutch paragraphs of 2 and 1 sentences:
 *
 *   moveParagraph(parseParagraphBeads("0,1-0{0-0 1-1 2-∅} ∅-1{∅-2}"), 0, "source", "next", [2, 1])
 *     → "0-0{0-0 1-1} 1-1{2-∅ ∅-2}"
 *
 * editParagraphSentences applies a sentence edit (edit-sentence-beads.ts) inside one paragraph bead, so that
 * sentence edits can never cross a paragraph boundary:
 *
 *   editParagraphSentences(alignment, 0, (beads) => mergeBeads(beads, 1))
 */

export function moveParagraph(
  alignment: readonly ParagraphBead[],
  index: number,
  side: Side,
  direction: Direction,
  paragraphSizes: readonly number[],
): EditResult<ParagraphBead[]> {
  const bead = alignment[index];
  if (bead === undefined) return refused("no-such-bead");
  const neighbourIndex = direction === "previous" ? index - 1 : index + 1;
  const neighbour = alignment[neighbourIndex];
  if (neighbour === undefined) return refused("no-neighbour");
  if (bead[side].length === 0) return refused("empty-side");

  const paragraph = direction === "previous" ? bead[side][0]! : bead[side].at(-1)!;
  const sentencesOnSide = bead.sentences.flatMap((sentenceBead) => sentenceBead[side]);
  const sentencesOfParagraphs = bead[side].flatMap((index) => sentencesOfParagraph(index, paragraphSizes));
  if (sentencesOnSide.join() !== sentencesOfParagraphs.join()) {
    throw new RangeError(`The paragraph sizes do not match paragraph bead ${index}.`);
  }
  const moved = sentencesOfParagraph(paragraph, paragraphSizes);
  const unpaired = moved.map((sentence) => ({ source: [], target: [], [side]: [sentence] }));
  const remaining: ParagraphBead = {
    ...bead,
    [side]: bead[side].filter((candidate) => candidate !== paragraph),
    sentences: bead.sentences
      .map((sentenceBead) => ({ ...sentenceBead, [side]: sentenceBead[side].filter((s) => !moved.includes(s)) }))
      .filter((sentenceBead) => sentenceBead.source.length > 0 || sentenceBead.target.length > 0),
  };
  const joined: ParagraphBead =
    direction === "previous"
      ? { ...neighbour, [side]: [...neighbour[side], paragraph], sentences: [...neighbour.sentences, ...unpaired] }
      : { ...neighbour, [side]: [paragraph, ...neighbour[side]], sentences: [...unpaired, ...neighbour.sentences] };
  const result = [...alignment];
  result[index] = remaining;
  result[neighbourIndex] = joined;
  return edited(result.filter((candidate) => candidate.source.length > 0 || candidate.target.length > 0));
}

export function editParagraphSentences(
  alignment: readonly ParagraphBead[],
  index: number,
  edit: (sentences: readonly Bead[]) => EditResult<Bead[]>,
): EditResult<ParagraphBead[]> {
  const bead = alignment[index];
  if (bead === undefined) return refused("no-such-bead");
  const result = edit(bead.sentences);
  if (!result.ok) return result;
  return edited(alignment.map((candidate, i) => (i === index ? { ...bead, sentences: result.alignment } : candidate)));
}

/** The document-wide indices of a paragraph's sentences: paragraph 1 of sizes [2, 3] → [2, 3, 4]. */
function sentencesOfParagraph(paragraph: number, paragraphSizes: readonly number[]): number[] {
  const size = paragraphSizes[paragraph];
  if (size === undefined) throw new RangeError(`No size given for paragraph ${paragraph}.`);
  const first = paragraphSizes.slice(0, paragraph).reduce((total, count) => total + count, 0);
  return Array.from({ length: size }, (_, k) => first + k);
}

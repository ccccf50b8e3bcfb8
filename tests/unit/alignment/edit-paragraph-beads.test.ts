import { describe, expect, it } from "vitest";
import { formatParagraphBeads, parseParagraphBeads } from "@/lib/alignment/bead-notation";
import { editParagraphSentences, moveParagraph } from "@/lib/alignment/edit-paragraph-beads";
import type { EditResult } from "@/lib/alignment/edit-result";
import { mergeBeads } from "@/lib/alignment/edit-sentence-beads";
import type { ParagraphBead } from "@/lib/alignment/types";

function show(result: EditResult<ParagraphBead[]>): string {
  return result.ok ? formatParagraphBeads(result.alignment) : `refused: ${result.code}`;
}

/** Dutch paragraphs of 2 and 1 sentences, English paragraphs of 2 and 1 sentences, the Dutch wrongly grouped. */
const MISGROUPED = parseParagraphBeads("0,1-0{0-0 1-1 2-∅} ∅-1{∅-2}");
const DUTCH_SIZES = [2, 1];

describe("moveParagraph", () => {
  it("moves the last paragraph of a bead to the next bead, its sentences unpaired", () => {
    expect(show(moveParagraph(MISGROUPED, 0, "source", "next", DUTCH_SIZES))).toBe("0-0{0-0 1-1} 1-1{2-∅ ∅-2}");
  });

  it("moves the first paragraph of a bead to the previous bead, dropping a bead left empty", () => {
    const alignment = parseParagraphBeads("0-0{0-0 1-1} 1-∅{2-∅} ∅-1{∅-2}");
    expect(show(moveParagraph(alignment, 1, "source", "previous", DUTCH_SIZES))).toBe("0,1-0{0-0 1-1 2-∅} ∅-1{∅-2}");
  });

  it("takes the moved sentences out of the beads they shared with the other side", () => {
    const alignment = parseParagraphBeads("0-0,1{0-0 1-1,2} ∅-2{∅-3}");
    expect(show(moveParagraph(alignment, 0, "target", "next", [1, 2, 1]))).toBe("0-0{0-0 1-∅} ∅-1,2{∅-1 ∅-2 ∅-3}");
  });

  it("refuses a missing bead, a missing neighbour or a side without paragraphs", () => {
    expect(show(moveParagraph(MISGROUPED, 2, "source", "next", DUTCH_SIZES))).toBe("refused: no-such-bead");
    expect(show(moveParagraph(MISGROUPED, 0, "source", "previous", DUTCH_SIZES))).toBe("refused: no-neighbour");
    expect(show(moveParagraph(MISGROUPED, 1, "source", "previous", DUTCH_SIZES))).toBe("refused: empty-side");
  });

  it("throws when the paragraph sizes do not belong to the alignment", () => {
    expect(() => moveParagraph(MISGROUPED, 0, "source", "next", [1, 1])).toThrow(RangeError);
  });
});

describe("editParagraphSentences", () => {
  it("applies a sentence edit inside one paragraph bead", () => {
    expect(show(editParagraphSentences(MISGROUPED, 0, (beads) => mergeBeads(beads, 1)))).toBe(
      "0,1-0{0-0 1,2-1} ∅-1{∅-2}",
    );
  });

  it("passes on the sentence edit's refusal, so edits never cross a paragraph bead", () => {
    expect(show(editParagraphSentences(MISGROUPED, 0, (beads) => mergeBeads(beads, 2)))).toBe("refused: no-neighbour");
    expect(show(editParagraphSentences(MISGROUPED, 3, (beads) => mergeBeads(beads, 0)))).toBe("refused: no-such-bead");
  });
});

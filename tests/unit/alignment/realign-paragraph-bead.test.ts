import { describe, expect, it } from "vitest";
import { formatParagraphBeads, parseParagraphBeads } from "@/lib/alignment/bead-notation";
import { moveParagraph } from "@/lib/alignment/edit-paragraph-beads";
import { realignParagraphBead } from "@/lib/alignment/realign-paragraph-bead";

const DUTCH = [
  ["Het KNMI geeft code oranje af.", "De storm bereikt donderdag de kust."],
  ["Scholen in Zeeland blijven dicht."],
];
const ENGLISH = [
  ["The KNMI issues a code orange.", "The storm reaches the coast on Thursday."],
  ["Schools in Zeeland stay closed."],
];

describe("realignParagraphBead", () => {
  it("pairs the sentences of a paragraph bead again after the teacher moved a paragraph", () => {
    const misgrouped = parseParagraphBeads("0,1-0{0-0 1-1 2-∅} ∅-1{∅-2}");
    const moved = moveParagraph(misgrouped, 0, "source", "next", [2, 1]);
    if (!moved.ok) throw new Error(moved.code);
    expect(formatParagraphBeads(realignParagraphBead(moved.alignment, 1, DUTCH, ENGLISH))).toBe(
      "0-0{0-0 1-1} 1-1{2-2}",
    );
  });

  it("aligns a paragraph bead with one empty side as unpaired sentences", () => {
    const alignment = parseParagraphBeads("0-0{0-0 1-1} 1-∅{2-∅} ∅-1{∅-2}");
    expect(formatParagraphBeads(realignParagraphBead(alignment, 2, DUTCH, ENGLISH))).toBe(
      "0-0{0-0 1-1} 1-∅{2-∅} ∅-1{∅-2}",
    );
  });

  it("throws for a paragraph bead that does not exist", () => {
    expect(() => realignParagraphBead([], 0, DUTCH, ENGLISH)).toThrow(RangeError);
  });
});

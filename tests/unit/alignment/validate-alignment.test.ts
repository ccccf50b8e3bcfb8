import { describe, expect, it } from "vitest";
import { parseBeads, parseParagraphBeads } from "@/lib/alignment/bead-notation";
import { isValidParagraphAlignment, isValidSentenceAlignment } from "@/lib/alignment/validate-alignment";

describe("isValidSentenceAlignment", () => {
  it("accepts beads that cover both sides once, in order", () => {
    expect(isValidSentenceAlignment(parseBeads("0-0 1,2-1 3-∅ ∅-2"), 4, 3)).toBe(true);
    expect(isValidSentenceAlignment([], 0, 0)).toBe(true);
  });

  it("rejects missing, repeated or reordered sentences and empty beads", () => {
    expect(isValidSentenceAlignment(parseBeads("0-0 2-1"), 3, 2)).toBe(false);
    expect(isValidSentenceAlignment(parseBeads("0-0 0-1"), 1, 2)).toBe(false);
    expect(isValidSentenceAlignment(parseBeads("1-0 0-1"), 2, 2)).toBe(false);
    expect(isValidSentenceAlignment(parseBeads("0-0 ∅-∅"), 1, 1)).toBe(false);
    expect(isValidSentenceAlignment(parseBeads("0-0"), 1, 2)).toBe(false);
  });
});

describe("isValidParagraphAlignment", () => {
  it("accepts paragraph beads that hold exactly the sentences of their paragraphs", () => {
    expect(isValidParagraphAlignment(parseParagraphBeads("0,1-0{0-0 1-1 2-∅} ∅-1{∅-2}"), [2, 1], [2, 1])).toBe(true);
  });

  it("rejects a sentence in the wrong paragraph bead or paragraphs out of order", () => {
    expect(isValidParagraphAlignment(parseParagraphBeads("0-0{0-0 1-1 2-∅} 1-1{∅-2}"), [2, 1], [2, 1])).toBe(false);
    expect(isValidParagraphAlignment(parseParagraphBeads("1-0{2-0,1} 0-1{0,1-2}"), [2, 1], [2, 1])).toBe(false);
    expect(isValidParagraphAlignment(parseParagraphBeads("0-0{0-0 1-1 ∅-∅} 1-1{2-2}"), [2, 1], [2, 1])).toBe(false);
  });
});

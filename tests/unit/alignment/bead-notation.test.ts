import { describe, expect, it } from "vitest";
import { formatBeads, formatParagraphBeads, parseBeads, parseParagraphBeads } from "../../support/bead-notation";

describe("bead notation", () => {
  it("writes and reads sentence beads, with ∅ for an empty side", () => {
    const beads = [
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [3], target: [] },
      { source: [], target: [2] },
    ];
    expect(formatBeads(beads)).toBe("0-0 1,2-1 3-∅ ∅-2");
    expect(parseBeads("0-0 1,2-1 3-∅ ∅-2")).toEqual(beads);
    expect(parseBeads("  ")).toEqual([]);
  });

  it("writes and reads paragraph beads with their sentence beads in braces", () => {
    const notation = "0-0,1{0-0 1-1,2} 1-∅{2-∅}";
    expect(formatParagraphBeads(parseParagraphBeads(notation))).toBe(notation);
    expect(parseParagraphBeads(notation)[1]).toEqual({
      source: [1],
      target: [],
      sentences: [{ source: [2], target: [] }],
    });
  });

  it("rejects malformed text", () => {
    expect(() => parseBeads("0-0 1")).toThrow(SyntaxError);
    expect(() => parseBeads("a-0")).toThrow(SyntaxError);
    expect(() => parseParagraphBeads("0-0{0-0} 1-1")).toThrow(SyntaxError);
  });
});

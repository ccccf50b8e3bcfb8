import { describe, expect, it } from "vitest";
import { formatBeads, parseBeads } from "@/lib/alignment/bead-notation";
import type { EditResult } from "@/lib/alignment/edit-result";
import { mergeBeads, moveSentence, splitBead } from "@/lib/alignment/edit-sentence-beads";
import type { Bead } from "@/lib/alignment/types";

/** The new alignment in bead notation, or the refusal code. */
function show(result: EditResult<Bead[]>): string {
  return result.ok ? formatBeads(result.alignment) : `refused: ${result.code}`;
}

describe("mergeBeads", () => {
  it("joins a bead with the next one", () => {
    expect(show(mergeBeads(parseBeads("0-0 1-1 2-2"), 0))).toBe("0,1-0,1 2-2");
    expect(show(mergeBeads(parseBeads("0-0 1-∅ 2-1"), 1))).toBe("0-0 1,2-1");
  });

  it("does not change its input", () => {
    const beads = parseBeads("0-0 1-1");
    mergeBeads(beads, 0);
    expect(formatBeads(beads)).toBe("0-0 1-1");
  });

  it("refuses a missing bead or a last bead", () => {
    expect(show(mergeBeads(parseBeads("0-0 1-1"), 5))).toBe("refused: no-such-bead");
    expect(show(mergeBeads(parseBeads("0-0 1-1"), -1))).toBe("refused: no-such-bead");
    expect(show(mergeBeads(parseBeads("0-0 1-1"), 1))).toBe("refused: no-neighbour");
  });
});

describe("splitBead", () => {
  it("cuts a 2-1 bead into 1-1 and 1-0, or 1-0 and 1-1", () => {
    expect(show(splitBead(parseBeads("0,1-0 2-1"), 0, { source: 1, target: 1 }))).toBe("0-0 1-∅ 2-1");
    expect(show(splitBead(parseBeads("0,1-0 2-1"), 0, { source: 1, target: 0 }))).toBe("0-∅ 1-0 2-1");
  });

  it("unpairs a 1-1 bead into 1-0 and 0-1", () => {
    expect(show(splitBead(parseBeads("0-0"), 0, { source: 1, target: 0 }))).toBe("0-∅ ∅-0");
  });

  it("refuses a cut that leaves a part empty or lies outside the bead", () => {
    const beads = parseBeads("0,1-0");
    expect(show(splitBead(beads, 0, { source: 0, target: 0 }))).toBe("refused: invalid-split");
    expect(show(splitBead(beads, 0, { source: 2, target: 1 }))).toBe("refused: invalid-split");
    expect(show(splitBead(beads, 0, { source: 3, target: 0 }))).toBe("refused: invalid-split");
    expect(show(splitBead(beads, 0, { source: 0.5, target: 0 }))).toBe("refused: invalid-split");
    expect(show(splitBead(beads, 1, { source: 1, target: 0 }))).toBe("refused: no-such-bead");
  });
});

describe("moveSentence", () => {
  it("moves the first sentence of a side to the previous bead", () => {
    expect(show(moveSentence(parseBeads("0-0 1-1,2"), 1, "target", "previous"))).toBe("0-0,1 1-2");
  });

  it("moves the last sentence of a side to the next bead", () => {
    expect(show(moveSentence(parseBeads("0,1-0 2-1"), 0, "source", "next"))).toBe("0-0 1,2-1");
  });

  it("pairs an unpaired sentence with its neighbour and drops the emptied bead", () => {
    expect(show(moveSentence(parseBeads("0-0 1-∅ 2-1"), 1, "source", "previous"))).toBe("0,1-0 2-1");
  });

  it("refuses a missing bead, a missing neighbour or an empty side", () => {
    expect(show(moveSentence(parseBeads("0-0 1-1"), 2, "source", "next"))).toBe("refused: no-such-bead");
    expect(show(moveSentence(parseBeads("0-0 1-1"), 0, "source", "previous"))).toBe("refused: no-neighbour");
    expect(show(moveSentence(parseBeads("0-0 1-1"), 1, "target", "next"))).toBe("refused: no-neighbour");
    expect(show(moveSentence(parseBeads("0-0 1-∅"), 1, "target", "previous"))).toBe("refused: empty-side");
  });
});

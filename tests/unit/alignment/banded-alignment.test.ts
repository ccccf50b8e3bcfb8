import { describe, expect, it } from "vitest";
import { SENTENCE_BEAD_SHAPES } from "@/lib/alignment/align-sentences";
import { alignInBand, type BeadCost } from "@/lib/alignment/banded-alignment";
import { formatBeads } from "../../support/bead-notation";

/** Skipping costs 1 per unit, a 1-1 pair what `pairCost` says, a 2-1 or 1-2 bead 10. */
function costOf(pairCost: (source: number, target: number) => number): BeadCost {
  return (sourceStart, sourceEnd, targetStart, targetEnd) => {
    const sources = sourceEnd - sourceStart;
    const targets = targetEnd - targetStart;
    if (sources === 0 || targets === 0) return sources + targets;
    return sources === 1 && targets === 1 ? pairCost(sourceStart, targetStart) : 10;
  };
}

const equalLengths = (units: number) => new Array<number>(units).fill(10);

describe("alignInBand", () => {
  it("follows a path far from the length diagonal by widening its band", () => {
    // Target unit j translates source unit j + 30: the path runs 30 units off the diagonal, beyond the first band.
    const { beads, cost } = alignInBand({
      sourceLengths: equalLengths(100),
      targetLengths: equalLengths(100),
      shapes: SENTENCE_BEAD_SHAPES,
      beadCost: costOf((source, target) => (source === target + 30 ? 0 : 10)),
    });
    expect(cost).toBe(60);
    expect(beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1)).toHaveLength(70);
    expect(formatBeads(beads.slice(29, 32))).toBe("29-∅ 30-0 31-1");
  });

  it("finds the same path when guided by a cheaper cost", () => {
    const input = {
      sourceLengths: equalLengths(60),
      targetLengths: equalLengths(50),
      shapes: SENTENCE_BEAD_SHAPES,
      beadCost: costOf((source, target) => (source === target + 10 ? 0 : 10)),
    };
    const guided = alignInBand({ ...input, guideCost: costOf(() => 5) });
    expect(formatBeads(guided.beads)).toBe(formatBeads(alignInBand(input).beads));
    expect(guided.cost).toBe(10);
  });

  it("charges for each paragraph boundary that the path misses on the other side", () => {
    // A pair costs 0 on the diagonal and 1 just below it. Alone, the cheapest path pairs the diagonal and skips
    // the last source unit (cost 1); that misses the boundaries at source unit 2 and target unit 1, so with
    // anchors it pays 2 × 5 more than skipping source unit 1 and pairing below the diagonal (cost 3).
    const input = {
      sourceLengths: equalLengths(4),
      targetLengths: equalLengths(3),
      shapes: SENTENCE_BEAD_SHAPES,
      beadCost: costOf((source, target) => (source === target ? 0 : source === target + 1 ? 1 : 10)),
    };
    const free = alignInBand(input);
    expect(formatBeads(free.beads)).toBe("0-0 1-1 2-2 3-∅");
    expect(free.cost).toBe(1);
    const anchored = alignInBand({
      ...input,
      anchors: {
        sourceStartsParagraph: Uint8Array.from([1, 0, 1, 0, 1]),
        targetStartsParagraph: Uint8Array.from([1, 1, 0, 1]),
        missedBoundaryCost: 5,
      },
    });
    expect(formatBeads(anchored.beads)).toBe("0-0 1-∅ 2-1 3-2");
    expect(anchored.cost).toBe(3);
  });
});

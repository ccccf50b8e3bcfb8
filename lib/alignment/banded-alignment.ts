import { type Band, bandAroundDiagonal, bandAroundPath, lengthDiagonal, pathTouchesEdge } from "./band";
import type { Bead } from "./types";

/**
 * The dynamic programme behind every alignment: the cheapest monotone path of beads from grid point (0, 0) to
 * (sources, targets), where a bead of shape {source: a, target: b} consumes a source and b target units and
 * costs `beadCost(i, i + a, j, j + b)` (end exclusive). Only a band of the grid is visited (see band.ts): around
 * the length diagonal, or, given a cheaper `guideCost`, around the best path under that cost. A band is widened
 * and searched again whenever the best path runs close to its edge. A 1,000 × 1,000 document thus costs tens of
 * thousands of cells instead of a million, kept in flat typed arrays.
 *
 * With paragraph anchors, every paragraph boundary should meet a boundary of the other side: the path should pass
 * through a grid point (i, j) where a paragraph starts at source unit i and at target unit j. Each boundary the
 * path misses — because the paragraphs were merged in translation, or a bead straddles it — costs
 * `missedBoundaryCost`. To know whether a row (or column) met a boundary somewhere along a run of 0-1 (or 1-0)
 * steps, each grid point keeps four states: row met / not met × column met / not met.
 *
 * alignInBand({ sourceLengths: [10, 20], targetLengths: [30], shapes: [{source: 1, target: 1}, {source: 2, target: 1}],
 *   beadCost }) → { beads: [{ source: [0, 1], target: [0] }], cost: beadCost(0, 2, 0, 1) } when that is cheapest.
 */

export interface BeadShape {
  source: number;
  target: number;
}

export type BeadCost = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number) => number;

export interface ParagraphAnchors {
  /** startsParagraph[i] is 1 when a paragraph starts at unit i; index 0 and index `units` (the end) are 1. */
  sourceStartsParagraph: Uint8Array;
  targetStartsParagraph: Uint8Array;
  missedBoundaryCost: number;
}

export interface BandedAlignmentInput {
  sourceLengths: readonly number[];
  targetLengths: readonly number[];
  shapes: readonly BeadShape[];
  beadCost: BeadCost;
  /** A cheaper approximation of beadCost; its best path (searched around the length diagonal) guides the band. */
  guideCost?: BeadCost;
  anchors?: ParagraphAnchors;
}

export interface BandedAlignment {
  beads: Bead[];
  /** The sum of the bead costs (and missed-boundary costs) along the path. */
  cost: number;
}

/** Half-width of the first band around the length diagonal, in target units. */
const DIAGONAL_HALF_WIDTH = 12;
/** Half-width of the first band around a guide path, which strays less from the final path. */
const GUIDED_HALF_WIDTH = 8;

/** Per grid point: bit 0 = this row has met a target boundary, bit 1 = this column has met a source boundary. */
const STATES = 4;
const ROW_MET = 1;
const COLUMN_MET = 2;

export function alignInBand(input: BandedAlignmentInput): BandedAlignment {
  const targets = input.targetLengths.length;
  const anchors = input.anchors ?? noAnchors(input.sourceLengths.length, targets);
  const diagonal = lengthDiagonal(input.sourceLengths, input.targetLengths);
  const aroundDiagonal = (halfWidth: number) => bandAroundDiagonal(diagonal, halfWidth, targets);
  if (input.guideCost === undefined) {
    return searchWidening(aroundDiagonal, DIAGONAL_HALF_WIDTH, targets, input.shapes, input.beadCost, anchors);
  }
  const guide = searchWidening(aroundDiagonal, DIAGONAL_HALF_WIDTH, targets, input.shapes, input.guideCost, anchors);
  const aroundGuide = (halfWidth: number) => bandAroundPath(guide.beads, halfWidth, targets);
  return searchWidening(aroundGuide, GUIDED_HALF_WIDTH, targets, input.shapes, input.beadCost, anchors);
}

/** Searches bands of doubling width until the best path keeps clear of the band's edges (or the band is the grid). */
function searchWidening(
  bandOfHalfWidth: (halfWidth: number) => Band,
  initialHalfWidth: number,
  targets: number,
  shapes: readonly BeadShape[],
  beadCost: BeadCost,
  anchors: ParagraphAnchors,
): BandedAlignment {
  for (let halfWidth = initialHalfWidth; ; halfWidth *= 2) {
    const band = bandOfHalfWidth(halfWidth);
    const alignment = cheapestPath(band, shapes, beadCost, anchors);
    if (halfWidth >= targets || !pathTouchesEdge(alignment.beads, band)) return alignment;
  }
}

/** Without paragraphs every boundary is met for free, so only one of the four states is ever used. */
function noAnchors(sources: number, targets: number): ParagraphAnchors {
  return {
    sourceStartsParagraph: new Uint8Array(sources + 1),
    targetStartsParagraph: new Uint8Array(targets + 1),
    missedBoundaryCost: 0,
  };
}

function cheapestPath(
  band: Band,
  shapes: readonly BeadShape[],
  beadCost: BeadCost,
  anchors: ParagraphAnchors,
): BandedAlignment {
  const { sourceStartsParagraph: sourceStarts, targetStartsParagraph: targetStarts, missedBoundaryCost } = anchors;
  const rows = band.low.length;
  const states = band.rowStart[rows]! * STATES;
  const cost = new Float64Array(states).fill(Infinity);
  /** For each reached state: the shape index times STATES plus the state it came from. */
  const cameFrom = new Uint16Array(states);
  const stateAt = (i: number, j: number, flags: number) => (band.rowStart[i]! + j - band.low[i]!) * STATES + flags;
  cost[stateAt(0, 0, initialFlags(anchors))] = 0;

  for (let i = 0; i < rows; i++) {
    for (let j = band.low[i]!; j <= band.high[i]!; j++) {
      for (let s = 0; s < shapes.length; s++) {
        const { source: a, target: b } = shapes[s]!;
        const fromRow = i - a;
        const fromColumn = j - b;
        if (fromRow < 0 || fromColumn < band.low[fromRow]! || fromColumn > band.high[fromRow]!) continue;
        const fromState = stateAt(fromRow, fromColumn, 0);
        if (!hasReachedState(cost, fromState)) continue;
        const bead = beadCost(fromRow, i, fromColumn, j);
        const crossed = missedInside(sourceStarts, fromRow, i) + missedInside(targetStarts, fromColumn, j);
        for (let fromFlags = 0; fromFlags < STATES; fromFlags++) {
          const before = cost[fromState + fromFlags]!;
          if (before === Infinity) continue;
          let missed = crossed;
          let flags = 0;
          if (a > 0) {
            if (sourceStarts[fromRow] && !(fromFlags & ROW_MET)) missed++;
            if (targetStarts[j]) flags |= ROW_MET;
          } else if (fromFlags & ROW_MET || targetStarts[j]) flags |= ROW_MET;
          if (b > 0) {
            if (targetStarts[fromColumn] && !(fromFlags & COLUMN_MET)) missed++;
            if (sourceStarts[i]) flags |= COLUMN_MET;
          } else if (fromFlags & COLUMN_MET || sourceStarts[i]) flags |= COLUMN_MET;
          const total = before + bead + missed * missedBoundaryCost;
          const state = stateAt(i, j, flags);
          if (total < cost[state]!) {
            cost[state] = total;
            cameFrom[state] = s * STATES + fromFlags;
          }
        }
      }
    }
  }
  return tracePath(band, shapes, cost, cameFrom, stateAt);
}

/** At (0, 0) both document starts are boundaries, and each meets the other. */
function initialFlags(anchors: ParagraphAnchors): number {
  return (anchors.targetStartsParagraph[0] ? ROW_MET : 0) | (anchors.sourceStartsParagraph[0] ? COLUMN_MET : 0);
}

function hasReachedState(cost: Float64Array, firstState: number): boolean {
  for (let flags = 0; flags < STATES; flags++) if (cost[firstState + flags] !== Infinity) return true;
  return false;
}

/** Paragraph starts strictly inside a bead's range: the bead straddles them, so no path point can meet them. */
function missedInside(startsParagraph: Uint8Array, start: number, end: number): number {
  let missed = 0;
  for (let k = start + 1; k < end; k++) missed += startsParagraph[k]!;
  return missed;
}

function tracePath(
  band: Band,
  shapes: readonly BeadShape[],
  cost: Float64Array,
  cameFrom: Uint16Array,
  stateAt: (i: number, j: number, flags: number) => number,
): BandedAlignment {
  let i = band.low.length - 1;
  let j = band.high[i]!;
  let flags = 0;
  for (let candidate = 1; candidate < STATES; candidate++) {
    if (cost[stateAt(i, j, candidate)]! < cost[stateAt(i, j, flags)]!) flags = candidate;
  }
  const total = cost[stateAt(i, j, flags)]!;
  const beads: Bead[] = [];
  while (i > 0 || j > 0) {
    const step = cameFrom[stateAt(i, j, flags)]!;
    const shape = shapes[Math.floor(step / STATES)]!;
    beads.push({ source: range(i - shape.source, i), target: range(j - shape.target, j) });
    i -= shape.source;
    j -= shape.target;
    flags = step % STATES;
  }
  return { beads: beads.reverse(), cost: total };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

import type { Bead } from "./types";

/**
 * The part of the alignment grid that the dynamic programme visits. Grid point (i, j) means "source units 0..i and
 * target units 0..j are aligned". Row i spans target positions low[i]..high[i], either around the length
 * diagonal (the target position whose cumulative character length has the same share of the total as source
 * units 0..i) or around the path of a first, cheaper alignment.
 *
 * Source lengths [10, 10], target lengths [5, 15] (diagonal 0, 1.33, 2), half-width 1 →
 * low [0, 0, 1], high [1, 2, 2]; rowStart [0, 2, 5, 7] places the cells of each row in flat arrays.
 */
export interface Band {
  low: Int32Array;
  high: Int32Array;
  /** Offset of row i's first cell in flat per-cell arrays; rowStart[rows] is the number of cells. */
  rowStart: Int32Array;
}

/** A path this close to the band's edge may have been pushed there by it. */
const EDGE_MARGIN = 3;

/** For each source position i (0..sources), the fractional target position with the same share of the length. */
export function lengthDiagonal(sourceLengths: readonly number[], targetLengths: readonly number[]): Float64Array {
  const sourceTotal = sum(sourceLengths);
  const targetTotal = sum(targetLengths);
  const diagonal = new Float64Array(sourceLengths.length + 1);
  let sourceSoFar = 0;
  let j = 0;
  let targetSoFar = 0;
  for (let i = 0; i <= sourceLengths.length; i++) {
    const share = sourceTotal > 0 ? sourceSoFar / sourceTotal : i / Math.max(1, sourceLengths.length);
    const wanted = share * targetTotal;
    while (j < targetLengths.length && targetSoFar + targetLengths[j]! <= wanted) {
      targetSoFar += targetLengths[j]!;
      j++;
    }
    const next = targetLengths[j] ?? 0;
    diagonal[i] = Math.min(targetLengths.length, j + (next > 0 ? (wanted - targetSoFar) / next : 0));
    sourceSoFar += sourceLengths[i] ?? 0;
  }
  return diagonal;
}

/** A band of `halfWidth` target units either side of the length diagonal. */
export function bandAroundDiagonal(diagonal: Float64Array, halfWidth: number, targets: number): Band {
  const lowest = Array.from(diagonal, (centre) => Math.floor(centre) - halfWidth);
  const highest = Array.from(diagonal, (centre) => Math.ceil(centre) + halfWidth);
  return reachableBand(lowest, highest, targets);
}

/** A band of `halfWidth` target units either side of the grid points of a path (a first, cheaper alignment). */
export function bandAroundPath(beads: readonly Bead[], halfWidth: number, targets: number): Band {
  const sources = beads.reduce((total, bead) => total + bead.source.length, 0);
  const lowest = new Array<number>(sources + 1).fill(Infinity);
  const highest = new Array<number>(sources + 1).fill(-Infinity);
  let i = 0;
  let j = 0;
  lowest[0] = -halfWidth;
  highest[0] = halfWidth;
  for (const bead of beads) {
    // Rows inside a 2-1 bead have no path point of their own; they span the bead's target range.
    for (let row = i + 1; row <= i + bead.source.length; row++) {
      lowest[row] = Math.min(lowest[row]!, j - halfWidth);
      highest[row] = Math.max(highest[row]!, j + bead.target.length + halfWidth);
    }
    if (bead.source.length === 0) highest[i] = Math.max(highest[i]!, j + bead.target.length + halfWidth);
    i += bead.source.length;
    j += bead.target.length;
  }
  return reachableBand(lowest, highest, targets);
}

/**
 * Clamps the wanted row spans so that both ends never decrease and each row starts no later than the previous one
 * ends: every cell can then be reached with 1-0 and 0-1 steps. The first row starts at 0, the last ends at `targets`.
 */
function reachableBand(lowest: readonly number[], highest: readonly number[], targets: number): Band {
  const rows = lowest.length;
  const low = new Int32Array(rows);
  const high = new Int32Array(rows);
  const rowStart = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    const previousLow = i > 0 ? low[i - 1]! : 0;
    const previousHigh = i > 0 ? high[i - 1]! : 0;
    low[i] = i === 0 ? 0 : Math.min(Math.max(previousLow, lowest[i]!), previousHigh);
    high[i] = i === rows - 1 ? targets : Math.max(previousHigh, Math.min(targets, highest[i]!));
    rowStart[i + 1] = rowStart[i]! + high[i]! - low[i]! + 1;
  }
  return { low, high, rowStart };
}

/** True when the path runs within EDGE_MARGIN of a band edge that is not the grid's own edge. */
export function pathTouchesEdge(beads: readonly Bead[], band: Band): boolean {
  const targets = band.high[band.high.length - 1]!;
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    i += bead.source.length;
    j += bead.target.length;
    const nearLow = band.low[i]! > 0 && j - band.low[i]! < EDGE_MARGIN;
    const nearHigh = band.high[i]! < targets && band.high[i]! - j < EDGE_MARGIN;
    if (nearLow || nearHigh) return true;
  }
  return false;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

import { edited, type EditResult, refused } from "./edit-result";
import type { Bead, Direction, Side } from "./types";

/**
 * The teacher's corrections to a sentence alignment (the beads of one paragraph bead, or of a whole text). Each
 * edit returns a new alignment — the input is never changed — that still covers every sentence once, in order,
 * with no bead empty on both sides; or it is refused with a code (edit-result.ts).
 *
 * mergeBeads(parseBeads("0-0 1-1 2-2"), 0)                        → "0,1-0,1 2-2"
 * splitBead(parseBeads("0,1-0 2-1"), 0, { source: 1, target: 1 }) → "0-0 1-∅ 2-1"
 * moveSentence(parseBeads("0-0 1-1,2"), 1, "target", "previous")  → "0-0,1 1-2"
 */

/** Joins bead `index` and the bead after it into one. */
export function mergeBeads(beads: readonly Bead[], index: number): EditResult<Bead[]> {
  const first = beads[index];
  if (first === undefined) return refused("no-such-bead");
  const second = beads[index + 1];
  if (second === undefined) return refused("no-neighbour");
  const merged = { source: [...first.source, ...second.source], target: [...first.target, ...second.target] };
  return edited([...beads.slice(0, index), merged, ...beads.slice(index + 2)]);
}

/**
 * Cuts bead `index` in two: the first part keeps its first `cut.source` source and `cut.target` target sentences,
 * the second part the rest. Both parts must keep at least one sentence.
 */
export function splitBead(
  beads: readonly Bead[],
  index: number,
  cut: { source: number; target: number },
): EditResult<Bead[]> {
  const bead = beads[index];
  if (bead === undefined) return refused("no-such-bead");
  const withinBead = (count: number, length: number) => Number.isInteger(count) && count >= 0 && count <= length;
  if (!withinBead(cut.source, bead.source.length) || !withinBead(cut.target, bead.target.length)) {
    return refused("invalid-split");
  }
  const first = { source: bead.source.slice(0, cut.source), target: bead.target.slice(0, cut.target) };
  const second = { source: bead.source.slice(cut.source), target: bead.target.slice(cut.target) };
  if (isEmpty(first) || isEmpty(second)) return refused("invalid-split");
  return edited([...beads.slice(0, index), first, second, ...beads.slice(index + 1)]);
}

/**
 * Re-pairs a sentence at the edge of bead `index`: its first sentence on `side` joins the previous bead, or its
 * last sentence joins the next one. A bead left with no sentence disappears.
 */
export function moveSentence(
  beads: readonly Bead[],
  index: number,
  side: Side,
  direction: Direction,
): EditResult<Bead[]> {
  const bead = beads[index];
  if (bead === undefined) return refused("no-such-bead");
  const neighbourIndex = direction === "previous" ? index - 1 : index + 1;
  const neighbour = beads[neighbourIndex];
  if (neighbour === undefined) return refused("no-neighbour");
  if (bead[side].length === 0) return refused("empty-side");

  const moved = direction === "previous" ? bead[side][0]! : bead[side].at(-1)!;
  const remaining = { ...bead, [side]: bead[side].filter((sentence) => sentence !== moved) };
  const joined = {
    ...neighbour,
    [side]: direction === "previous" ? [...neighbour[side], moved] : [moved, ...neighbour[side]],
  };
  const result = [...beads];
  result[index] = remaining;
  result[neighbourIndex] = joined;
  return edited(result.filter((candidate) => !isEmpty(candidate)));
}

function isEmpty(bead: Bead): boolean {
  return bead.source.length === 0 && bead.target.length === 0;
}

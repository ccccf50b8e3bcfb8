/**
 * What an alignment edit returns: the new alignment, or the reason it was refused. Edits never throw for a
 * request that the UI could send; the code says which refusal it was, for a message in the user's language.
 *
 * mergeBeads(beads, 7) on a three-bead alignment → { ok: false, code: "no-such-bead" }
 */

export const EDIT_REFUSAL_CODES = [
  /** The bead or paragraph bead index is outside the alignment. */
  "no-such-bead",
  /** The edit needs a bead before or after this one, and there is none. */
  "no-neighbour",
  /** The bead has no sentence (or paragraph) on the side to move from. */
  "empty-side",
  /** A split must leave something on each side of the cut, within the bead. */
  "invalid-split",
] as const;

export type EditRefusalCode = (typeof EDIT_REFUSAL_CODES)[number];

export type EditResult<T> = { ok: true; alignment: T } | { ok: false; code: EditRefusalCode };

export function edited<T>(alignment: T): EditResult<T> {
  return { ok: true, alignment };
}

export function refused<T>(code: EditRefusalCode): EditResult<T> {
  return { ok: false, code };
}

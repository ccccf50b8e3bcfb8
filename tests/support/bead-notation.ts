import type { Bead, ParagraphBead } from "@/lib/alignment/types";

/**
 * A compact text form of alignments, for tests, logs and debugging. A bead is its source indices, a dash and its
 * target indices, comma-separated, with ∅ for an empty side; beads are separated by spaces. A paragraph bead
 * writes its paragraph bead followed by its sentence beads in braces.
 *
 * formatBeads([{ source: [0], target: [0] }, { source: [1, 2], target: [1] }, { source: [3], target: [] }])
 *   → "0-0 1,2-1 3-∅"
 * formatParagraphBeads([{ source: [0], target: [0, 1], sentences: [...] }]) → "0-0,1{0-0 1-1,2}"
 */

const EMPTY = "∅";

export function formatBeads(beads: readonly Bead[]): string {
  return beads.map(formatBead).join(" ");
}

export function formatParagraphBeads(beads: readonly ParagraphBead[]): string {
  return beads.map((bead) => `${formatBead(bead)}{${formatBeads(bead.sentences)}}`).join(" ");
}

/** The inverse of formatBeads: "0-0 1,2-1 3-∅" → three beads. Throws a SyntaxError on malformed text. */
export function parseBeads(notation: string): Bead[] {
  const trimmed = notation.trim();
  return trimmed === "" ? [] : trimmed.split(/\s+/).map(parseBead);
}

/** The inverse of formatParagraphBeads: "0-0{0-0 1-1} 1-1{2-2}" → two paragraph beads. */
export function parseParagraphBeads(notation: string): ParagraphBead[] {
  const paragraphBead = /(\S+?)\{([^}]*)\}/g;
  if (notation.replace(paragraphBead, "").trim() !== "") {
    throw new SyntaxError(`Not a paragraph alignment: "${notation}"`);
  }
  return [...notation.matchAll(paragraphBead)].map((match) => ({
    ...parseBead(match[1]!),
    sentences: parseBeads(match[2]!),
  }));
}

function formatBead(bead: Bead): string {
  return `${formatSide(bead.source)}-${formatSide(bead.target)}`;
}

function formatSide(indices: readonly number[]): string {
  return indices.length === 0 ? EMPTY : indices.join(",");
}

function parseBead(text: string): Bead {
  const sides = text.split("-");
  if (sides.length !== 2) throw new SyntaxError(`Not a bead: "${text}"`);
  return { source: parseSide(sides[0]!), target: parseSide(sides[1]!) };
}

function parseSide(text: string): number[] {
  if (text === EMPTY) return [];
  if (!/^\d+(,\d+)*$/.test(text)) throw new SyntaxError(`Not a list of indices: "${text}"`);
  return text.split(",").map(Number);
}

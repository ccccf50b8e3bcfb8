/**
 * The shapes every alignment function shares.
 *
 * A bead pairs a contiguous run of Dutch (source) units with a contiguous run of English (target) units; either
 * side may be empty, never both. An alignment is a list of beads that covers every unit of both sides exactly
 * once, in order. Example for Dutch sentences [A, B, C, D] and English sentences [a, b, c]:
 *
 *   [{ source: [0], target: [0] }, { source: [1, 2], target: [1] }, { source: [3], target: [] }, { source: [], target: [2] }]
 *   written compactly (see tests/support/bead-notation.ts) as "0-0 1,2-1 3-∅ ∅-2".
 */
export interface Bead {
  source: number[];
  target: number[];
}

/**
 * A paragraph bead: `source` and `target` are paragraph indices; `sentences` are the sentence beads of those
 * paragraphs, numbered across the whole document (the first sentence of the second paragraph follows the last
 * sentence of the first). Dutch paragraphs [[A, B], [C]] and English paragraphs [[a], [b, c]] could align as
 *
 *   [{ source: [0], target: [0], sentences: "0,1-0" }, { source: [1], target: [1], sentences: "2-1,2" }]
 */
export interface ParagraphBead extends Bead {
  sentences: Bead[];
}

/**
 * Word-level Dutch→English translations, injected so the aligner stays pure. `translations("huis")` might return
 * ["house", "home"]; an unknown word returns []. The aligner asks for each Dutch word in lower case, exactly as it
 * occurs ("liep"); a lexicon that knows lemmas can look up the lemma ("lopen") itself — see lexicon.ts.
 */
export interface Lexicon {
  translations(dutchWord: string): readonly string[];
}

/** A side of an alignment: source is Dutch, target is English. */
export type Side = "source" | "target";

/** Towards the previous or the next bead, for edits that move a sentence or paragraph across a bead boundary. */
export type Direction = "previous" | "next";

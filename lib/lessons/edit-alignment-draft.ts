import type { AlignmentDraft, DraftPair } from "./alignment-draft";

/**
 * Corrections a teacher makes to sentence pairs. Each returns a new draft, or null when the edit does not apply
 * (nothing to split, no neighbour); every result is again a valid draft (see draftProblem).
 *
 * "0-0 1-1" mergeWithNext(0) → "0,1-0,1"; "0,1-0" splitPair(0) → "0-0 1-∅";
 * "0-0,1 1-∅" moveLastEnglishDown(0) → "0-0 1-1"
 */
export interface PairAddress {
  paragraph: number;
  pair: number;
}

function clone(draft: AlignmentDraft): AlignmentDraft {
  return {
    english: draft.english,
    paragraphs: draft.paragraphs.map((paragraph) => ({
      ...paragraph,
      pairs: paragraph.pairs.map((pair) => ({ source: [...pair.source], target: [...pair.target] })),
    })),
  };
}

function pairAt(draft: AlignmentDraft, at: PairAddress): DraftPair | undefined {
  return draft.paragraphs[at.paragraph]?.pairs[at.pair];
}

function withoutEmptyPairs(draft: AlignmentDraft): AlignmentDraft {
  for (const paragraph of draft.paragraphs) {
    paragraph.pairs = paragraph.pairs.filter((pair) => pair.source.length + pair.target.length > 0);
  }
  return draft;
}

/** The pair before or after `at` in reading order, across paragraph boundaries. */
function neighbour(draft: AlignmentDraft, at: PairAddress, step: 1 | -1): PairAddress | null {
  let { paragraph, pair } = at;
  pair += step;
  while (paragraph >= 0 && paragraph < draft.paragraphs.length) {
    const pairs = draft.paragraphs[paragraph]!.pairs;
    if (pair >= 0 && pair < pairs.length) return { paragraph, pair };
    paragraph += step;
    pair = step === 1 ? 0 : (draft.paragraphs[paragraph]?.pairs.length ?? 0) - 1;
  }
  return null;
}

/** Joins a pair with the next pair of the same paragraph (Dutch paragraphs are the text's and stay as they are). */
export function mergeWithNext(draft: AlignmentDraft, at: PairAddress): AlignmentDraft | null {
  const next = { paragraph: at.paragraph, pair: at.pair + 1 };
  if (!pairAt(draft, at) || !pairAt(draft, next)) return null;
  const edited = clone(draft);
  const pairs = edited.paragraphs[at.paragraph]!.pairs;
  const [first, second] = [pairs[at.pair]!, pairs[at.pair + 1]!];
  pairs.splice(at.pair, 2, {
    source: [...first.source, ...second.source],
    target: [...first.target, ...second.target],
  });
  return edited;
}

/** Splits a pair after its first sentence on each side: "0,1-0,1" → "0-0 1-1", "0,1-0" → "0-0 1-∅". */
export function splitPair(draft: AlignmentDraft, at: PairAddress): AlignmentDraft | null {
  const pair = pairAt(draft, at);
  if (!pair || (pair.source.length < 2 && pair.target.length < 2)) return null;
  const edited = clone(draft);
  edited.paragraphs[at.paragraph]!.pairs.splice(
    at.pair,
    1,
    { source: pair.source.slice(0, 1), target: pair.target.slice(0, 1) },
    { source: pair.source.slice(1), target: pair.target.slice(1) },
  );
  return withoutEmptyPairs(edited);
}

/** Moves a pair's first English sentence to the end of the pair before it (possibly in the previous paragraph). */
export function moveFirstEnglishUp(draft: AlignmentDraft, at: PairAddress): AlignmentDraft | null {
  const pair = pairAt(draft, at);
  const previous = neighbour(draft, at, -1);
  if (!pair || pair.target.length === 0 || !previous) return null;
  const edited = clone(draft);
  const moved = pairAt(edited, at)!.target.shift()!;
  pairAt(edited, previous)!.target.push(moved);
  return withoutEmptyPairs(edited);
}

/** Moves a pair's last English sentence to the start of the pair after it (possibly in the next paragraph). */
export function moveLastEnglishDown(draft: AlignmentDraft, at: PairAddress): AlignmentDraft | null {
  const pair = pairAt(draft, at);
  const next = neighbour(draft, at, 1);
  if (!pair || pair.target.length === 0 || !next) return null;
  const edited = clone(draft);
  const moved = pairAt(edited, at)!.target.pop()!;
  pairAt(edited, next)!.target.unshift(moved);
  return withoutEmptyPairs(edited);
}

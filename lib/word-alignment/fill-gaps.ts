/**
 * A word between two linked words maps between their counterparts: when a Dutch content word is the only unlinked
 * one between two linked neighbours, and exactly one English content word lies unlinked between their
 * counterparts, the two are linked, though the dictionary does not connect them. Only narrow gaps count (each word
 * at most two tokens from each neighbour, on both sides): in wider ones, paraphrase makes this a guess.
 *
 * "De boer [ploegde] gisteren …" / "The farmer [tilled] yesterday …": with boer → farmer and gisteren → yesterday
 * linked, and no sense of ploegen naming "till", ploegde → tilled.
 */

export interface Link {
  nl: number[];
  en: number[];
  score: number;
  /** The dictionary sense behind the link; gap links have none. */
  gloss?: string;
}

/** Only links this sure bound a gap: a gap between guesses is a guess squared. */
const MIN_NEIGHBOUR_SCORE = 0.7;
/** Farthest a gap word may stand from each neighbour, in tokens, on both sides: paraphrase hides in wide gaps. */
const MAX_DISTANCE = 2;

/**
 * New links for the gaps; `isContentNl` and `isContentEn` say which tokens may be linked at all (function words
 * between the neighbours are skipped on both sides).
 */
export function fillGaps(
  links: readonly Link[],
  isContentNl: readonly boolean[],
  isContentEn: readonly boolean[],
): Link[] {
  const nlLink = new Map<number, Link>();
  const enLinked = new Set<number>();
  for (const link of links) {
    for (const index of link.nl) nlLink.set(index, link);
    for (const index of link.en) enLinked.add(index);
  }
  const filled: Link[] = [];
  for (let index = 0; index < isContentNl.length; index++) {
    if (!isContentNl[index] || nlLink.has(index)) continue;
    const left = neighbour(index, -1, isContentNl, nlLink);
    const right = neighbour(index, 1, isContentNl, nlLink);
    if (left === undefined || right === undefined) continue;
    if (index - Math.max(...left.nl.filter((other) => other < index)) > MAX_DISTANCE) continue;
    if (Math.min(...right.nl.filter((other) => other > index)) - index > MAX_DISTANCE) continue;
    if (left.score < MIN_NEIGHBOUR_SCORE || right.score < MIN_NEIGHBOUR_SCORE) continue;
    const from = Math.max(...left.en);
    const to = Math.min(...right.en);
    const between = [];
    for (let position = from + 1; position < to; position++) if (isContentEn[position]) between.push(position);
    const only = between[0];
    if (between.length !== 1 || only === undefined || enLinked.has(only)) continue;
    if (only - from > MAX_DISTANCE || to - only > MAX_DISTANCE) continue;
    filled.push({ nl: [index], en: [only], score: MIN_NEIGHBOUR_SCORE });
    enLinked.add(only);
  }
  return filled;
}

/** The nearest content word in the direction, if it is linked; undefined if it is not (the gap is wider). */
function neighbour(
  index: number,
  step: 1 | -1,
  isContentNl: readonly boolean[],
  nlLink: ReadonlyMap<number, Link>,
): Link | undefined {
  for (let other = index + step; other >= 0 && other < isContentNl.length; other += step) {
    if (!isContentNl[other] && !nlLink.has(other)) continue;
    return nlLink.get(other);
  }
  return undefined;
}

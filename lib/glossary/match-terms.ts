/**
 * Finds curated glossary terms in a token stream, in one pass, longest match first.
 *
 * Tokens and term parts are compared by lemma key, so inflected forms match ("hervormingen" ~ "hervorming").
 * A term of several parts matches
 *  - as written, contiguously ("niets over jullie zonder jullie", "Witte Huis"), or
 *  - reordered, when its content parts (parts that are not function words) all occur within a short window whose
 *    other tokens are function words: the term "Minsk-akkoorden" (parts minsk, akkoord) matches
 *    "de akkoorden van Minsk" as the tokens "akkoorden van Minsk".
 * Overlaps are resolved as a reader expects: the match that starts first wins, and of those the longest.
 *
 * Example: terms [Minsk-akkoorden, akkoord] on "de akkoorden van Minsk" → one match, Minsk-akkoorden, tokens 1–3.
 */

export interface MatchToken {
  /** Lemma keys of the token, the likeliest first (a separable verb's particle and verb both carry its key). */
  keys: readonly string[];
  /** True for articles, prepositions and other words that may stand between the parts of a reordered term. */
  isFunctionWord: boolean;
}

export interface TermForm {
  termId: string;
  /** The lemma keys of the form's parts, in written order. */
  parts: readonly string[];
  /** For each part, whether it is a function word. */
  functionParts: readonly boolean[];
}

export interface TermMatch {
  termId: string;
  /** Index of the first and last token of the match (inclusive). */
  first: number;
  last: number;
}

/** How many function-word tokens may stand between the parts of a reordered term. */
const MAX_GAP = 3;

export interface TermIndex {
  /** Forms by their first part: candidates for a contiguous match. */
  byFirstPart: Map<string, TermForm[]>;
  /** Forms with two or more content parts, by each content part: candidates for a reordered match. */
  byContentPart: Map<string, TermForm[]>;
}

function push(map: Map<string, TermForm[]>, key: string, form: TermForm): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(form)) list.push(form);
  } else map.set(key, [form]);
}

export function buildTermIndex(forms: readonly TermForm[]): TermIndex {
  const byFirstPart = new Map<string, TermForm[]>();
  const byContentPart = new Map<string, TermForm[]>();
  for (const form of forms) {
    const [first] = form.parts;
    if (first === undefined) continue;
    push(byFirstPart, first, form);
    const content = form.parts.filter((_, index) => !form.functionParts[index]);
    if (content.length >= 2) for (const part of content) push(byContentPart, part, form);
  }
  return { byFirstPart, byContentPart };
}

function contiguousMatch(tokens: readonly MatchToken[], start: number, form: TermForm): TermMatch | null {
  if (start + form.parts.length > tokens.length) return null;
  for (let offset = 0; offset < form.parts.length; offset++) {
    if (!tokens[start + offset]!.keys.includes(form.parts[offset]!)) return null;
  }
  return { termId: form.termId, first: start, last: start + form.parts.length - 1 };
}

/** A reordered match that begins at `start` with one of the form's content parts. */
function reorderedMatch(tokens: readonly MatchToken[], start: number, form: TermForm): TermMatch | null {
  const missing = form.parts.filter((_, index) => !form.functionParts[index]);
  let gap = 0;
  for (let index = start; index < tokens.length; index++) {
    const token = tokens[index]!;
    const found = missing.findIndex((part) => token.keys.includes(part));
    if (found >= 0) {
      missing.splice(found, 1);
      gap = 0;
      if (missing.length === 0) return { termId: form.termId, first: start, last: index };
    } else if (index === start || !token.isFunctionWord || ++gap > MAX_GAP) {
      return null;
    }
  }
  return null;
}

export function matchTerms(tokens: readonly MatchToken[], index: TermIndex): TermMatch[] {
  const matches: TermMatch[] = [];
  let nextFree = 0;
  for (let start = 0; start < tokens.length; start++) {
    if (start < nextFree) continue;
    let best: TermMatch | null = null;
    for (const key of tokens[start]!.keys) {
      for (const form of index.byFirstPart.get(key) ?? []) {
        const match = contiguousMatch(tokens, start, form);
        if (match && (!best || match.last > best.last)) best = match;
      }
      for (const form of index.byContentPart.get(key) ?? []) {
        const match = reorderedMatch(tokens, start, form);
        if (match && (!best || match.last > best.last)) best = match;
      }
    }
    if (best) {
      matches.push(best);
      nextFree = best.last + 1;
    }
  }
  return matches;
}

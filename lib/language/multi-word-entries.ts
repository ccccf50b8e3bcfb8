/**
 * Multi-word dictionary entries found in running text: "ten minste" (at least), "in plaats van" (instead of),
 * "Den Haag" (The Hague). A learner who clicks "minste" in "ten minste" needs the expression, not "least".
 *
 * Words are matched by their spelling or by a lemma, since headwords are lemmas: "in rekening gebracht" matches the
 * entry "in rekening brengen" (charge). Only contiguous words, in the entry's order. Entries of
 * function words alone ("naar het", "nog een") are left out: FreeDict lists them, but they are no expressions.
 * The longest match wins; occurrences do not overlap.
 *
 * findMultiWordEntries(tokenize("Hij kwam ten minste op tijd."), d) →
 *   [{ text: "ten minste", lemma: "ten minste", glosses: ["at least"], tokenIndices: [2, 3] }]
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { foldDiacritics, lookupKey } from "@/lib/dictionary/normalize-word";
import { tokenize, type Token } from "@/lib/text/tokens";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from "./function-words";
import { lemmatize } from "./lemmatize";

export interface MultiWordOccurrence {
  /** The words as written in the sentence: "ten minste". */
  text: string;
  /** The dictionary's headword: "ten minste". */
  lemma: string;
  /** One string per sense, as for a lemma reading. */
  glosses: string[];
  /** Indices into the sentence's tokens, consecutive. */
  tokenIndices: number[];
}

interface IndexedEntry {
  headword: string;
  glosses: string[];
  /** The headword's words as look-up keys, folded ("'s avonds" is tokenised as s + avonds). */
  words: string[];
}

const MIN_WORDS = 2;
const MAX_WORDS = 4;

/** Words that alone make no expression ("naar het", "hoe zo", "aan jou"). */
const NON_CONTENT_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...SUBJECT_PRONOUNS,
  ...PREPOSITIONS,
  ...SUBORDINATORS,
  ..."het zich er nog niet ook wel zo hoe dan nu al te ten ter s mij me jou hem haar ons hen hun zijn".split(" "),
]);

/** One index per Dictionary, built on first use: first word (spelling and lemma) → entries starting with it. */
const indexes = new WeakMap<Dictionary, Map<string, IndexedEntry[]>>();

function fold(word: string): string {
  return foldDiacritics(lookupKey(word));
}

/** Headwords are lemmas, so their words are keyed as written; a text's words match them by spelling or lemma. */
function buildIndex(dictionary: Dictionary): Map<string, IndexedEntry[]> {
  const index = new Map<string, IndexedEntry[]>();
  for (const entry of dictionary.multiWordEntries()) {
    const words = tokenize(entry.headword).map((token) => fold(token.text));
    if (words.length < MIN_WORDS || words.length > MAX_WORDS || /\.\.\.|…/.test(entry.headword)) continue;
    if (words.every((word) => NON_CONTENT_WORDS.has(word)) || isVerbAndPreposition(words)) continue;
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), { headword: entry.headword, glosses: entry.senses, words }]);
  }
  return index;
}

/**
 * A verb and a preposition ("gaan naar", "bestaan uit"): in running text the preposition after a verb mostly opens a
 * phrase of its own ("ik ga naar het park" is no "gaan naar: approach"), so such entries are not matched.
 */
function isVerbAndPreposition(words: readonly string[]): boolean {
  return words.length === 2 && words[0]!.endsWith("n") && PREPOSITIONS.has(words[1]!);
}

function indexFor(dictionary: Dictionary): Map<string, IndexedEntry[]> {
  let index = indexes.get(dictionary);
  if (index === undefined) {
    index = buildIndex(dictionary);
    indexes.set(dictionary, index);
  }
  return index;
}

/**
 * The multi-word entries in a sentence's tokens, left to right. With the sentence's text, words separated by
 * anything but spaces (a comma, a full stop) do not form an expression.
 */
export function findMultiWordEntries(
  tokens: readonly Token[],
  dictionary: Dictionary,
  text?: string,
): MultiWordOccurrence[] {
  const index = indexFor(dictionary);
  const keys: ({ surface: string; lemmas: string[] } | undefined)[] = [];
  const keysOf = (position: number) => {
    const token = tokens[position]!;
    keys[position] ??= {
      surface: fold(token.text),
      lemmas: lemmatize(token.text, dictionary).map((candidate) => foldDiacritics(candidate.lemma)),
    };
    return keys[position];
  };
  const adjacent = (position: number) =>
    text === undefined || /^\s+$/.test(text.slice(tokens[position - 1]!.end, tokens[position]!.start));

  const matches: { start: number; entry: IndexedEntry }[] = [];
  tokens.forEach((token, start) => {
    if (!token.isWord) return;
    const first = keysOf(start);
    const candidates = new Set([first.surface, ...first.lemmas].flatMap((key) => index.get(key) ?? []));
    let best: IndexedEntry | undefined;
    for (const entry of candidates) {
      if (best !== undefined && entry.words.length <= best.words.length) continue;
      if (start + entry.words.length > tokens.length) continue;
      const matchesAll = entry.words.every((word, offset) => {
        const position = start + offset;
        if (!tokens[position]!.isWord || (offset > 0 && !adjacent(position))) return false;
        const found = keysOf(position);
        return found.surface === word || found.lemmas.includes(word);
      });
      if (matchesAll) best = entry;
    }
    if (best !== undefined) matches.push({ start, entry: best });
  });

  // Longest first; an occurrence overlapping a longer (or equally long, earlier) one is dropped.
  const taken = new Set<number>();
  const occurrences: MultiWordOccurrence[] = [];
  for (const { start, entry } of [...matches].sort(
    (a, b) => b.entry.words.length - a.entry.words.length || a.start - b.start,
  )) {
    const tokenIndices = entry.words.map((_, offset) => start + offset);
    if (tokenIndices.some((position) => taken.has(position))) continue;
    for (const position of tokenIndices) taken.add(position);
    const first = tokens[start]!;
    const last = tokens[start + entry.words.length - 1]!;
    occurrences.push({
      text:
        text === undefined
          ? tokenIndices.map((position) => tokens[position]!.text).join(" ")
          : text.slice(first.start, last.end),
      lemma: entry.headword,
      glosses: entry.glosses,
      tokenIndices,
    });
  }
  return occurrences.sort((a, b) => a.tokenIndices[0]! - b.tokenIndices[0]!);
}

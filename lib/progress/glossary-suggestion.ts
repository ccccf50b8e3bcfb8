import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lemmaKey } from "@/lib/language/lemma-key";
import { lemmatize } from "@/lib/language/lemmatize";

/** A glossary term proposed for a word learners looked up; the teacher may change both before adding it. */
export interface GlossarySuggestion {
  term: string;
  english: string;
}

/**
 * The word's dictionary headword and its first sense, as the word card shows them; the word itself and no English
 * when the offline dictionary does not know it.
 * suggestGlossaryTerm("hervormingen", d) → { term: "hervorming", english: "reform" }
 */
export function suggestGlossaryTerm(word: string, dictionary: Dictionary): GlossarySuggestion {
  const lemma = lemmatize(word, dictionary).find((candidate) => dictionary.hasEntry(candidate.lemma))?.lemma;
  const entry = dictionary.lookup(lemma ?? word)[0];
  return { term: entry?.headword ?? word, english: entry?.senses[0] ?? "" };
}

/**
 * The lemma keys a lesson's glossary already covers (each term and its variants), to compare with the `wordKey`
 * of looked-up words, which is recorded with the same lemmaKey.
 */
export function glossaryKeys(
  terms: readonly { term: string; variants: readonly string[] }[],
  dictionary: Dictionary,
): Set<string> {
  return new Set(terms.flatMap((term) => [term.term, ...term.variants].map((text) => lemmaKey(text, dictionary))));
}

import type { Dictionary } from "@/lib/dictionary/dictionary";
import { analyzeWord, type WordAnalysis } from "@/lib/language/analyze-word";
import type { Span } from "@/lib/text/span";
import { tokenize } from "@/lib/text/tokens";

/** What the word card shows for one word of a sentence, with offsets into the sentence for highlighting. */
export interface WordLookup {
  word: Span;
  analysis: WordAnalysis;
  /** The other part of a separable verb ("aan" when "gaf" was chosen in "gaf … aan"). */
  partner?: Span;
}

/**
 * Analyses the word at `offset` in a sentence, or returns null when no word is there.
 * lookupWord("Zelenski gaf op Twitter aan dat …", 10, d) → word "gaf", separable verb aangeven, partner "aan"
 */
export function lookupWord(sentence: string, offset: number, dictionary: Dictionary): WordLookup | null {
  const tokens = tokenize(sentence);
  const index = tokens.findIndex((token) => token.isWord && token.start <= offset && offset < token.end);
  if (index < 0) return null;
  const token = tokens[index]!;
  const analysis = analyzeWord(dictionary, { text: sentence, tokens }, index);
  const verb = analysis.separableVerb;
  const partnerIndex = verb ? (verb.verbIndex === index ? verb.particleIndex : verb.verbIndex) : -1;
  const partner = tokens[partnerIndex];
  return {
    word: { start: token.start, end: token.end },
    analysis,
    ...(partner && partnerIndex !== index ? { partner: { start: partner.start, end: partner.end } } : {}),
  };
}

/** The first senses, as the card shows them: "reserve, book; discuss". */
function summary(glosses: readonly string[]): string {
  return glosses.slice(0, 3).join("; ");
}

/** The headword and English a learner saves for a looked-up word: the separable verb if it is one, else the lemma. */
export function vocabularyEntryOf(lookup: WordLookup): { headword: string; english: string } {
  const verb = lookup.analysis.separableVerb;
  if (verb && verb.certainty === "sure") return { headword: verb.lemma, english: summary(verb.glosses) };
  const lemma = lookup.analysis.lemmas[0];
  return { headword: lemma?.lemma ?? lookup.analysis.form, english: summary(lemma?.glosses ?? []) };
}

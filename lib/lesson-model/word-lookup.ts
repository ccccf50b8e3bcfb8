import type { Dictionary } from "@/lib/dictionary/dictionary";
import type { WordGrammar } from "@/lib/grammar/grammar-line";
import { grammarOfWord } from "@/lib/grammar/grammar-of-word";
import type { GrammarIndex } from "@/lib/grammar/word-grammar";
import { analyzeWord, type WordAnalysis } from "@/lib/language/analyze-word";
import type { Span } from "@/lib/text/span";
import { tokenize } from "@/lib/text/tokens";
import { alignWords } from "@/lib/word-alignment/align-words";
import { senseFirst } from "./sense-first";

/** The English word or words that translate the looked-up word in its sentence's aligned English. */
export interface WordCounterpart {
  /** As written in the English sentence, joined: "women", "government army". */
  text: string;
  /** Offsets into the English sentence. */
  spans: Span[];
}

/** What the word card shows for one word of a sentence, with offsets into the sentence for highlighting. */
export interface WordLookup {
  word: Span;
  analysis: WordAnalysis;
  /** The other part of a separable verb ("aan" when "gaf" was chosen in "gaf … aan"). */
  partner?: Span;
  /** The whole fixed expression the word is part of ("tot slot"), when it is in one. */
  phrase?: Span;
  counterpart?: WordCounterpart;
  /** Part of speech, de/het and plural, verb forms, pronunciation, as far as the grammar data covers the word. */
  grammar?: WordGrammar;
}

/** What the look-up may use besides the dictionary. */
export interface LookupContext {
  /** The sentence's aligned English, as the reader shows it ("" or absent when there is none). */
  english?: string;
  grammar?: GrammarIndex;
}

/**
 * Analyses the word at `offset` in a sentence, or returns null when no word is there. With the sentence's aligned
 * English, the card also names the English words that translate it here, and the sense they match comes first; with
 * the grammar data, the word's grammar.
 * lookupWord("Zelenski gaf op Twitter aan dat …", 10, d) → word "gaf", separable verb aangeven, partner "aan"
 * lookupWord("De vrouwen zetten de fietsen neer.", 3, d, "The women put the bikes down.") → counterpart "women",
 *   first sense "woman"
 */
export function lookupWord(
  sentence: string,
  offset: number,
  dictionary: Dictionary,
  { english = "", grammar }: LookupContext = {},
): WordLookup | null {
  const tokens = tokenize(sentence);
  const index = tokens.findIndex((token) => token.isWord && token.start <= offset && offset < token.end);
  if (index < 0) return null;
  const token = tokens[index]!;
  let analysis = analyzeWord(dictionary, { text: sentence, tokens }, index);
  const verb = analysis.separableVerb;
  const partnerIndex = verb ? (verb.verbIndex === index ? verb.particleIndex : verb.verbIndex) : -1;
  const partner = tokens[partnerIndex];
  const link =
    english.trim().length === 0
      ? undefined
      : alignWords(sentence, english, dictionary).find((candidate) =>
          candidate.nl.some((span) => span.start === token.start),
        );
  if (link?.gloss !== undefined) analysis = senseFirst(analysis, link.gloss);
  const wordGrammar = grammar ? grammarOfWord(analysis, grammar) : undefined;
  const phraseTokens = analysis.phrase?.tokenIndices.map((at) => tokens[at]!);
  const phraseSpan = phraseTokens?.length
    ? { start: phraseTokens[0]!.start, end: phraseTokens[phraseTokens.length - 1]!.end }
    : undefined;
  return {
    word: { start: token.start, end: token.end },
    analysis,
    ...(partner && partnerIndex !== index ? { partner: { start: partner.start, end: partner.end } } : {}),
    ...(link && link.en.length > 0
      ? { counterpart: { text: link.en.map((span) => english.slice(span.start, span.end)).join(" "), spans: link.en } }
      : {}),
    ...(phraseSpan ? { phrase: phraseSpan } : {}),
    ...(wordGrammar ? { grammar: wordGrammar } : {}),
  };
}

/** The first senses, as the card shows them: "reserve, book; discuss". */
function summary(glosses: readonly string[]): string {
  return glosses.slice(0, 3).join("; ");
}

/**
 * The headword and English a learner saves for a looked-up word: the separable verb if it is one, the fixed
 * expression it stands in ("tot slot"), else the lemma.
 */
export function vocabularyEntryOf(lookup: WordLookup): { headword: string; english: string } {
  const { separableVerb: verb, phrase } = lookup.analysis;
  if (verb && verb.certainty === "sure") return { headword: verb.lemma, english: summary(verb.glosses) };
  if (phrase) return { headword: phrase.lemma, english: summary(phrase.glosses) };
  const lemma = lookup.analysis.lemmas[0];
  return { headword: lemma?.lemma ?? lookup.analysis.form, english: summary(lemma?.glosses ?? []) };
}

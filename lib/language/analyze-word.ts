/**
 * Everything the word card shows for one token in its sentence: lemmas with English glosses (likeliest first),
 * compound parts, the separable verb it belongs to, a frequency band and whether it is likely a name. All fields
 * are plain data, ready for JSON.
 *
 * Fallbacks when no lemma has a gloss of its own: an English cognate by suffix ("escalatie" → "escalation",
 * flagged as a guess), compound parts ("veiligheidsdialoog" = veiligheid + s + dialoog), a word spelled as in
 * English.
 *
 * analyzeWord(d, { text: "Ook bespraken ze hervormingen.", tokens }, 3) →
 *   { form: "hervormingen", lemmas: [{ lemma: "hervorming", glosses: ["reform"], source: "dictionary" }],
 *     frequencyBand: "common", isLikelyName: false }
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import type { Token } from "@/lib/text/tokens";
import { guessEnglish } from "./cognates";
import { splitCompound, type CompoundPart } from "./compounds";
import { bestFrequencyRank, frequencyBand, type FrequencyBand } from "./frequency";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from "./function-words";
import { lemmatize, type LemmaCandidate } from "./lemmatize";
import { readingOrder } from "./reading-order";
import { findMultiWordEntries } from "./multi-word-entries";
import { findSeparableVerbs, type SeparableVerbCertainty, type SentenceWord } from "./separable-verbs";

/** Where a reading's glosses come from: FreeDict, its compound parts, a cognate guess, or none (OpenTaal only). */
export type LemmaSource = "dictionary" | "compound" | "guess" | "word-list";

export interface LemmaReading {
  /** As the dictionary spells it: "hervorming", "Rusland", "aangeven". */
  lemma: string;
  /** One string per sense: ["declare, state", "accuse, denounce"]; empty for source "word-list". */
  glosses: string[];
  source: LemmaSource;
  /** On a compound reading: no dictionary knows the whole word, so its parts' meanings are a guess at its own. */
  guess?: true;
}

export interface CompoundPartReading {
  text: string;
  lemma: string;
  glosses: string[];
  /** Linking element written after this part ("s" in veiligheid-s-dialoog). */
  linker?: string;
}

export interface SeparableVerbReading {
  lemma: string;
  glosses: string[];
  /** Indices into the sentence's tokens. */
  particleIndex: number;
  verbIndex: number;
  certainty: SeparableVerbCertainty;
}

/** A multi-word dictionary entry the word is part of: "ten minste" (at least) for "minste". */
export interface PhraseReading {
  /** As written in the sentence: "Ten minste". */
  text: string;
  /** The headword: "ten minste". */
  lemma: string;
  glosses: string[];
  /** Indices into the sentence's tokens, consecutive. */
  tokenIndices: number[];
}

export interface WordAnalysis {
  form: string;
  lemmas: LemmaReading[];
  phrase?: PhraseReading;
  /**
   * The parts of a compound. `guess` when no dictionary knows the whole word and its meaning is read off its parts;
   * without it the word list knows the word (then no reading gives the parts as its meaning: "melkweg" is not
   * milk + way).
   */
  compound?: { parts: CompoundPartReading[]; guess?: true };
  separableVerb?: SeparableVerbReading;
  frequencyBand: FrequencyBand;
  isLikelyName: boolean;
}

/** A sentence's text and its tokens, with offsets into that text. */
export interface SentenceTokens {
  text: string;
  tokens: readonly Token[];
}

/** What the neighbouring words suggest about an ambiguous form: "de staat" (noun), "hij staat" (verb). */
export type ReadingPreference = "noun" | "verb" | "none";

export interface WordPosition {
  sentenceInitial: boolean;
  preference: ReadingPreference;
}

export function analyzeWord(dictionary: Dictionary, sentence: SentenceTokens, index: number): WordAnalysis {
  const token = sentence.tokens[index];
  if (token === undefined) throw new RangeError(`No token ${index} in the sentence`);
  const analysis = analyzeForm(dictionary, token.text, wordPosition(sentence.tokens, index));
  const lemmasOf = (word: string) => lemmatize(word, dictionary).map((candidate) => candidate.lemma);
  const pair = findSeparableVerbs(sentenceWords(sentence, lemmasOf), (word) => dictionary.isDutchWord(word)).find(
    (candidate) => candidate.verbIndex === index || candidate.particleIndex === index,
  );
  const phrase = phraseAt(dictionary, sentence, index);
  return {
    ...analysis,
    ...(phrase === undefined ? {} : { phrase }),
    ...(pair === undefined ? {} : { separableVerb: separableVerbReading(pair, dictionary) }),
  };
}

/** Entries have at most this many words, so only this many tokens either side of the word can matter. */
const PHRASE_REACH = 3;

/** The multi-word entry the token belongs to, searched in a window around it so a look-up stays cheap. */
export function phraseAt(dictionary: Dictionary, sentence: SentenceTokens, index: number): PhraseReading | undefined {
  const from = Math.max(0, index - PHRASE_REACH);
  const window = sentence.tokens.slice(from, index + PHRASE_REACH + 1);
  const found = findMultiWordEntries(window, dictionary, sentence.text).find((occurrence) =>
    occurrence.tokenIndices.includes(index - from),
  );
  return found === undefined
    ? undefined
    : { ...found, tokenIndices: found.tokenIndices.map((position) => position + from) };
}

export function wordPosition(tokens: readonly Token[], index: number): WordPosition {
  const previous = tokens[index - 1]?.text.toLowerCase();
  const next = tokens[index + 1]?.text.toLowerCase();
  let preference: ReadingPreference = "none";
  if (previous !== undefined && DETERMINERS.has(previous)) preference = "noun";
  else if (
    (previous !== undefined && SUBJECT_PRONOUNS.has(previous)) ||
    (next !== undefined && (DETERMINERS.has(next) || PREPOSITIONS.has(next) || SUBJECT_PRONOUNS.has(next)))
  ) {
    preference = "verb";
  }
  return { sentenceInitial: index === 0, preference };
}

/** The sentence as the separable-verb finder needs it: keys, lemma candidates and clause-ending punctuation. */
export function sentenceWords(sentence: SentenceTokens, lemmasOf: (word: string) => readonly string[]): SentenceWord[] {
  return sentence.tokens.map((token, index) => {
    const next = sentence.tokens[index + 1];
    const between = next === undefined ? "" : sentence.text.slice(token.end, next.start);
    return {
      key: lookupKey(token.text),
      lemmas: token.isWord ? lemmasOf(token.text) : [],
      clauseEndsAfter: next === undefined || /[,;:()[\]—–"“”„«»]|\s-\s/.test(between),
    };
  });
}

export function separableVerbReading(
  pair: { lemma: string; particleIndex: number; verbIndex: number; certainty: SeparableVerbCertainty },
  dictionary: Dictionary,
): SeparableVerbReading {
  return { ...pair, glosses: dictionary.lookup(pair.lemma)[0]?.senses ?? [] };
}

/** The analysis of a word form at a position, without the separable verb (which needs the whole sentence). */
export function analyzeForm(dictionary: Dictionary, form: string, position: WordPosition): WordAnalysis {
  const capitalised = /^\p{Lu}/u.test(form);
  const preferCapitalised = capitalised && !position.sentenceInitial;
  const key = lookupKey(form);
  const candidates = orderByPreference(
    readingOrder(lemmatize(form, dictionary), key, dictionary),
    position.preference,
    key,
    dictionary.isWordListLemma(key),
  );
  const lemmas = candidates.flatMap((candidate) =>
    dictionary
      .lookup(candidate.lemma, { preferCapitalised })
      .map((entry): LemmaReading => ({ lemma: entry.headword, glosses: entry.senses, source: "dictionary" })),
  );
  const analysis: WordAnalysis = { form, lemmas, frequencyBand: "rare", isLikelyName: false };
  if (lemmas.length === 0) addFallbackReadings(analysis, candidates, dictionary);
  analysis.frequencyBand = frequencyBand(
    bestFrequencyRank([form, ...candidates.map((candidate) => candidate.lemma)], dictionary),
  );
  analysis.isLikelyName = isLikelyName(form, capitalised, position.sentenceInitial, analysis, dictionary);
  return analysis;
}

/**
 * After a determiner, noun readings first: "de staat" (state), "meer landen" (land, not the verb landen: a surface
 * form in -en that the word list has as a lemma is then taken for a plural; one it does not have is a plural with
 * an entry of its own, "de mensen": people). After a pronoun or before a determiner, verb readings first.
 */
function orderByPreference(
  candidates: LemmaCandidate[],
  preference: ReadingPreference,
  form: string,
  formIsLemma: boolean,
): LemmaCandidate[] {
  if (preference === "none" || candidates.length < 2) return candidates;
  const rank = (candidate: LemmaCandidate) => {
    if (preference === "verb") return candidate.isVerbReading ? 0 : 1;
    if (candidate.isVerbReading) return 2;
    return candidate.origin === "surface" && form.endsWith("en") && formIsLemma ? 1 : 0;
  };
  return [...candidates].sort((a, b) => rank(a) - rank(b));
}

/**
 * Fallbacks, most reliable first: a cognate by suffix correspondence ("diplomatie" → diplomacy; a compound split
 * of such words is accidental: diploma + tie), compound parts, a word spelled as in English, and failing all of
 * these the lemmas the Dutch word list knows, without glosses.
 */
function addFallbackReadings(analysis: WordAnalysis, candidates: LemmaCandidate[], dictionary: Dictionary): void {
  const lemmas = [...new Set([...candidates.map((candidate) => candidate.lemma), lookupKey(analysis.form)])];
  const guesses = lemmas.flatMap((lemma) => {
    const guess = guessEnglish(lemma, dictionary);
    return guess === undefined ? [] : [{ lemma, guess }];
  });
  const bySuffix = guesses.find(({ guess }) => !guess.identical) ?? guesses.find(({ lemma }) => lemma.includes("-"));
  const readGuess = (found: (typeof guesses)[number]): LemmaReading[] => [
    { lemma: found.lemma, glosses: [found.guess.english], source: "guess" },
  ];
  if (bySuffix !== undefined) {
    analysis.lemmas = readGuess(bySuffix);
    return;
  }
  const base = candidates[0]?.lemma ?? lookupKey(analysis.form);
  const wordListReadings = candidates.map((candidate): LemmaReading => ({
    lemma: candidate.lemma,
    glosses: [],
    source: "word-list",
  }));
  // Split the lemma when the word list knows one ("bondgenoot"), the form as written only when it does not.
  const parts = splitCompound(candidates.length > 0 ? base : analysis.form, dictionary);
  if (parts !== undefined) {
    const readings = parts.map((part) => compoundPartReading(part, dictionary));
    if (candidates.length > 0) {
      // The word list knows the whole word: a lexicalised word need not mean what its parts do.
      analysis.compound = { parts: readings };
      analysis.lemmas = wordListReadings;
      return;
    }
    analysis.compound = { parts: readings, guess: true };
    analysis.lemmas = [
      { lemma: compoundLemma(parts, base), glosses: [compoundGloss(readings)], source: "compound", guess: true },
    ];
    return;
  }
  const identical = guesses[0];
  analysis.lemmas = identical !== undefined ? readGuess(identical) : wordListReadings;
}

function compoundPartReading(part: CompoundPart, dictionary: Dictionary): CompoundPartReading {
  const glosses = dictionary.lookup(part.lemma)[0]?.senses ?? [];
  return part.linker === undefined
    ? { text: part.text, lemma: part.lemma, glosses }
    : { text: part.text, lemma: part.lemma, glosses, linker: part.linker };
}

/** "kernwapen" for kern + wapens: the modifiers as written, the head as its lemma. */
function compoundLemma(parts: readonly CompoundPart[], base: string): string {
  if (base.includes("-")) return parts.map((part) => part.lemma).join("-");
  return parts
    .map((part, index) => (index === parts.length - 1 ? part.lemma : part.text + (part.linker ?? "")))
    .join("");
}

/** "security + dialogue": the first gloss of each part, or the part itself when it has none (a name). */
function compoundGloss(parts: readonly CompoundPartReading[]): string {
  return parts.map((part) => part.glosses[0]?.split(", ")[0] ?? part.text).join(" + ");
}

function isLikelyName(
  form: string,
  capitalised: boolean,
  sentenceInitial: boolean,
  analysis: WordAnalysis,
  dictionary: Dictionary,
): boolean {
  if (!capitalised) return false;
  const hasLowerCaseReading = analysis.lemmas.some(
    (reading) => reading.source === "dictionary" && reading.lemma === reading.lemma.toLowerCase(),
  );
  if (hasLowerCaseReading) return false;
  if (!sentenceInitial) return true;
  // At the start of a sentence every word is capitalised: a name only if the dictionary spells it so ("Rusland")
  // or does not know it at all ("Zelenski").
  const hasCapitalisedReading = analysis.lemmas.some((reading) => reading.source === "dictionary");
  return (
    hasCapitalisedReading ||
    (analysis.lemmas.every((reading) => reading.glosses.length === 0) && !dictionary.isDutchWord(form))
  );
}

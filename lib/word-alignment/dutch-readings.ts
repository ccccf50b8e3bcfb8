/**
 * What a Dutch word of a sentence may mean, as evidence for alignment: the senses of every lemma reading and of
 * the separable verb it belongs to, and its likeliest lemma for compound splitting. Function words get no readings
 * (except as part of a separable verb): alignment never marks them, so it cannot mark them wrongly.
 *
 * For "De vrouwen zetten de fietsen neer." the token "vrouwen" has the lemma reading vrouw with senses
 * ["queen", "wife", "female", "woman"]; "zetten" and "neer" share the separable verb neerzetten.
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { sentenceWords } from "@/lib/language/analyze-word";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from "@/lib/language/function-words";
import { lemmatize } from "@/lib/language/lemmatize";
import { findSeparableVerbs, type SeparableVerbPair } from "@/lib/language/separable-verbs";
import type { Token } from "@/lib/text/tokens";

/** One dictionary entry's senses and how this word reaches them. */
export interface SenseSource {
  senses: readonly string[];
  /**
   * lemma: the word's own reading; separable: the verb both parts form (linked together); derived: senses made
   * from another word's, which the dictionary does not have as such (onpraktisch → impractical).
   */
  kind: "lemma" | "separable" | "derived";
  /** 0 for the likeliest reading; later readings are weaker evidence. */
  rank: number;
}

export interface DutchReadings {
  sources: SenseSource[];
  /** The other token of a separable verb, which shares the separable source. */
  partner?: number;
  /**
   * The likeliest lemma, for splitting the word as a compound ("regeringsleger", "kernwapen"); set for content
   * words only, so undefined also means "never link this word on its own".
   */
  lemma?: string;
  /** True when the word is capitalised in mid-sentence or unknown to the dictionary: it may be a name. */
  mayBeName: boolean;
}

/** Lemmas that are auxiliaries or modals of tense and mood: their forms carry no English content word. */
const AUXILIARY_LEMMAS = new Set(["zijn", "hebben", "worden", "zullen", "kunnen", "moeten", "mogen", "laten"]);

/** Pronouns, adverbs and particles that are never linked on their own (the measure's function words and more). */
const OTHER_FUNCTION_WORDS = new Set(
  `niet ook nog wel er hier daar zo al dan nu me mij mijn jou jouw hem haar hen hun zich zichzelf ons onze uw
  het een te geen iets niets iemand niemand alles elkaar welke wiens ze je erin eraan erop ervan ernaar erover
  hoe waarom zeer heel erg even toch maar pas reeds weer`.split(/\s+/),
);

/** Numerals are determiners to the language engine, but content words here: "vijf weken" → "five weeks". */
const NUMERALS = new Set("twee drie vier vijf zes zeven acht negen tien".split(" "));

export function isDutchFunctionWord(key: string): boolean {
  return (
    (DETERMINERS.has(key) && !NUMERALS.has(key)) ||
    SUBJECT_PRONOUNS.has(key) ||
    SUBORDINATORS.has(key) ||
    PREPOSITIONS.has(key) ||
    OTHER_FUNCTION_WORDS.has(key)
  );
}

/** Readings for every token of the sentence, in token order; numbers and function words get none. */
export function dutchReadings(text: string, tokens: readonly Token[], dictionary: Dictionary): DutchReadings[] {
  const lemmaCache = new Map<string, string[]>();
  const lemmasOf = (word: string) => {
    const key = lookupKey(word);
    let lemmas = lemmaCache.get(key);
    if (lemmas === undefined) {
      lemmas = lemmatize(word, dictionary).map((candidate) => candidate.lemma);
      lemmaCache.set(key, lemmas);
    }
    return lemmas;
  };
  const pairs = findSeparableVerbs(sentenceWords({ text, tokens }, lemmasOf), (word) => dictionary.isDutchWord(word));
  const pairSenses = pairs.map((pair) => {
    const entries = dictionary.lookup(pair.lemma);
    if (entries.length > 0 || pair.certainty === "possible") return entries.map((entry) => entry.senses);
    // A sure pair whose verb the dictionary lacks ("neerzetten") means what its verb means: zetten … neer → put.
    return lemmasOf(tokens[pair.verbIndex]!.text).flatMap((lemma) => dictionary.lookup(lemma).map((e) => e.senses));
  });
  return tokens.map((token, index) => {
    const pairIndex = pairs.findIndex((pair) => pair.verbIndex === index || pair.particleIndex === index);
    const pair = pairIndex < 0 ? undefined : { ...pairs[pairIndex]!, senses: pairSenses[pairIndex]! };
    const before = index === 0 ? "" : text.slice(tokens[index - 1]!.end, token.start);
    return readingsOf(token, { index, sentenceInitial: startsSentence(before, index) }, pair, lemmasOf, dictionary);
  });
}

/** True at the start of the text or after sentence-final punctuation or an opening quote: "… gaan. Maandagavond". */
function startsSentence(textBefore: string, index: number): boolean {
  return index === 0 || /[.!?:;‘“"'(]/.test(textBefore);
}

function readingsOf(
  token: Token,
  { index, sentenceInitial }: { index: number; sentenceInitial: boolean },
  pair: (SeparableVerbPair & { senses: readonly (readonly string[])[] }) | undefined,
  lemmasOf: (word: string) => string[],
  dictionary: Dictionary,
): DutchReadings {
  const key = lookupKey(token.text);
  const capitalised = /^\p{Lu}/u.test(token.text);
  const readings: DutchReadings = {
    sources: [],
    mayBeName: capitalised && (!sentenceInitial || !dictionary.isDutchWord(key)),
  };
  if (!token.isWord) return readings;
  if (pair !== undefined && pair.senses.length > 0) {
    readings.partner = pair.verbIndex === index ? pair.particleIndex : pair.verbIndex;
    for (const senses of pair.senses) readings.sources.push({ senses, kind: "separable", rank: 0 });
    // A particle on its own is a preposition; a sure pair's verb means the separable verb, not the simple one.
    if (pair.particleIndex === index || pair.certainty === "sure") return readings;
  }
  if (isDutchFunctionWord(key)) return readings;
  const lemmas = lemmasOf(token.text);
  if (lemmas.some((lemma) => AUXILIARY_LEMMAS.has(lemma)) && lemmas.length <= 2) return readings;
  let rank = 0;
  for (const lemma of lemmas.length > 0 ? lemmas : [key]) {
    const entries = dictionary.lookup(lemma, { preferCapitalised: capitalised && !sentenceInitial });
    for (const entry of entries) readings.sources.push({ senses: entry.senses, kind: "lemma", rank: rank++ });
  }
  readings.lemma = lemmas[0] ?? key;
  if (readings.sources.length === 0) addNegation(readings, readings.lemma, dictionary);
  return readings;
}

/** English negative prefixes, tried on every gloss of the word that Dutch "on-" negates. */
const NEGATIONS = ["un", "in", "im", "ir", "il", "non", "dis"];

/**
 * Dutch "on-" negates like English un-, in-, non-: onpraktisch (not in the dictionary) → impractical, from praktisch
 * → practical.
 */
function addNegation(readings: DutchReadings, lemma: string, dictionary: Dictionary): void {
  if (!lemma.startsWith("on") || lemma.length < 6) return;
  const base = dictionary.lookup(lemma.slice(2))[0];
  if (base === undefined) return;
  const glosses = base.senses.flatMap((sense) => sense.split(", ")).filter((gloss) => /^[a-z]+$/.test(gloss));
  const senses = glosses.map((gloss) => NEGATIONS.map((prefix) => prefix + gloss).join(", "));
  if (senses.length > 0) readings.sources.push({ senses, kind: "derived", rank: 1 });
}

/**
 * An English sentence indexed for alignment: its tokens, and for every base form the tokens that may stand for it,
 * so that a gloss ("woman", "give up", "prime minister") finds its words in the sentence in one look-up per word.
 *
 * const sentence = indexEnglish("The women gave up.");
 * sentence.positions("woman") → [1] · findGloss(sentence, "give up") → [{ words: [2], particles: [3] }]
 */
import { tokenize, type Token } from "@/lib/text/tokens";
import { americanSpelling, englishBaseForms, isEnglishFunctionWord, withoutPossessive } from "./english-forms";
import { foldAccents } from "./fold-accents";

export interface EnglishSentence {
  tokens: readonly Token[];
  /** Lower-case forms without a possessive, diacritics folded: "indonesia" for "Indonesia's". */
  keys: readonly string[];
  /** Each token's base forms, diacritics folded: ["women", "woman"]. */
  forms: readonly (readonly string[])[];
  /** True for tokens that may be marked: content words, names and numbers. */
  markable: readonly boolean[];
  positions(baseForm: string): readonly number[];
  /** Tokens whose base form shares its first PREFIX_LENGTH letters with the word: candidates for relatedWords. */
  withPrefix(word: string): readonly number[];
}

const PREFIX_LENGTH = 5;

const NONE: readonly number[] = [];

export function indexEnglish(english: string): EnglishSentence {
  const tokens = tokenize(english);
  const keys = tokens.map((token) => foldAccents(withoutPossessive(token.text).toLowerCase()));
  // A capitalised word in mid-sentence is a name even when it is spelled like a function word ("Theresa May").
  const markable = tokens.map(
    (token, index) =>
      keys[index]!.length > 0 && (!isEnglishFunctionWord(keys[index]!) || (index > 0 && /^\p{Lu}/u.test(token.text))),
  );
  const byForm = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  const forms = tokens.map((token) => hyphenatedBaseForms(token.text).map(foldAccents));
  forms.forEach((tokenForms, index) => {
    for (const key of tokenForms) {
      add(byForm, key, index);
      if (key.length >= PREFIX_LENGTH) add(byPrefix, key.slice(0, PREFIX_LENGTH), index);
    }
  });
  return {
    tokens,
    keys,
    forms,
    markable,
    positions: (form) => byForm.get(form) ?? NONE,
    withPrefix: (word) => byPrefix.get(word.slice(0, PREFIX_LENGTH)) ?? NONE,
  };
}

/** The share of the shorter word that two related words must have in common from their start. */
const RELATED_SHARE = 0.7;

/**
 * Words of the sentence derived from the same stem as a one-word gloss: "expectation" ~ "expected",
 * "forgive" ~ "forgiveness", "nucleus" ~ "nuclear". Weaker evidence than the gloss itself.
 */
export function relatedWords(sentence: EnglishSentence, gloss: string): number[] {
  const word = americanSpelling(foldAccents(gloss.toLowerCase()));
  if (word.length < PREFIX_LENGTH || !/^[a-z]+$/.test(word)) return [];
  return sentence.withPrefix(word).filter((index) => {
    if (!sentence.markable[index]) return false;
    const other = sentence.keys[index]!;
    let common = 0;
    while (common < word.length && word[common] === other[common]) common++;
    return common >= RELATED_SHARE * Math.min(word.length, other.length);
  });
}

/**
 * A hyphenated word also stands for its last part, which carries its meaning: "pro-independence" for
 * independence, "co-stars" for star.
 */
function hyphenatedBaseForms(word: string): string[] {
  const forms = englishBaseForms(word);
  const last = word.slice(word.lastIndexOf("-") + 1);
  return last.length === word.length || last.length < 3 ? forms : [...forms, ...englishBaseForms(last)];
}

/** Where one gloss occurs: its content words, and a verb's particle when the sentence has it ("give … up"). */
export interface GlossMatch {
  words: number[];
  particles: number[];
}

/** Particles of English phrasal verbs, marked with their verb when the gloss has them too. */
const PARTICLES = new Set(["up", "out", "down", "off", "on", "away", "back", "over"]);
/** How far after its verb a particle may stand: "put the bikes down". */
const PARTICLE_DISTANCE = 3;

/**
 * Every place where the gloss occurs: a one-word gloss anywhere, a gloss of several content words only as adjacent
 * words in order ("prime minister", "death toll"). Leading "to", articles and other function words are ignored,
 * except a phrasal verb's particle, which is marked when it follows the verb within three words.
 */
export function findGloss(sentence: EnglishSentence, gloss: string): GlossMatch[] {
  const written = gloss.split(/[\s/]+/).map((word) => word.replace(/^[("']+|[)"'.!?]+$/g, ""));
  const words = written.map((word) => americanSpelling(foldAccents(word.toLowerCase())));
  // A capitalised gloss is a name even when spelled like a function word: mei → "May".
  const content = words.filter(
    (word, index) => word.length > 0 && (!isEnglishFunctionWord(word) || /^\p{Lu}/u.test(written[index]!)),
  );
  if (content.length === 0 || content.length > 3) return [];
  // Only a gloss that ends in a particle is a phrasal verb: "give up", not "have confidence in".
  const last = words[words.length - 1]!;
  const particle = words.length > 1 && PARTICLES.has(last) ? last : undefined;
  const matches: GlossMatch[] = [];
  for (const start of sentence.positions(content[0]!)) {
    if (!sentence.markable[start]) continue;
    const found = [start];
    for (const word of content.slice(1)) {
      const next = found[found.length - 1]! + 1;
      if (!sentence.positions(word).includes(next)) break;
      found.push(next);
    }
    if (found.length < content.length) continue;
    matches.push({ words: found, particles: particle === undefined ? [] : particleAfter(sentence, start, particle) });
  }
  return matches;
}

function particleAfter(sentence: EnglishSentence, verb: number, particle: string): number[] {
  for (let index = verb + 1; index <= verb + PARTICLE_DISTANCE && index < sentence.keys.length; index++) {
    if (sentence.keys[index] === particle) return [index];
  }
  return [];
}

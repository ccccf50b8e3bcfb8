import { tokenize } from "@/lib/text/tokens";
import type { Lexicon } from "./types";

/**
 * Match keys: the strings under which a Dutch and an English token count as "the same". Two tokens match when
 * they share at least one key. Keys live in a few spaces, marked by their first character:
 *
 *   "=word"  an English word stem; English tokens give their own, Dutch tokens give their own spelling (so names,
 *            loanwords and shared words like "in" match as they are) plus the stems of their translations
 *   "~prefi" the first five letters of a word of five letters or more: cognates and near-identical names
 *            ("campagne"/"campaign", "presidentschap"/"president")
 *   "#1000"  a number without separators, so "1.000" = "1,000" = "1000" (and "2,5" = "2.5")
 *   "?", "!", "\"" sentence punctuation that translators keep: questions, exclamations, quotations
 *
 * dutchTokenKeys("Campagne", lexicon with campagne → [campaign]) → ["=campagne", "~campa", "=campaign"]
 * englishTokenKeys("campaigns") → ["=campaign", "~campa"]
 */

const COGNATE_PREFIX_LENGTH = 5;

/** Words of multi-word glosses that say nothing about the meaning ("to go", "a lot"): "go" matches, "to" must not. */
const GLOSS_FUNCTION_WORDS = new Set(["a", "an", "the", "to", "of", "be", "one's", "oneself", "someone", "something"]);

/** Lower case, without diacritics, with the Dutch ĳ ligature and typographic apostrophes spelled out. */
export function foldWord(word: string): string {
  // Most words are plain ASCII, and Unicode normalisation is by far the slowest step.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ĳ/g, "ij").replace(/’/g, "'");
}

/** A light English stemmer: enough to meet a dictionary gloss ("recommend") in "recommended" or "recommends". */
export function englishStem(foldedWord: string): string {
  const word = foldedWord.replace(/'s$/, "");
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function isNumber(token: string): boolean {
  return /^\p{N}/u.test(token);
}

function numberKey(token: string): string {
  return `#${token.replace(/[.,:]/g, "")}`;
}

function spellingKeys(folded: string): string[] {
  const keys = [`=${englishStem(folded)}`];
  if (folded.length >= COGNATE_PREFIX_LENGTH) keys.push(`~${folded.slice(0, COGNATE_PREFIX_LENGTH)}`);
  return keys;
}

export function englishTokenKeys(token: string): string[] {
  if (isNumber(token)) return [numberKey(token)];
  return spellingKeys(foldWord(token));
}

/** The keys of one gloss: every meaningful word of it ("make an offer" → "=make", "=offer"). */
function glossKeys(gloss: string): string[] {
  const words = tokenize(gloss).map((token) => foldWord(token.text));
  const meaningful = words.length > 1 ? words.filter((word) => !GLOSS_FUNCTION_WORDS.has(word)) : words;
  return meaningful.map((word) => `=${englishStem(word)}`);
}

export function dutchTokenKeys(token: string, lexicon: Lexicon): string[] {
  if (isNumber(token)) return [numberKey(token)];
  const keys = spellingKeys(foldWord(token));
  for (const gloss of lexicon.translations(token.toLowerCase())) keys.push(...glossKeys(gloss));
  return [...new Set(keys)];
}

/** Pseudo-tokens for punctuation that survives translation. `Zei hij "nee"?` → ["?", "\""] */
export function punctuationKeys(text: string): string[] {
  const keys: string[] = [];
  if (text.includes("?")) keys.push("?");
  if (text.includes("!")) keys.push("!");
  if (/["“”„«»]|(^|\s)['‘’]|['‘’]($|[\s.,;:!?])/u.test(text)) keys.push('"');
  return keys;
}

/**
 * A likely English equivalent for an international word the dictionary lacks, from regular suffix correspondences
 * (-atie → -ation, -isch → -ic, -iteit → -ity, -isme → -ism, -eren → -ate…) and spelling (k → c, kw → qu). A guess
 * is offered only when it is an English word, and callers show it flagged as a guess.
 *
 * A word spelled as in English ("concert") is a weaker guess, marked `identical`: callers try compound splitting first.
 *
 * guessEnglish("escalatie", d) → { english: "escalation", identical: false } · ("diplomatie") → "diplomacy"
 * ("interventie") → "intervention" · ("separatistisch") → "separatist" · ("de-escaleren") → "de-escalate"
 * ("beheersing") → undefined
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";

/** Dutch ending → English endings to try, in order; longer Dutch endings are tried first. */
const SUFFIX_RULES: readonly (readonly [string, readonly string[]])[] = [
  ["istisch", ["ist", "istic"]],
  ["grafie", ["graphy"]],
  ["logie", ["logy"]],
  ["iteit", ["ity"]],
  ["atie", ["ation", "acy"]],
  ["itie", ["ition"]],
  ["ssie", ["ssion"]],
  ["isch", ["ic", "ical", "ian", "ish"]],
  ["isme", ["ism"]],
  ["ieel", ["ial"]],
  ["teit", ["ty"]],
  ["eren", ["ate", "e", "ize", "ise", ""]],
  ["tie", ["tion", "cy", "ty"]],
  ["sie", ["sion", "sia"]],
  ["iek", ["ic", "ics", "ique"]],
  ["ief", ["ive"]],
  ["eel", ["al"]],
  ["aal", ["al"]],
  ["air", ["ary", "ar"]],
  ["uur", ["ure"]],
  ["eur", ["or", "er"]],
  ["eet", ["ete"]],
  ["ie", ["y", "ia"]],
  ["", [""]],
];

/** Shortest word guessed to be spelled as in English ("concert"); shorter ones are too often false friends. */
const MIN_IDENTICAL_LENGTH = 6;

function spellingVariants(stem: string): string[] {
  const english = stem.replace(/kw/g, "qu").replace(/k/g, "c");
  return english === stem ? [stem] : [stem, english];
}

export interface CognateGuess {
  english: string;
  /** True when the guess is the Dutch word itself, not a suffix correspondence. */
  identical: boolean;
}

export function guessEnglish(word: string, dictionary: Dictionary): CognateGuess | undefined {
  const key = lookupKey(word);
  // "de-escaleren" → "deescalate" is in the word list; show it with the hyphen the Dutch word had.
  const forms = key.includes("-") ? [key, key.replace(/-/g, "")] : [key];
  for (const form of forms) {
    const guess = guessForForm(form, dictionary);
    if (guess === undefined) continue;
    const english = form === key || guess.english.includes("-") ? guess.english : rehyphenate(guess.english, key);
    return { ...guess, english };
  }
  return undefined;
}

function guessForForm(form: string, dictionary: Dictionary): CognateGuess | undefined {
  for (const [dutch, englishEndings] of SUFFIX_RULES) {
    if (!form.endsWith(dutch)) continue;
    const identical = dutch === "";
    if (identical && form.length < MIN_IDENTICAL_LENGTH) return undefined;
    const stem = form.slice(0, form.length - dutch.length);
    if (stem.length < 3) continue;
    for (const variant of spellingVariants(stem)) {
      for (const ending of englishEndings) {
        const candidate = variant + ending;
        if (dictionary.isEnglishWord(candidate))
          return { english: candidate, identical: identical && variant === stem };
      }
    }
  }
  return undefined;
}

/** Puts the hyphen of the Dutch prefix back: "deescalate" for "de-escaleren" → "de-escalate". */
function rehyphenate(guess: string, hyphenated: string): string {
  const prefix = hyphenated.slice(0, hyphenated.indexOf("-"));
  return guess.startsWith(prefix) ? `${prefix}-${guess.slice(prefix.length)}` : guess;
}

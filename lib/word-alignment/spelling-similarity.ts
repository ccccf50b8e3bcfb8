/**
 * Cognates by spelling: Dutch and English share many words that differ only in their endings and a few letters
 * ("radioactieve" ~ "radioactive", "mineralen" ~ "minerals", "populaire" ~ "popular", "democraten" ~ "democrats").
 * Both words lose their inflection, Dutch k becomes c, and the stems must share their first letter and differ in at
 * most a quarter of their letters. Short stems are left out: "wonen" is not "won", "stad" is not "state".
 *
 * similarStems(dutchCognateStem("conservatieve"), englishCognateStem("Conservative")) → true
 * similarStems(dutchCognateStem("stad"), englishCognateStem("state")) → false
 */
import { foldAccents } from "./fold-accents";

const MIN_STEM_LENGTH = 5;
const MAX_DIFFERENCE = 0.25;

/** The Dutch word without inflection, in English spelling: "conservatieve" → "conservatiev". */
export function dutchCognateStem(word: string): string {
  return foldAccents(word.toLowerCase())
    .replace(/(?:en|e|s|n)$/, "")
    .replace(/kw/g, "qu")
    .replace(/k/g, "c");
}

/** The English word without inflection: "Conservative" → "conservativ". */
export function englishCognateStem(word: string): string {
  return foldAccents(word.toLowerCase())
    .replace(/['’]s?$/, "")
    .replace(/(?:ing|ed|es|s|e)$/, "");
}

/** True when the stems (of dutchCognateStem and englishCognateStem) are close enough to be cognates. */
export function similarStems(a: string, b: string): boolean {
  if (a.length < MIN_STEM_LENGTH || b.length < MIN_STEM_LENGTH || a[0] !== b[0]) return false;
  const longer = Math.max(a.length, b.length);
  const allowed = Math.floor(longer * MAX_DIFFERENCE);
  if (Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance, stopping early once every path exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return rowMinimum;
    previous = current;
  }
  return previous[b.length]!;
}

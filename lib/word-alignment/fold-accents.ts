import { foldDiacritics } from "@/lib/dictionary/normalize-word";

/**
 * foldDiacritics with a fast path: alignment compares thousands of gloss and sentence words per pair, nearly all of
 * them plain ASCII, which need no Unicode normalisation. foldAccents("geëmotioneerde") → "geemotioneerde"
 */
export function foldAccents(word: string): string {
  return /^[\x20-\x7e]*$/.test(word) ? word : foldDiacritics(word);
}

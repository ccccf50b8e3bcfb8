import { tokenize } from "./tokens";

/** Number of word tokens (tokens with a letter) in a text. */
export function countWords(text: string): number {
  return tokenize(text).filter((token) => token.isWord).length;
}

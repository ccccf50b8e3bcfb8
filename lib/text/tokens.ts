import type { Span } from "./span";

export interface Token extends Span {
  text: string;
  /** True when the token contains a letter (a word, possibly hyphenated or with an apostrophe). */
  isWord: boolean;
}

/**
 * Words: letters with internal hyphens or apostrophes ("de-escaleren", "NAVO-Rusland", "zo'n", "auto's").
 * Numbers: digits with internal separators ("12", "1.000", "2,5"). Everything else is skipped.
 */
const TOKEN = /[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;

/** Tokenises text into words and numbers with their offsets. "Het gaat om 50 minuten." → Het|gaat|om|50|minuten */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, isWord: /\p{L}/u.test(match[0]) });
  }
  return tokens;
}

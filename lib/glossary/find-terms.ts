import type { Span } from "@/lib/text/span";
import { tokenize, type Token } from "@/lib/text/tokens";
import { buildTermIndex, matchTerms, type MatchToken, type TermForm, type TermIndex } from "./match-terms";
import type { WordKeys } from "./word-keys";

export interface GlossaryEntry {
  id: string;
  term: string;
  variants: readonly string[];
}

export interface TermOccurrence extends Span {
  termId: string;
}

/**
 * Hyphenated words are matched part by part, on both sides, so "NAVO-Rusland Raad" matches "NAVO-Rusland Raad"
 * and "Minsk-akkoorden" can match "akkoorden van Minsk".
 */
function wordParts(text: string): Token[] {
  return tokenize(text).flatMap((token) => {
    if (!token.isWord || !/[-‐]/.test(token.text)) return token.isWord ? [token] : [];
    const parts: Token[] = [];
    for (const match of token.text.matchAll(/[^-‐]+/g)) {
      const start = token.start + match.index;
      parts.push({ text: match[0], start, end: start + match[0].length, isWord: true });
    }
    return parts;
  });
}

export function compileGlossary(entries: readonly GlossaryEntry[], words: WordKeys): TermIndex {
  const forms: TermForm[] = [];
  for (const entry of entries) {
    for (const written of [entry.term, ...entry.variants]) {
      const parts = wordParts(written);
      if (parts.length === 0) continue;
      forms.push({
        termId: entry.id,
        parts: parts.map((part) => words.keysOf(part.text)[0] ?? part.text.toLowerCase()),
        functionParts: parts.map((part) => words.isFunctionWord(part.text)),
      });
    }
  }
  return buildTermIndex(forms);
}

/**
 * Where the glossary's terms occur in a text, as character spans. A reordered match covers the words between its
 * parts ("akkoorden van Minsk"). `extraKeys` adds keys to the tokens starting at given offsets: the parts of a
 * separable verb carry the verb's key, so the term "aangeven" marks both "gaf" and "aan" in "gaf … aan".
 */
export function findTerms(
  text: string,
  glossary: TermIndex,
  words: WordKeys,
  extraKeys: ReadonlyMap<number, readonly string[]> = new Map(),
): TermOccurrence[] {
  const tokens = wordParts(text);
  const matchTokens: MatchToken[] = tokens.map((token) => ({
    keys: [...words.keysOf(token.text), ...(extraKeys.get(token.start) ?? [])],
    isFunctionWord: words.isFunctionWord(token.text),
  }));
  return matchTerms(matchTokens, glossary).map((match) => ({
    termId: match.termId,
    start: tokens[match.first]!.start,
    end: tokens[match.last]!.end,
  }));
}

import type { Span } from "@/lib/text/span";
import { tokenize, type Token } from "@/lib/text/tokens";
import { compoundSpellings } from "./compound-spellings";
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

function formOf(termId: string, parts: readonly string[], words: WordKeys): TermForm {
  return {
    termId,
    parts: parts.map((part) => words.keysOf(part)[0] ?? part.toLowerCase()),
    functionParts: parts.map((part) => words.isFunctionWord(part)),
  };
}

/**
 * Compiles terms for matching: each written form and variant, and the spellings in which some of its words are
 * closed up into one compound ("NAVO-Rusland Raad" also as "NAVO-Ruslandraad").
 */
export function compileGlossary(entries: readonly GlossaryEntry[], words: WordKeys): TermIndex {
  const forms: TermForm[] = [];
  for (const entry of entries) {
    for (const written of [entry.term, ...entry.variants]) {
      const parts = wordParts(written).map((part) => part.text);
      if (parts.length === 0) continue;
      forms.push(formOf(entry.id, parts, words));
      for (const spelling of compoundSpellings(parts, (word) => words.isFunctionWord(word)))
        forms.push(formOf(entry.id, spelling, words));
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

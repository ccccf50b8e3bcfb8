/**
 * Annotates a paragraph for the reader: its language, its sentences, and for each word token of a Dutch paragraph
 * the word-card analysis (lemmas, glosses, compound, separable verb, frequency, name). This is the hot path:
 * analyses of a word form in the same position class are memoised per dictionary, so running text costs little
 * more than tokenising once the common words have been seen.
 *
 * annotateParagraph("Ook bespraken ze hervormingen.", d) →
 *   { language: "nl", sentences: [{ start: 0, end: 30, tokens: [{ text: "Ook", start: 0, end: 3, analysis }, …] }] }
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { splitSentences } from "@/lib/text/sentences";
import { tokenize, type Token } from "@/lib/text/tokens";
import {
  analyzeForm,
  sentenceWords,
  separableVerbReading,
  wordPosition,
  type SentenceTokens,
  type WordAnalysis,
} from "./analyze-word";
import { detectLanguage, type TextLanguage } from "./detect-language";
import { lemmatize } from "./lemmatize";
import { findSeparableVerbs } from "./separable-verbs";

export interface AnnotatedToken extends Token {
  /** Absent for numbers and for tokens of a paragraph that is not Dutch. */
  analysis?: WordAnalysis;
}

export interface AnnotatedSentence {
  /** Offsets into the paragraph. */
  start: number;
  end: number;
  /** Token offsets are into the paragraph too; separable-verb indices are into this array. */
  tokens: AnnotatedToken[];
}

export interface ParagraphAnnotation {
  language: TextLanguage;
  sentences: AnnotatedSentence[];
}

/** Bounds the memo so a long-running server does not grow without limit; it is rebuilt when full. */
const MAX_MEMO_ENTRIES = 100_000;

interface Memo {
  analyses: Map<string, WordAnalysis>;
  lemmas: Map<string, readonly string[]>;
}

function memoised<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

const memos = new WeakMap<Dictionary, Memo>();

function memoFor(dictionary: Dictionary): Memo {
  let memo = memos.get(dictionary);
  if (memo === undefined || memo.analyses.size + memo.lemmas.size > MAX_MEMO_ENTRIES) {
    memo = { analyses: new Map(), lemmas: new Map() };
    memos.set(dictionary, memo);
  }
  return memo;
}

export function annotateParagraph(
  paragraph: string,
  dictionary: Dictionary,
  fallbackLanguage: TextLanguage = "nl",
): ParagraphAnnotation {
  const language = detectLanguage(paragraph, fallbackLanguage);
  const memo = memoFor(dictionary);
  const sentences = splitSentences(paragraph).map((span): AnnotatedSentence => {
    const text = paragraph.slice(span.start, span.end);
    const tokens = tokenize(text);
    const shifted = tokens.map((token) => ({ ...token, start: token.start + span.start, end: token.end + span.start }));
    if (language !== "nl") return { ...span, tokens: shifted };
    return { ...span, tokens: annotateSentence({ text, tokens }, shifted, dictionary, memo) };
  });
  return { language, sentences };
}

function annotateSentence(
  sentence: SentenceTokens,
  shifted: Token[],
  dictionary: Dictionary,
  memo: Memo,
): AnnotatedToken[] {
  const annotated: AnnotatedToken[] = shifted.map((token, index) => {
    if (!token.isWord) return token;
    const position = wordPosition(sentence.tokens, index);
    const key = `${token.text}\u0000${position.sentenceInitial ? 1 : 0}${position.preference}`;
    const analysis = memoised(memo.analyses, key, () => analyzeForm(dictionary, token.text, position));
    return { text: token.text, start: token.start, end: token.end, isWord: true, analysis };
  });
  const lemmasOf = (word: string) =>
    memoised(memo.lemmas, word, () => lemmatize(word, dictionary).map((candidate) => candidate.lemma));
  const pairs = findSeparableVerbs(sentenceWords(sentence, lemmasOf), (word) => dictionary.isDutchWord(word));
  for (const pair of pairs) {
    const separableVerb = separableVerbReading(pair, dictionary);
    for (const index of [pair.verbIndex, pair.particleIndex]) {
      const token = annotated[index];
      if (token?.analysis !== undefined)
        annotated[index] = { ...token, analysis: { ...token.analysis, separableVerb } };
    }
  }
  return annotated;
}

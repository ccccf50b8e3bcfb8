import { tokenize } from "@/lib/text/tokens";
import { dutchTokenKeys, englishTokenKeys, punctuationKeys } from "./match-keys";
import type { Lexicon } from "./types";

/**
 * How much of two runs of sentences translates into each other: the share of token weight, counted on both sides,
 * that finds a matching token on the other side (a weighted Dice coefficient). Tokens match when they share a
 * match key (match-keys.ts). A token weighs its inverse document frequency within its own side, so a name that
 * occurs once says much and "de"/"the" say almost nothing.
 *
 * Dutch ["Rosa brengt regen.", "Het is koud."], English ["Rosa brings rain.", "It is cold."], with a lexicon that
 * knows brengt, regen, het and koud: similarity(0, 1, 0, 1) = 1 (Rosa, bring, rain), similarity(0, 1, 1, 2) = 0.
 *
 * The whole document is indexed once, so that paragraph and sentence alignment share one set of statistics and
 * every query is a range of sentence indices (end exclusive). Keys are interned as integers and a query marks the
 * keys of one side with a stamp, so it costs time proportional to the tokens involved, without allocating.
 */
export class LexicalOverlap {
  private readonly source: IndexedSide;
  private readonly target: IndexedSide;
  private readonly sourceMarks: Uint32Array;
  private readonly targetMarks: Uint32Array;
  private stamp = 0;

  constructor(sourceSentences: readonly string[], targetSentences: readonly string[], lexicon: Lexicon) {
    const keyIds = new Map<string, number>();
    const intern = (key: string): number => {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(key, id);
      }
      return id;
    };
    // Words repeat within a document: derive (and look up) each spelling's keys once.
    this.source = indexSide(
      sourceSentences,
      memoize((token) => dutchTokenKeys(token, lexicon).map(intern)),
      intern,
    );
    this.target = indexSide(
      targetSentences,
      memoize((token) => englishTokenKeys(token).map(intern)),
      intern,
    );
    this.sourceMarks = new Uint32Array(keyIds.size);
    this.targetMarks = new Uint32Array(keyIds.size);
  }

  similarity(sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): number {
    this.stamp++;
    markKeys(this.source, sourceStart, sourceEnd, this.sourceMarks, this.stamp);
    markKeys(this.target, targetStart, targetEnd, this.targetMarks, this.stamp);
    const matched =
      matchedWeight(this.source, sourceStart, sourceEnd, this.targetMarks, this.stamp) +
      matchedWeight(this.target, targetStart, targetEnd, this.sourceMarks, this.stamp);
    const total = totalWeight(this.source, sourceStart, sourceEnd) + totalWeight(this.target, targetStart, targetEnd);
    return total > 0 ? matched / total : 0;
  }
}

/**
 * One side of the document in compressed-row form: sentence s owns tokens sentenceTokens[s]..sentenceTokens[s+1],
 * token t owns keys tokenKeys[t]..tokenKeys[t+1] of `keys`; sentenceKeys/distinctKeys list each sentence's keys once.
 */
interface IndexedSide {
  sentenceTokens: Int32Array;
  tokenWeights: Float64Array;
  tokenKeys: Int32Array;
  keys: Int32Array;
  sentenceKeys: Int32Array;
  distinctKeys: Int32Array;
  sentenceWeights: Float64Array;
}

function indexSide(
  sentences: readonly string[],
  keyIdsOf: (token: string) => readonly number[],
  intern: (key: string) => number,
): IndexedSide {
  const tokenKeyLists = sentences.map((sentence) => [
    ...tokenize(sentence).map((token) => keyIdsOf(token.text)),
    ...punctuationKeys(sentence).map((key) => [intern(key)]),
  ]);
  const weightOfKey = inverseDocumentFrequencies(tokenKeyLists);

  const sentenceTokens = new Int32Array(sentences.length + 1);
  const sentenceKeys = new Int32Array(sentences.length + 1);
  const sentenceWeights = new Float64Array(sentences.length);
  const tokenWeights: number[] = [];
  const tokenKeys: number[] = [0];
  const keys: number[] = [];
  const distinctKeys: number[] = [];
  const lastSentenceOfKey = new Map<number, number>();
  tokenKeyLists.forEach((tokens, sentence) => {
    let sentenceWeight = 0;
    for (const tokenKeyIds of tokens) {
      const weight = weightOfKey(tokenKeyIds[0]!);
      tokenWeights.push(weight);
      sentenceWeight += weight;
      for (const id of tokenKeyIds) {
        keys.push(id);
        if (lastSentenceOfKey.get(id) !== sentence) distinctKeys.push(id);
        lastSentenceOfKey.set(id, sentence);
      }
      tokenKeys.push(keys.length);
    }
    sentenceWeights[sentence] = sentenceWeight;
    sentenceTokens[sentence + 1] = tokenWeights.length;
    sentenceKeys[sentence + 1] = distinctKeys.length;
  });
  return {
    sentenceTokens,
    tokenWeights: Float64Array.from(tokenWeights),
    tokenKeys: Int32Array.from(tokenKeys),
    keys: Int32Array.from(keys),
    sentenceKeys,
    distinctKeys: Int32Array.from(distinctKeys),
    sentenceWeights,
  };
}

/** idf of a token, identified by its first key (its own spelling): log(1 + sentences / sentences containing it). */
function inverseDocumentFrequencies(
  tokenKeyLists: readonly (readonly (readonly number[])[])[],
): (keyId: number) => number {
  const documentFrequency = new Map<number, number>();
  for (const tokens of tokenKeyLists) {
    for (const id of new Set(tokens.map((keys) => keys[0]!))) {
      documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
    }
  }
  const sentences = tokenKeyLists.length;
  return (keyId) => Math.log(1 + sentences / (documentFrequency.get(keyId) ?? 1));
}

function markKeys(side: IndexedSide, start: number, end: number, marks: Uint32Array, stamp: number): void {
  for (let k = side.sentenceKeys[start]!; k < side.sentenceKeys[end]!; k++) marks[side.distinctKeys[k]!] = stamp;
}

function matchedWeight(side: IndexedSide, start: number, end: number, otherMarks: Uint32Array, stamp: number): number {
  let matched = 0;
  for (let token = side.sentenceTokens[start]!; token < side.sentenceTokens[end]!; token++) {
    for (let k = side.tokenKeys[token]!; k < side.tokenKeys[token + 1]!; k++) {
      if (otherMarks[side.keys[k]!] === stamp) {
        matched += side.tokenWeights[token]!;
        break;
      }
    }
  }
  return matched;
}

function totalWeight(side: IndexedSide, start: number, end: number): number {
  let total = 0;
  for (let sentence = start; sentence < end; sentence++) total += side.sentenceWeights[sentence]!;
  return total;
}

function memoize<T>(compute: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = compute(word);
      cache.set(word, value);
    }
    return value;
  };
}

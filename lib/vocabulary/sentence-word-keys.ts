/**
 * The lemma key of every word of a Dutch sentence, as saving that word would key it (see vocabularyEntryOf: a
 * separable verb's two parts both get the verb's key, any other word its likeliest lemma's), so the reader can
 * colour each word by the learner's status of its key. Also the keys of every run of 2–4 adjacent words, to find
 * saved phrases ("akkoorden van Minsk" → "akkoord van minsk") wherever they stand.
 *
 * sentenceWordKeys("Zelenski gaf aan dat …", d).words → [{ start: 0, end: 8, key: "zelenski" },
 *   { start: 9, end: 12, key: "aangeven" }, { start: 13, end: 16, key: "aangeven" }, …]
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { annotateParagraph } from "@/lib/language/annotate";
import { lemmaKey } from "@/lib/language/lemma-key";

export interface KeyedSpan {
  /** Offsets into the sentence's text. */
  start: number;
  end: number;
  key: string;
}

export interface SentenceWordKeys {
  words: KeyedSpan[];
  phrases: KeyedSpan[];
}

const LONGEST_PHRASE = 4;

/** Bounded memo of keys by headword or form: lemmaKey lemmatises again, and running text repeats its words. */
const keys = new Map<string, string>();
function keyOf(text: string, dictionary: Dictionary): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = lemmaKey(text, dictionary);
    keys.set(text, key);
  }
  return key;
}

export function sentenceWordKeys(sentence: string, dictionary: Dictionary): SentenceWordKeys {
  const words: KeyedSpan[] = [];
  const parts: KeyedSpan[] = [];
  for (const annotated of annotateParagraph(sentence, dictionary, "nl").sentences) {
    for (const token of annotated.tokens) {
      const analysis = token.analysis;
      if (!token.isWord || analysis === undefined) continue;
      const verb = analysis.separableVerb;
      const headword = verb && verb.certainty === "sure" ? verb.lemma : (analysis.lemmas[0]?.lemma ?? analysis.form);
      words.push({ start: token.start, end: token.end, key: keyOf(headword, dictionary) });
      parts.push({ start: token.start, end: token.end, key: keyOf(token.text, dictionary) });
    }
  }
  const phrases: KeyedSpan[] = [];
  for (let first = 0; first < parts.length; first++) {
    for (let last = first + 1; last < Math.min(parts.length, first + LONGEST_PHRASE); last++) {
      const run = parts.slice(first, last + 1);
      phrases.push({ start: run[0]!.start, end: run[run.length - 1]!.end, key: run.map((part) => part.key).join(" ") });
    }
  }
  return { words, phrases };
}

import type { WordStatus } from "./word-status";

/** A sentence a word was saved in, with the English of its aligned pair and where in its lesson it stands. */
export interface VocabularySentence {
  id: string;
  form: string;
  sentence: string;
  /** "" when the sentence had no English when it was saved. */
  english: string;
  /** Null when the lesson was deleted (or the item was imported). */
  lessonId: string | null;
  lessonTitle: string | null;
  paragraphId: string | null;
  sentencePosition: number | null;
}

/** One row of the vocabulary list. */
export interface VocabularyEntry {
  id: string;
  key: string;
  headword: string;
  english: string;
  note: string;
  status: WordStatus;
  createdAt: Date;
  contexts: VocabularySentence[];
}

/** The sentences of an entry, each once (the first saving of a sentence counts), in the order they were saved. */
export function distinctSentences(contexts: readonly VocabularySentence[]): VocabularySentence[] {
  const seen = new Set<string>();
  return contexts.filter((context) => {
    const text = context.sentence.trim();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/**
 * Whether the row shows the English of each sentence: for phrases (words separated by a space, whose own English,
 * if any, rarely fits every sentence) and for items without English of their own, the aligned sentence is the best
 * translation there is. The list's search repeats this rule in SQL, so that it searches what the row shows.
 *
 * showsSentenceEnglish({ headword: "op de hoogte", english: "informed" }) → true
 * showsSentenceEnglish({ headword: "vrede", english: "" }) → true; ({ headword: "vrede", english: "peace" }) → false
 */
export function showsSentenceEnglish(entry: Pick<VocabularyEntry, "headword" | "english">): boolean {
  return entry.english.trim() === "" || entry.headword.trim().includes(" ");
}

/** Where the sentence stands in its lesson, for a link to it; null when the lesson is gone or the place unknown. */
export function sentencePlace(
  context: VocabularySentence,
): { lessonId: string; paragraphId: string; position: number } | null {
  const { lessonId, paragraphId, sentencePosition } = context;
  if (lessonId === null || paragraphId === null || sentencePosition === null) return null;
  return { lessonId, paragraphId, position: sentencePosition };
}

import type { WordStatus } from "@/lib/vocabulary/word-status";

/** One saved sentence of an exported item, oldest first. */
export interface ExportedContext {
  sentence: string;
  /** The word as it stood in the sentence. */
  form: string;
  /** The sentence's English from the lesson's aligned pair; "" when it had none. */
  english: string;
  lessonTitle: string | null;
}

export interface ExportedItem {
  key: string;
  headword: string;
  english: string;
  note: string;
  status: WordStatus;
  savedAt: Date;
  card: { due: Date; reps: number; lapses: number } | null;
  contexts: ExportedContext[];
}

/**
 * A learner's whole vocabulary as the exports write it: the saved items, and the lemma keys marked known or
 * ignored without ever being saved (which have a status and nothing else).
 */
export interface VocabularyExport {
  userId: string;
  items: ExportedItem[];
  statusOnly: { key: string; status: WordStatus }[];
}

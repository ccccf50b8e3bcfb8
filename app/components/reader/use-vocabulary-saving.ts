"use client";

import { useState } from "react";
import type { SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { saveVocabularyAction, undoSaveVocabularyAction } from "../../actions/vocabulary";
import type { SentenceRef } from "./reader-dom";
import type { ReaderStrings } from "./reader-strings";

/** What is saved: a glossary term, a word of the card (by its offset) or a selected phrase, in its sentence. */
export interface SaveSubject extends SentenceRef {
  form: string;
  termId?: string;
  wordOffset?: number;
}

export type Toast = { message: string; saved?: SavedVocabulary } | null;

/**
 * Saving to the vocabulary from the reader: one save at a time (a double click saves once), a toast that says what
 * happened in the user's language, and undo.
 */
export function useVocabularySaving(lessonId: string, strings: ReaderStrings) {
  const [pending, setPending] = useState(false);
  const [toast, setToast] = useState<Toast>(null);
  const failure = (code: string) => strings.errors[code] ?? strings.errors.unknown ?? "";

  const save = async (subject: SaveSubject): Promise<void> => {
    if (pending) return;
    setPending(true);
    const result = await saveVocabularyAction({
      lessonId,
      paragraphId: subject.paragraphId,
      sentencePosition: subject.sentencePosition,
      form: subject.form,
      termId: subject.termId,
      wordOffset: subject.termId ? undefined : subject.wordOffset,
    });
    setPending(false);
    setToast(result.ok ? { message: strings.saved, saved: result.data } : { message: failure(result.error) });
  };

  const undo = async (saved: SavedVocabulary): Promise<void> => {
    const result = await undoSaveVocabularyAction(saved);
    setToast({ message: result.ok ? strings.removed : failure(result.error) });
  };

  return { pending, toast, save, undo };
}

"use client";

import { useState } from "react";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { saveVocabularyAction, undoSaveVocabularyAction } from "../../actions/vocabulary";
import type { SentenceRef } from "./reader-dom";
import type { ReaderStrings } from "./reader-strings";
import type { ReaderToast } from "./use-reader-toast";

/** What is saved: a glossary term, a word of the card (by its offset) or a selected phrase, in its sentence. */
export interface SaveSubject extends SentenceRef {
  form: string;
  termId?: string;
  wordOffset?: number;
}

/** What a save did, in words: a new word, a new sentence for a word already saved, or nothing new. */
function savedMessage(saved: SavedVocabulary, strings: ReaderStrings): string {
  const template = saved.itemCreated
    ? strings.saved
    : saved.contextCreated
      ? strings.savedSentence
      : strings.alreadySaved;
  return fillPlaceholders(template, { word: saved.headword });
}

/**
 * Saving to the vocabulary from the reader: one save at a time (a double click saves once), a message that names
 * the word and says what happened, and an undo that says what it really undid. `onChange` hears of every save and
 * undo, so the word's mark in the text follows at once.
 */
export function useVocabularySaving(
  lessonId: string,
  strings: ReaderStrings,
  show: (toast: ReaderToast) => void,
  onChange: (saved: SavedVocabulary, undone: boolean) => void,
) {
  const [pending, setPending] = useState(false);
  const failure = (code: string) => strings.errors[code] ?? strings.errors.unknown ?? "";

  const undo = async (saved: SavedVocabulary): Promise<string> => {
    const result = await undoSaveVocabularyAction(saved);
    if (!result.ok) return failure(result.error);
    onChange(saved, true);
    const word = saved.headword;
    if (saved.itemCreated) return fillPlaceholders(strings.removed, { word });
    if (saved.contextCreated) return fillPlaceholders(strings.removedSentence, { word });
    return fillPlaceholders(strings.statusRestored, { word, status: strings[`status_${saved.previousStatus}`] });
  };

  const save = async (subject: SaveSubject): Promise<SavedVocabulary | null> => {
    if (pending) return null;
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
    if (!result.ok) {
      show({ message: failure(result.error) });
      return null;
    }
    const saved = result.data;
    onChange(saved, false);
    const changed = saved.itemCreated || saved.contextCreated || saved.previousStatus !== "learning";
    show({ message: savedMessage(saved, strings), ...(changed ? { undo: () => undo(saved) } : {}) });
    return saved;
  };

  return { pending, save };
}

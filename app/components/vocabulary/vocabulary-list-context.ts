"use client";

import { createContext, useContext } from "react";
import type { VocabularyListStrings } from "./vocabulary-list-strings";

/** A message under the list: what just happened, with an undo when it can be undone. */
export interface ListMessage {
  text: string;
  /** Undoes the change and answers with the message to show then (what was undone, or why it could not be). */
  undo?: () => Promise<string>;
  /** Where the keyboard goes: to Undo (so it is one key away), to the message itself, or nowhere. */
  focus: "undo" | "message" | "none";
}

/** What the rows' checkboxes and delete buttons share with the list around them. */
export interface VocabularyListContext {
  strings: VocabularyListStrings;
  isSelected: (itemId: string) => boolean;
  select: (itemId: string, selected: boolean) => void;
  show: (message: ListMessage) => void;
}

export const ListContext = createContext<VocabularyListContext | null>(null);

export function useVocabularyList(): VocabularyListContext {
  const context = useContext(ListContext);
  if (!context) throw new Error("useVocabularyList is used outside VocabularyListForm");
  return context;
}

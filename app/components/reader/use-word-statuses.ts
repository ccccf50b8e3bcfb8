"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LessonWordStatuses } from "@/lib/lessons/lesson-word-statuses.server";
import type { StatusMark } from "@/lib/vocabulary/status-marks";
import { clearStatuses, paintStatuses } from "./status-paint";

/** A word's key and the learner's mark for it, as the word card shows it. */
export interface WordStatusInfo {
  key: string;
  mark: StatusMark;
  /** Whether the word is in the learner's vocabulary. */
  saved: boolean;
}

async function fetchStatuses(lessonId: string, page: number): Promise<LessonWordStatuses | null> {
  try {
    const response = await fetch(`/api/lessons/${encodeURIComponent(lessonId)}/word-statuses?page=${page}`, {
      cache: "no-store",
    });
    return response.ok ? ((await response.json()) as LessonWordStatuses) : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in learner's word statuses for this page of the lesson: fetched once, painted over the text, and
 * updated in place when the learner saves a word or changes a status (no refetch, no re-render of the text).
 */
export function useWordStatuses(lessonId: string, page: number, signedIn: boolean) {
  const [statuses, setStatuses] = useState<LessonWordStatuses | null>(null);
  const [marks, setMarks] = useState<StatusMark[]>([]);
  const [saved, setSaved] = useState<ReadonlySet<number>>(new Set());
  const [colours, setColours] = useState(true);
  const keyIndex = useRef(new Map<string, number>());

  const apply = useCallback((loaded: LessonWordStatuses) => {
    keyIndex.current = new Map(loaded.keys.map((key, index) => [key, index]));
    setStatuses(loaded);
    setMarks(loaded.marks);
    setSaved(new Set(loaded.saved));
    setColours(loaded.colours);
  }, []);

  const load = useCallback(async () => {
    const loaded = await fetchStatuses(lessonId, page);
    if (loaded) apply(loaded);
  }, [lessonId, page, apply]);

  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    void fetchStatuses(lessonId, page).then((loaded) => {
      if (current && loaded) apply(loaded);
    });
    return () => {
      current = false;
    };
  }, [signedIn, lessonId, page, apply]);

  const shown = signedIn ? statuses : null;
  useEffect(() => {
    const root = document.getElementById("reader");
    if (!root || !shown || !colours) {
      clearStatuses();
      return;
    }
    paintStatuses(root, shown, marks);
    return clearStatuses;
  }, [shown, marks, colours]);

  /** The key and mark of the word at `offset` of a sentence pair, or of a glossary term. */
  const statusAt = useCallback(
    (pair: string, offset: number | undefined, termId?: string): WordStatusInfo | null => {
      if (!shown) return null;
      let index: number | undefined;
      if (termId) index = shown.terms[termId];
      else if (offset !== undefined) {
        const triples = shown.words[pair] ?? [];
        for (let at = 0; at + 2 < triples.length; at += 3) {
          if (triples[at]! <= offset && offset < triples[at + 1]!) index = triples[at + 2];
        }
      }
      return index === undefined
        ? null
        : { key: shown.keys[index]!, mark: marks[index] ?? "new", saved: saved.has(index) };
    },
    [shown, marks, saved],
  );

  /**
   * Shows a new mark for a key at once (and whether it is saved, when that changed); a key not on this page (a
   * phrase saved for the first time) makes the map load again.
   */
  const setMark = useCallback(
    (key: string, mark: StatusMark, isSaved?: boolean) => {
      const index = keyIndex.current.get(key);
      if (index === undefined) {
        void load();
        return;
      }
      setMarks((current) => current.map((value, at) => (at === index ? mark : value)));
      if (isSaved !== undefined) {
        setSaved((current) => {
          const next = new Set(current);
          if (isSaved) next.add(index);
          else next.delete(index);
          return next;
        });
      }
    },
    [load],
  );

  return { loaded: shown !== null, colours, setColours, statusAt, setMark, reload: load };
}

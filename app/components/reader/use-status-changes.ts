"use client";

import { useState } from "react";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { StatusMark } from "@/lib/vocabulary/status-marks";
import type { WordStatus } from "@/lib/vocabulary/word-status";
import {
  changeWordStatusAction,
  markRestKnownAction,
  undoMarkKnownAction,
  undoWordStatusAction,
} from "../../actions/word-status";
import type { ReaderStrings } from "./reader-strings";
import type { ReaderToast } from "./use-reader-toast";
import type { WordStatusInfo } from "./use-word-statuses";

/** The mark a status shows right after a change (a word back to learning is repainted from the server). */
export function markOfStatus(status: WordStatus): StatusMark {
  return status === "learning" ? "learning-1" : status;
}

/** Setting a word's status from its card, and "Mark the rest as known", each with a message and undo. */
export function useStatusChanges(
  lessonId: string,
  strings: ReaderStrings,
  show: (toast: ReaderToast) => void,
  marks: { setMark: (key: string, mark: StatusMark) => void; reload: () => Promise<void> },
) {
  const [pending, setPending] = useState(false);
  const failure = (code: string) => strings.errors[code] ?? strings.errors.unknown ?? "";
  const statusName = (status: WordStatus) => strings[`status_${status}`].toLocaleLowerCase();

  const apply = (key: string, status: WordStatus) =>
    status === "learning" ? void marks.reload() : marks.setMark(key, markOfStatus(status));

  const changeStatus = async (info: WordStatusInfo, word: string, status: WordStatus) => {
    if (pending) return;
    setPending(true);
    const result = await changeWordStatusAction({ key: info.key, status });
    setPending(false);
    if (!result.ok) return show({ message: failure(result.error) });
    const previous = result.data;
    apply(info.key, status);
    show({
      message: fillPlaceholders(strings.statusChanged, { word, status: statusName(status) }),
      undo: async () => {
        const undone = await undoWordStatusAction({ key: info.key, status: previous });
        if (!undone.ok) return failure(undone.error);
        apply(info.key, previous);
        return fillPlaceholders(strings.statusRestored, { word, status: statusName(previous) });
      },
    });
  };

  const markRest = async () => {
    if (pending) return;
    setPending(true);
    const result = await markRestKnownAction(lessonId);
    setPending(false);
    if (!result.ok) return show({ message: failure(result.error) });
    const keys = result.data;
    void marks.reload();
    if (keys.length === 0) return show({ message: strings.markedKnownNone });
    show({
      message:
        keys.length === 1 ? strings.markedKnownOne : fillPlaceholders(strings.markedKnown, { count: keys.length }),
      undo: async () => {
        const undone = await undoMarkKnownAction(keys);
        if (!undone.ok) return failure(undone.error);
        void marks.reload();
        return strings.markedKnownUndone;
      },
    });
  };

  return { pending, changeStatus, markRest };
}

"use client";

import type { WordStatus } from "@/lib/vocabulary/word-status";
import type { ReaderStrings } from "./reader-strings";

const SETTABLE = ["learning", "known", "ignored"] as const;

/**
 * The word card's status: what it is now, and buttons (keys L, K, I) to set it. "Learning" of a word not yet saved
 * saves it; a saved word's card says it is in the vocabulary instead of offering to save it again.
 */
export function WordStatusControls(props: {
  strings: ReaderStrings;
  status: WordStatus;
  saved: boolean;
  pending: boolean;
  onSet: (status: Exclude<WordStatus, "new">) => void;
}) {
  const { strings, status } = props;
  return (
    <div className="card-status">
      <p>
        {strings.status}: <strong>{strings[`status_${status}`]}</strong>
        {props.saved && <span className="badge"> {strings.inVocabulary}</span>}
      </p>
      <div role="group" aria-label={strings.status} className="status-buttons">
        {SETTABLE.map((target) => (
          <button
            key={target}
            type="button"
            className={target === "learning" && !props.saved ? undefined : "secondary"}
            aria-pressed={status === target}
            aria-keyshortcuts={target === "learning" ? "L" : target === "known" ? "K" : "I"}
            disabled={props.pending}
            onClick={() => props.onSet(target)}
          >
            {target === "learning" && !props.saved ? strings.save : strings[`setStatus_${target}`]}
          </button>
        ))}
      </div>
      <p className="card-hint">{strings.statusKeys}</p>
    </div>
  );
}

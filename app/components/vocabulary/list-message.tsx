"use client";

import { useEffect, useRef, useState } from "react";
import type { ListMessage } from "./vocabulary-list-context";

interface Props {
  message: ListMessage | null;
  undoLabel: string;
  closeLabel: string;
  /** Shows what the undo answered. */
  onUndone: (text: string) => void;
  onClose: () => void;
}

/**
 * What the last change did, said politely to screen readers, with its Undo. The keyboard goes where the message
 * asks (to Undo after a delete or a bulk change), so undoing is one key away without walking back through the list.
 */
export function ListMessageBar({ message, undoLabel, closeLabel, onUndone, onClose }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const [undoing, setUndoing] = useState(false);

  useEffect(() => {
    if (message?.focus === "undo") undoButton.current?.focus();
    else if (message?.focus === "message") text.current?.focus();
  }, [message]);

  const undo = message?.undo;

  return (
    <div className="toast" role="status" aria-live="polite">
      {message && (
        <>
          <span ref={text} tabIndex={-1}>
            {message.text}
          </span>
          {undo && (
            <button
              ref={undoButton}
              type="button"
              className="link-button"
              disabled={undoing}
              onClick={async () => {
                setUndoing(true);
                try {
                  onUndone(await undo());
                } finally {
                  setUndoing(false);
                }
              }}
            >
              {undoLabel}
            </button>
          )}
          <button type="button" className="link-button" onClick={onClose}>
            {closeLabel}
          </button>
        </>
      )}
    </div>
  );
}

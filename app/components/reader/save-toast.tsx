"use client";

import { useEffect } from "react";
import type { ReaderToast, ToastEdge } from "./use-reader-toast";

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Says what a save or status change did, politely to screen readers, and goes away by itself. Its undo is a button
 * and the key U, so keyboard users need not walk the page to reach it. A mouse resting on it, or the focus in it,
 * keeps it; a finger's tap does not (a touch screen has no "pointer leaves" to let it go again).
 */
export function SaveToast(props: {
  toast: ReaderToast | null;
  edge: ToastEdge;
  undoLabel: string;
  onUndo: () => void;
  onPause: () => void;
  onResume: () => void;
}) {
  const { toast, onUndo } = props;
  const canUndo = toast?.undo !== undefined;
  useEffect(() => {
    if (!canUndo) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "u" || event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target))
        return;
      event.preventDefault();
      onUndo();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canUndo, onUndo]);

  return (
    <div
      className={`toast toast-${props.edge}`}
      role="status"
      aria-live="polite"
      onPointerEnter={(event) => event.pointerType === "mouse" && props.onPause()}
      onPointerLeave={(event) => event.pointerType === "mouse" && props.onResume()}
      onFocus={props.onPause}
      onBlur={props.onResume}
    >
      {toast && (
        <>
          <span>{toast.message}</span>
          {canUndo && (
            <button type="button" className="link-button" onClick={onUndo}>
              {props.undoLabel}
            </button>
          )}
        </>
      )}
    </div>
  );
}

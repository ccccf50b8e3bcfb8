"use client";

import { useEffect, useRef, useState } from "react";
import type { TrackerStrings } from "./reading-tracker";

/**
 * "I have finished this lesson" at the end of a tracked lesson's last page; after sending, a thank-you that takes
 * the focus (the button it replaces is gone) and is announced.
 */
export function FinishLessonButton({ strings, onFinish }: { strings: TrackerStrings; onFinish: () => Promise<void> }) {
  const [state, setState] = useState<"ready" | "sending" | "done">("ready");
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state === "done") thanks.current?.focus();
  }, [state]);

  return (
    <section className="finish-lesson" aria-label={strings.finish}>
      {state === "done" ? (
        <p ref={thanks} role="status" tabIndex={-1}>
          {strings.thanks}
        </p>
      ) : (
        <>
          <p>{strings.prompt}</p>
          <button
            type="button"
            disabled={state === "sending"}
            onClick={async () => {
              setState("sending");
              await onFinish();
              setState("done");
            }}
          >
            {state === "sending" ? strings.sending : strings.finish}
          </button>
        </>
      )}
    </section>
  );
}

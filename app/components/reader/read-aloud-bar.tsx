"use client";

import { ReadAloudSpeed } from "./read-aloud-speed";
import type { ReadAloudState } from "./use-read-aloud";

/**
 * The controls of a reading in progress, kept at the top of the screen while the learner scrolls the "Read aloud"
 * controls away (read-aloud.tsx shows it only then): pause or resume, stop and the speed, in one row no taller than
 * a line of the text, beneath the word card and the other popups (see "Read-aloud bar" in globals.css).
 */
export function ReadAloudBar(props: {
  strings: { playing: string; pause: string; resume: string; stop: string; speed: string };
  state: Exclude<ReadAloudState, "idle">;
  rate: number;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  /** Whether the focus is in the bar; a blur without a next element (the bar removed under it) leaves it true. */
  onFocusChange: (inside: boolean) => void;
}) {
  const { strings, state } = props;
  return (
    <div
      className="read-aloud-bar"
      role="group"
      aria-label={strings.playing}
      onFocus={() => props.onFocusChange(true)}
      onBlur={(event) => {
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) props.onFocusChange(false);
      }}
    >
      <button type="button" className="secondary" onClick={state === "paused" ? props.onResume : props.onPause}>
        {state === "paused" ? strings.resume : strings.pause}
      </button>
      <button type="button" className="secondary" onClick={props.onStop}>
        {strings.stop}
      </button>
      <ReadAloudSpeed label={strings.speed} rate={props.rate} disabled={false} />
    </div>
  );
}

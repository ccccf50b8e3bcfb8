"use client";

import { useEffect, useId, useRef, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { ReadAloudBar } from "./read-aloud-bar";
import { ReadAloudSpeed } from "./read-aloud-speed";
import { dutchSentenceAt } from "./reader-dom";
import { useDutchVoiceChoice } from "./use-dutch-voice";
import { useReadAloud } from "./use-read-aloud";
import { useReadingSettings } from "./use-reading-settings";

export interface ReadAloudStrings {
  title: string;
  wholeText: string;
  paragraph: string;
  sentence: string;
  pause: string;
  resume: string;
  stop: string;
  speed: string;
  hint: string;
  noVoice: string;
  playing: string;
}

const DUTCH_SENTENCES = "#reader .cell-nl .sentence[data-pair]";

/** The bar's place in the server-rendered page (between the header and the text), which does not change under it. */
const noSubscription = () => () => {};

/**
 * Reading aloud with the browser's Dutch voice: the whole page, or the paragraph or sentence the learner last
 * clicked or focused (the first one until then), at a speed of their choice. Without a Dutch voice the controls stay,
 * disabled, and say why. Folded into a disclosure beside "Reading settings", so that on a phone the text still
 * starts on the first screen. While it reads, a bar between the header and the text keeps pause, stop and the speed
 * at the top of the screen as the learner scrolls (read-aloud-bar.tsx).
 */
export function ReadAloud({ strings }: { strings: ReadAloudStrings }) {
  const voice = useDutchVoiceChoice();
  const { speechRate } = useReadingSettings();
  const { state, read, pause, resume, stop, lastSentence } = useReadAloud(voice, speechRate);
  const chosen = useRef<HTMLElement | null>(null);
  const barSlot = useSyncExternalStore(
    noSubscription,
    () => document.getElementById("read-aloud-bar-slot"),
    () => null,
  );
  const showBar = state !== "idle" && barSlot !== null;
  const focusInBar = useRef(false);
  const id = useId();

  useEffect(() => {
    const root = document.getElementById("reader");
    if (!root) return;
    const remember = (event: Event) => {
      const sentence = dutchSentenceAt(event.target);
      if (sentence) chosen.current = sentence;
    };
    root.addEventListener("focusin", remember);
    root.addEventListener("click", remember);
    return () => {
      root.removeEventListener("focusin", remember);
      root.removeEventListener("click", remember);
    };
  }, []);

  // The bar goes when the reading ends or stops: the focus it had goes to the sentence read last, not to the top of
  // the page.
  useEffect(() => {
    if (showBar || !focusInBar.current) return;
    focusInBar.current = false;
    if (document.activeElement === document.body) lastSentence.current?.focus({ preventScroll: true });
  }, [showBar, lastSentence]);

  const all = () => Array.from(document.querySelectorAll<HTMLElement>(DUTCH_SENTENCES));
  const current = () => (chosen.current?.isConnected ? chosen.current : all()[0]);
  const readParagraph = () => {
    const row = current()?.closest(".row");
    if (row) read(Array.from(row.querySelectorAll<HTMLElement>(".cell-nl .sentence[data-pair]")));
  };
  const readSentence = () => {
    const sentence = current();
    if (sentence) read([sentence]);
  };

  const disabled = !voice;
  return (
    <>
      <details className="read-aloud-disclosure">
        <summary id={`${id}-title`}>{strings.title}</summary>
        <div className="read-aloud" role="group" aria-labelledby={`${id}-title`}>
          <button type="button" className="secondary" disabled={disabled} onClick={() => read(all())}>
            {strings.wholeText}
          </button>
          <button type="button" className="secondary" disabled={disabled} onClick={readParagraph}>
            {strings.paragraph}
          </button>
          <button type="button" className="secondary" disabled={disabled} onClick={readSentence}>
            {strings.sentence}
          </button>
          <ReadAloudSpeed label={strings.speed} rate={speechRate} disabled={disabled} />
          <p className="read-aloud-note" aria-live="polite">
            {voice === null ? strings.noVoice : strings.hint}
          </p>
        </div>
      </details>
      {showBar &&
        createPortal(
          <ReadAloudBar
            strings={strings}
            state={state}
            rate={speechRate}
            onPause={pause}
            onResume={resume}
            onStop={stop}
            onFocusChange={(inside) => (focusInBar.current = inside)}
          />,
          barSlot,
        )}
    </>
  );
}

"use client";

import { useEffect, useId, useRef } from "react";
import { SPEECH_RATES } from "@/lib/reading/reading-settings";
import { dutchSentenceAt } from "./reader-dom";
import { useDutchVoiceChoice } from "./use-dutch-voice";
import { useReadAloud } from "./use-read-aloud";
import { updateReadingSettings, useReadingSettings } from "./use-reading-settings";

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
}

const DUTCH_SENTENCES = "#reader .cell-nl .sentence[data-pair]";

/**
 * Reading aloud with the browser's Dutch voice: the whole page, or the paragraph or sentence the learner last
 * clicked or focused (the first one until then), at a speed of their choice. Without a Dutch voice the controls stay,
 * disabled, and say why. Folded into a disclosure beside "Reading settings", so that on a phone the text still
 * starts on the first screen.
 */
export function ReadAloud({ strings }: { strings: ReadAloudStrings }) {
  const voice = useDutchVoiceChoice();
  const { speechRate } = useReadingSettings();
  const { state, read, pause, resume, stop } = useReadAloud(voice, speechRate);
  const chosen = useRef<HTMLElement | null>(null);
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
        <button
          type="button"
          className="secondary"
          disabled={state === "idle"}
          onClick={state === "paused" ? resume : pause}
        >
          {state === "paused" ? strings.resume : strings.pause}
        </button>
        <button type="button" className="secondary" disabled={state === "idle"} onClick={stop}>
          {strings.stop}
        </button>
        <label className="read-aloud-speed">
          {strings.speed}{" "}
          <input
            type="range"
            min={SPEECH_RATES.min}
            max={SPEECH_RATES.max}
            step={SPEECH_RATES.step}
            value={speechRate}
            disabled={disabled}
            aria-valuetext={`${speechRate.toFixed(1)}×`}
            onChange={(event) => updateReadingSettings({ speechRate: Number(event.target.value) })}
          />{" "}
          <output>{speechRate.toFixed(1)}×</output>
        </label>
        <p className="read-aloud-note" aria-live="polite">
          {voice === null ? strings.noVoice : strings.hint}
        </p>
      </div>
    </details>
  );
}

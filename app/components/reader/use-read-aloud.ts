"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { tokenize } from "@/lib/text/tokens";
import { coveredTop, highlight, rangeOf } from "./reader-dom";
import { dutchUtterance } from "./use-dutch-voice";

export type ReadAloudState = "idle" | "speaking" | "paused";

/** Highlights of the sentence being read and its word (see ::highlight(reading-aloud) in globals.css). */
const SENTENCE_MARK = "reading-aloud";
const WORD_MARK = "reading-aloud-word";

function clearMarks(): void {
  highlight(SENTENCE_MARK, []);
  highlight(WORD_MARK, []);
}

/** Brings a sentence that is off screen (or under the read-aloud bar) into view as it is read, to follow along. */
function follow(sentence: HTMLElement): void {
  const box = sentence.getBoundingClientRect();
  if (box.top < coveredTop() || box.bottom > window.innerHeight) sentence.scrollIntoView({ block: "center" });
}

/**
 * Reads Dutch sentences aloud one after another, marking the one being read and, where the voice reports its
 * place, the word. One utterance a sentence: Chromium stops long utterances part-way, and the mark moves exactly
 * at each sentence's end. A later rate applies from the next sentence.
 */
export function useReadAloud(voice: SpeechSynthesisVoice | null | undefined, rate: number) {
  const [state, setState] = useState<ReadAloudState>("idle");
  /** The sentence read last, where the focus goes when the bar it was in goes away (read-aloud.tsx). */
  const lastSentence = useRef<HTMLElement | null>(null);
  /** Bumped by each start and stop, so events of a cancelled utterance are ignored. */
  const run = useRef(0);
  const rateRef = useRef(rate);
  useEffect(() => {
    rateRef.current = rate;
  }, [rate]);

  const stop = useCallback(() => {
    run.current += 1;
    if ("speechSynthesis" in window) speechSynthesis.cancel();
    clearMarks();
    setState("idle");
  }, []);

  const read = useCallback(
    (sentences: HTMLElement[]) => {
      if (!voice || sentences.length === 0) return;
      speechSynthesis.cancel();
      const mine = ++run.current;
      const speakAt = (index: number) => {
        const sentence = sentences[index];
        if (run.current !== mine) return;
        if (!sentence) {
          clearMarks();
          setState("idle");
          return;
        }
        lastSentence.current = sentence;
        const text = sentence.textContent ?? "";
        highlight(SENTENCE_MARK, [rangeOf(sentence, 0, text.length)], 1);
        highlight(WORD_MARK, []);
        follow(sentence);
        const utterance = dutchUtterance(text, voice, rateRef.current);
        utterance.onboundary = (event) => {
          if (run.current !== mine || event.name !== "word") return;
          const word = tokenize(text).find((token) => token.isWord && token.end > event.charIndex);
          if (word) highlight(WORD_MARK, [rangeOf(sentence, word.start, word.end)], 2);
        };
        utterance.onend = () => speakAt(index + 1);
        // Our own stop or restart has moved `run` on first; anything else (a failure, or the card's "Listen"
        // cancelling this voice) ends the reading.
        utterance.onerror = () => {
          if (run.current === mine) stop();
        };
        speechSynthesis.speak(utterance);
      };
      setState("speaking");
      speakAt(0);
    },
    [voice, stop],
  );

  const pause = useCallback(() => {
    speechSynthesis.pause();
    setState("paused");
  }, []);
  const resume = useCallback(() => {
    speechSynthesis.resume();
    setState("speaking");
  }, []);

  // Leaving the page stops the voice.
  useEffect(() => stop, [stop]);
  return { state, read, pause, resume, stop, lastSentence };
}

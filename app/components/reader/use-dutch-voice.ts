"use client";

import { useEffect, useState } from "react";
import { useReadingSettings } from "./use-reading-settings";

/** How long to wait for the browser's list of voices (Chromium fills it in a moment after loading). */
const VOICES_WAIT_MS = 1500;

/**
 * The browser's Dutch voice: undefined while the browser is still listing its voices, null when it has none (then
 * Dutch is not read with an English voice: the controls say there is no Dutch voice).
 */
export function useDutchVoiceChoice(): SpeechSynthesisVoice | null | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null | undefined>(undefined);
  useEffect(() => {
    if (!("speechSynthesis" in window)) {
      const timer = setTimeout(() => setVoice(null));
      return () => clearTimeout(timer);
    }
    const pick = (final: boolean) => {
      const voices = speechSynthesis.getVoices();
      const dutch = voices.find((candidate) => /^nl([-_]|$)/i.test(candidate.lang)) ?? null;
      if (dutch || voices.length > 0 || final) setVoice(dutch);
    };
    const onChange = () => pick(false);
    pick(false);
    const timer = setTimeout(() => pick(true), VOICES_WAIT_MS);
    speechSynthesis.addEventListener("voiceschanged", onChange);
    return () => {
      clearTimeout(timer);
      speechSynthesis.removeEventListener("voiceschanged", onChange);
    };
  }, []);
  return voice;
}

/** An utterance of Dutch text in `voice`, at the learner's reading-aloud speed. */
export function dutchUtterance(text: string, voice: SpeechSynthesisVoice, rate: number): SpeechSynthesisUtterance {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = rate;
  return utterance;
}

/** A function that speaks a Dutch word or phrase (the card's "Listen"), or null without a Dutch voice. */
export function useDutchVoice(): ((text: string) => void) | null {
  const voice = useDutchVoiceChoice();
  const { speechRate } = useReadingSettings();
  if (!voice) return null;
  return (text: string) => {
    speechSynthesis.cancel();
    speechSynthesis.speak(dutchUtterance(text, voice, speechRate));
  };
}

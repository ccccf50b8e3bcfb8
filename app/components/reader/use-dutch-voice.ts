"use client";

import { useEffect, useState } from "react";

/**
 * A function that speaks Dutch text with the browser's speech synthesis, or null when the browser has no Dutch
 * voice (then the card offers no "Listen" button rather than reading Dutch with an English voice).
 */
export function useDutchVoice(): ((text: string) => void) | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const pick = () =>
      setVoice(speechSynthesis.getVoices().find((candidate) => /^nl([-_]|$)/i.test(candidate.lang)) ?? null);
    pick();
    speechSynthesis.addEventListener("voiceschanged", pick);
    return () => speechSynthesis.removeEventListener("voiceschanged", pick);
  }, []);
  if (!voice) return null;
  return (text: string) => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speechSynthesis.speak(utterance);
  };
}

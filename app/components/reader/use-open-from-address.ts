"use client";

import { useEffect } from "react";
import type { SentenceRef } from "./reader-dom";

/** `word=<paragraphId>.<position>.<offset>`: the word whose card opens on arrival (dots pass the sign-in's check). */
export function wordParameter(subject: SentenceRef & { wordOffset?: number }): string {
  return `word=${subject.paragraphId}.${subject.sentencePosition}.${subject.wordOffset ?? 0}`;
}

function sentenceElement(paragraphId: string, position: string): HTMLElement | null {
  const pair = `${paragraphId}:${position}`;
  return document.querySelector<HTMLElement>(`.cell-nl .sentence[data-pair="${CSS.escape(pair)}"]`);
}

/**
 * What the address asks the reader to show on arrival: `?word=…` opens that word's card (after "Sign in to save",
 * the learner is back at the word they wanted), `#pair=<paragraphId>:<position>` scrolls to a sentence and focuses
 * it (links from the vocabulary and the review). The parameter is then taken out of the address, so reloading or
 * sharing the page does not open the card again.
 */
export function useOpenFromAddress(openWord: (sentence: HTMLElement, offset: number) => void) {
  useEffect(() => {
    const url = new URL(window.location.href);
    const word = url.searchParams.get("word")?.match(/^([\w-]{1,64})\.(\d{1,5})\.(\d{1,6})$/);
    if (word) {
      url.searchParams.delete("word");
      window.history.replaceState(window.history.state, "", url);
      const sentence = sentenceElement(word[1]!, word[2]!);
      if (sentence) {
        sentence.scrollIntoView({ block: "center" });
        openWord(sentence, Number(word[3]));
      }
      return;
    }
    const pair = url.hash.match(/^#pair=([\w-]{1,64}):(\d{1,5})$/);
    const sentence = pair && sentenceElement(pair[1]!, pair[2]!);
    if (sentence) {
      sentence.scrollIntoView({ block: "center" });
      sentence.focus({ preventScroll: true });
    }
  }, [openWord]);
}

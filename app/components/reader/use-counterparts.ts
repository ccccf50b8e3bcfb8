"use client";

import { useCallback, useRef, useState } from "react";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { SentenceLink } from "@/lib/lesson-model/sentence-links";
import type { WordLookup } from "@/lib/lesson-model/word-lookup";
import type { Span } from "@/lib/text/span";
import { highlight, rangeOf, sentenceOf, sentenceOfPair, wordsOf, type SentenceRef } from "./reader-dom";
import type { ReaderStrings } from "./reader-strings";
import { fetchSentenceLinks } from "./word-lookup-client";

const COUNTERPART = "word-counterpart";

function textOf(element: Element, spans: readonly Span[]): string {
  const text = element.textContent ?? "";
  return spans.map((span) => text.slice(span.start, span.end)).join(" ");
}

/**
 * Word-to-word marks between the columns: a looked-up Dutch word's English counterpart, and a clicked English word
 * with its Dutch counterpart (from the pair's word links, fetched once per pair). `message` says in words what
 * was marked, for screen readers.
 */
export function useCounterparts(lessonId: string, strings: ReaderStrings) {
  const links = useRef(new Map<string, Promise<SentenceLink[]>>());
  const [message, setMessage] = useState("");

  const clear = useCallback(() => {
    highlight(COUNTERPART, []);
    setMessage("");
  }, []);

  /** Marks the English words that translate the looked-up word, in its pair's English sentence. */
  const markLookup = useCallback((ref: SentenceRef, lookup: WordLookup) => {
    const english = sentenceOfPair(`${ref.paragraphId}:${ref.sentencePosition}`, "en");
    const spans = lookup.counterpart?.spans ?? [];
    highlight(COUNTERPART, english ? spans.map((span) => rangeOf(english, span.start, span.end)) : []);
  }, []);

  /** Marks the English word at `offset` of an English sentence and the Dutch word it translates. */
  const markEnglishWord = useCallback(
    async (sentence: HTMLElement, offset: number): Promise<void> => {
      const ref = sentenceOf(sentence);
      const word = wordsOf(sentence).find((token) => token.start <= offset && offset < token.end);
      if (!ref || !word) return;
      const pair = `${ref.paragraphId}:${ref.sentencePosition}`;
      let pending = links.current.get(pair);
      if (!pending) {
        pending = fetchSentenceLinks(lessonId, ref);
        links.current.set(pair, pending);
      }
      const link = (await pending).find((candidate) =>
        candidate.en.some((span) => span.start <= word.start && word.start < span.end),
      );
      const dutch = sentenceOfPair(pair, "nl");
      if (!link || !dutch) {
        highlight(COUNTERPART, [rangeOf(sentence, word.start, word.end)]);
        highlight("word-parts", []);
        setMessage(fillPlaceholders(strings.noCounterpart, { english: word.text }));
        return;
      }
      highlight(
        COUNTERPART,
        link.en.map((span) => rangeOf(sentence, span.start, span.end)),
      );
      highlight(
        "word-parts",
        link.nl.map((span) => rangeOf(dutch, span.start, span.end)),
      );
      setMessage(
        fillPlaceholders(strings.counterpartOf, { english: textOf(sentence, link.en), dutch: textOf(dutch, link.nl) }),
      );
    },
    [lessonId, strings],
  );

  return { message, clear, markLookup, markEnglishWord };
}

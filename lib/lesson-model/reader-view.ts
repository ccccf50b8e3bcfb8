import type { FrequencyBand } from "@/lib/language/frequency";
import type { TermOccurrence } from "@/lib/glossary/find-terms";
import type { ParagraphKind, ParagraphLanguage, TranslationSource } from "./lesson-rows";

/** A stretch of source text, marked when it is an occurrence of a glossary term. */
export interface TextRun {
  text: string;
  termId?: string;
}

export interface ReaderSentence {
  position: number;
  runs: TextRun[];
}

export interface ReaderParagraph {
  id: string;
  /** Position in the whole lesson (reading events name paragraphs by it). */
  position: number;
  kind: ParagraphKind;
  language: ParagraphLanguage;
  translationSource: TranslationSource;
  sentences: ReaderSentence[];
  /** The English of each pair, by the pair's position; null when there is no translation. */
  translation: { position: number; text: string }[] | null;
}

export interface ReaderGlossaryTerm {
  id: string;
  term: string;
  english: string;
  note: string;
  /** How common the term is as a whole (see termFrequencyBand), shown on its card whichever word was clicked. */
  frequencyBand: FrequencyBand;
}

/** One page of a lesson as the reader shows it (long lessons are read a page at a time; see reader-pages.ts). */
export interface ReaderLesson {
  id: string;
  ownerId: string | null;
  title: string;
  titleEnglish: string;
  level: string;
  wordCount: number;
  /** This page's number (from 1) and how many the lesson has. */
  page: number;
  pageCount: number;
  paragraphs: ReaderParagraph[];
  glossary: ReaderGlossaryTerm[];
}

export interface StoredParagraph {
  id: string;
  position: number;
  kind: string;
  language: string;
  sourceText: string;
  translationText: string | null;
  translationSource: string;
  sentences: { position: number; start: number; end: number; translationStart: number; translationEnd: number }[];
}

/**
 * Cuts a sentence into runs at term occurrences. Occurrences that cross the sentence's edge are clipped to it.
 * "de akkoorden van Minsk" with an occurrence 3–22 → ["de ", {"akkoorden van Minsk", term}]
 */
export function sentenceRuns(
  text: string,
  start: number,
  end: number,
  occurrences: readonly TermOccurrence[],
): TextRun[] {
  const runs: TextRun[] = [];
  let at = start;
  for (const occurrence of occurrences) {
    const from = Math.max(occurrence.start, start);
    const to = Math.min(occurrence.end, end);
    if (to <= from || from < at) continue;
    if (from > at) runs.push({ text: text.slice(at, from) });
    runs.push({ text: text.slice(from, to), termId: occurrence.termId });
    at = to;
  }
  if (at < end) runs.push({ text: text.slice(at, end) });
  return runs;
}

export function toReaderParagraph(paragraph: StoredParagraph, occurrences: readonly TermOccurrence[]): ReaderParagraph {
  const sentences = [...paragraph.sentences].sort((a, b) => a.position - b.position);
  const translationText = paragraph.translationText;
  return {
    id: paragraph.id,
    position: paragraph.position,
    kind: paragraph.kind as ParagraphKind,
    language: paragraph.language as ParagraphLanguage,
    translationSource: paragraph.translationSource as TranslationSource,
    sentences: sentences.map((sentence) => ({
      position: sentence.position,
      runs: sentenceRuns(paragraph.sourceText, sentence.start, sentence.end, occurrences),
    })),
    translation:
      translationText === null
        ? null
        : sentences.map((sentence) => ({
            position: sentence.position,
            text: translationText.slice(sentence.translationStart, sentence.translationEnd),
          })),
  };
}

import { splitSentences } from "@/lib/text/sentences";
import type {
  AlignedParagraph,
  ParagraphKind,
  ParagraphLanguage,
  TranslationSource,
} from "@/lib/lesson-model/lesson-rows";

/**
 * A lesson's sentence pairs in the form the alignment editor works on. Dutch sentences are numbered within their
 * paragraph (Dutch paragraphs are fixed: they are the text); English sentences are numbered across the whole
 * translation, so moving an English sentence into the previous or next paragraph moves a paragraph boundary.
 *
 * Dutch [["Ja.", "Nee."], ["Kop"]], English ["Yes.", "No.", "Heading"] →
 * paragraphs[0].pairs [{source:[0], target:[0]}, {source:[1], target:[1]}], paragraphs[1].pairs [{source:[0], target:[2]}]
 */
export interface AlignmentDraft {
  paragraphs: DraftParagraph[];
  english: string[];
}

/**
 * The longest lesson whose pairs can be corrected: the editor holds them all on one page and a save rewrites them
 * all, which should stay well under a second. 600 paragraphs is more than a 200,000-character article has.
 */
export const MAX_EDITABLE_PARAGRAPHS = 600;

export interface DraftParagraph {
  id: string;
  kind: ParagraphKind;
  language: ParagraphLanguage;
  dutch: string[];
  pairs: DraftPair[];
}

export interface DraftPair {
  source: number[];
  target: number[];
}

/** The sentences of a span of text, as their texts. */
function sentencesIn(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

export interface StoredParagraphForDraft {
  id: string;
  kind: string;
  language: string;
  sourceText: string;
  translationText: string | null;
  sentences: { position: number; start: number; end: number; translationStart: number; translationEnd: number }[];
}

/** Rebuilds the editable draft from stored paragraphs and their pairs. */
export function draftFromStored(stored: readonly StoredParagraphForDraft[]): AlignmentDraft {
  const english: string[] = [];
  const paragraphs = stored.map((paragraph): DraftParagraph => {
    const dutch: string[] = [];
    const pairs: DraftPair[] = [];
    for (const pair of [...paragraph.sentences].sort((a, b) => a.position - b.position)) {
      const sourceSentences = sentencesIn(paragraph.sourceText.slice(pair.start, pair.end));
      const targetSentences =
        paragraph.translationText === null
          ? []
          : sentencesIn(paragraph.translationText.slice(pair.translationStart, pair.translationEnd));
      pairs.push({
        source: sourceSentences.map((_, index) => dutch.length + index),
        target: targetSentences.map((_, index) => english.length + index),
      });
      dutch.push(...sourceSentences);
      english.push(...targetSentences);
    }
    return {
      id: paragraph.id,
      kind: paragraph.kind as ParagraphKind,
      language: paragraph.language as ParagraphLanguage,
      dutch,
      pairs: pairs.filter((pair) => pair.source.length + pair.target.length > 0),
    };
  });
  return { paragraphs, english };
}

function isRun(indices: readonly number[], from: number): boolean {
  return indices.every((value, offset) => value === from + offset);
}

/**
 * Checks that pairs cover every Dutch sentence of each paragraph and every English sentence, each once and in
 * order, with no empty pair. Returns the reason when they do not (the editor only produces valid drafts, so an
 * invalid one comes from a tampered request).
 */
export function draftProblem(draft: AlignmentDraft): string | null {
  let nextEnglish = 0;
  for (const paragraph of draft.paragraphs) {
    let nextDutch = 0;
    for (const pair of paragraph.pairs) {
      if (pair.source.length + pair.target.length === 0) return "empty pair";
      if (!isRun(pair.source, nextDutch)) return "Dutch sentences out of order";
      if (!isRun(pair.target, nextEnglish)) return "English sentences out of order";
      nextDutch += pair.source.length;
      nextEnglish += pair.target.length;
    }
    if (nextDutch !== paragraph.dutch.length) return "Dutch sentences missing";
  }
  return nextEnglish === draft.english.length ? null : "English sentences missing";
}

/**
 * The draft as paragraphs of text pairs, ready to store. English aligned to a paragraph that is itself English
 * (an embedded tweet the translator copied) is dropped: that paragraph is shown once, as the original.
 */
export function draftToParagraphs(draft: AlignmentDraft, translationSource: TranslationSource): AlignedParagraph[] {
  return draft.paragraphs.map((paragraph) => ({
    kind: paragraph.kind,
    language: paragraph.language,
    translationSource,
    pairs: paragraph.pairs.map((pair) => ({
      source: pair.source.map((index) => paragraph.dutch[index]).join(" "),
      translation: paragraph.language === "en" ? "" : pair.target.map((index) => draft.english[index]).join(" "),
    })),
  }));
}

/**
 * Distributes document-level sentence beads (as an aligner returns them) over the Dutch paragraphs. A bead whose
 * Dutch side spans a paragraph boundary keeps its English with its first paragraph; an English-only bead joins the
 * paragraph of the bead before it.
 */
export function draftFromBeads(
  paragraphs: readonly { id: string; kind: ParagraphKind; language: ParagraphLanguage; dutch: string[] }[],
  english: string[],
  beads: readonly DraftPair[],
): AlignmentDraft {
  const owner: { paragraph: number; local: number }[] = [];
  paragraphs.forEach((paragraph, index) =>
    paragraph.dutch.forEach((_, local) => owner.push({ paragraph: index, local })),
  );
  const draft: AlignmentDraft = { paragraphs: paragraphs.map((paragraph) => ({ ...paragraph, pairs: [] })), english };
  let current = 0;
  for (const bead of beads) {
    if (bead.source.length === 0) {
      draft.paragraphs[current]?.pairs.push({ source: [], target: [...bead.target] });
      continue;
    }
    let target = [...bead.target];
    let group: number[] = [];
    let groupParagraph = owner[bead.source[0]!]!.paragraph;
    const flush = () => {
      draft.paragraphs[groupParagraph]!.pairs.push({ source: group, target });
      target = [];
      group = [];
    };
    for (const sentence of bead.source) {
      const { paragraph, local } = owner[sentence]!;
      if (paragraph !== groupParagraph) {
        flush();
        groupParagraph = paragraph;
      }
      group.push(local);
    }
    flush();
    current = groupParagraph;
  }
  return draft;
}

/** Which corrections apply to one pair: the conditions under which edit-alignment-draft's edits return a draft. */
export interface PairEdits {
  moveUp: boolean;
  moveDown: boolean;
  merge: boolean;
  split: boolean;
}

/**
 * The corrections that apply to every pair, in one pass over the draft. The editor shows them for each pair after
 * every change; trying each edit instead would copy the whole draft four times per pair (370 pairs: 1,480 copies of
 * 370 pairs on every click).
 *
 * "0,1-0 2-∅ | 0-1" → [[{moveUp:false, moveDown:true, merge:true, split:true},
 *                        {moveUp:false, moveDown:false, merge:false, split:false}],
 *                       [{moveUp:true, moveDown:false, merge:false, split:false}]]
 */
export function availableEdits(draft: AlignmentDraft): PairEdits[][] {
  const lastParagraph = draft.paragraphs.findLastIndex((paragraph) => paragraph.pairs.length > 0);
  const firstParagraph = draft.paragraphs.findIndex((paragraph) => paragraph.pairs.length > 0);
  return draft.paragraphs.map((paragraph, p) =>
    paragraph.pairs.map((pair, i) => {
      const hasEnglish = pair.target.length > 0;
      const isFirst = p === firstParagraph && i === 0;
      const isLast = p === lastParagraph && i === paragraph.pairs.length - 1;
      return {
        moveUp: hasEnglish && !isFirst,
        moveDown: hasEnglish && !isLast,
        merge: i < paragraph.pairs.length - 1,
        split: pair.source.length > 1 || pair.target.length > 1,
      };
    }),
  );
}

/** A pair's identity within its paragraph: its sentence numbers ("0,1-2"), which no other pair there shares. */
export function pairKey(pair: DraftPair): string {
  return `${pair.source.join(",")}-${pair.target.join(",")}`;
}

/** Whether two drafts of the same lesson pair the sentences the same way. */
export function samePairs(a: AlignmentDraft, b: AlignmentDraft): boolean {
  return (
    a.paragraphs.length === b.paragraphs.length &&
    a.paragraphs.every((paragraph, p) => {
      const other = b.paragraphs[p]!.pairs;
      return (
        paragraph.pairs.length === other.length &&
        paragraph.pairs.every((pair, i) => pairKey(pair) === pairKey(other[i]!))
      );
    })
  );
}

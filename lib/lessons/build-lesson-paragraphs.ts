import { alignParagraphs } from "@/lib/alignment/align-paragraphs";
import type { Lexicon } from "@/lib/alignment/types";
import { AppError } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import { guessParagraphKind } from "@/lib/import/paragraph-kind";
import type { ImportedParagraph } from "@/lib/import/imported-paragraph";
import { detectLanguage } from "@/lib/language/detect-language";
import { splitSentences } from "@/lib/text/sentences";
import { draftFromBeads, draftToParagraphs, type AlignmentDraft } from "./alignment-draft";
import type { AlignedParagraph, ParagraphKind, ParagraphLanguage } from "@/lib/lesson-model/lesson-rows";

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

/**
 * Each paragraph's sentences, refusing a text of more sentences than a lesson may have before anything aligns them.
 * `side` names the text in the error, so the form shows it beside the Dutch or the English.
 */
function sentencesOfEach(texts: readonly string[], side: "dutch" | "english"): string[][] {
  const sentences = texts.map(sentencesOf);
  const count = sentences.reduce((sum, list) => sum + list.length, 0);
  if (count > IMPORT_LIMITS.maxSentences) throw new AppError("too-many-sentences", { field: side });
  return sentences;
}

interface PreparedParagraph {
  id: string;
  kind: ParagraphKind;
  language: ParagraphLanguage;
  dutch: string[];
}

/** Recognises each imported paragraph's kind and language, and splits it into sentences. */
function prepare(imported: readonly ImportedParagraph[]): PreparedParagraph[] {
  const sentences = sentencesOfEach(
    imported.map((paragraph) => paragraph.text),
    "dutch",
  );
  const paragraphs = imported
    .map((paragraph, index) => ({ ...paragraph, dutch: sentences[index]! }))
    .filter((paragraph) => paragraph.dutch.length > 0);
  return paragraphs.map((paragraph, index) => ({
    id: String(index),
    kind: paragraph.kind ?? guessParagraphKind(paragraph.text, index === paragraphs.length - 1),
    language: detectLanguage(paragraph.text),
    dutch: paragraph.dutch,
  }));
}

/** A Dutch text without translation: one pair per Dutch sentence, each with empty English. */
export function untranslatedParagraphs(dutch: readonly ImportedParagraph[]): AlignedParagraph[] {
  return prepare(dutch).map((paragraph) => ({
    kind: paragraph.kind,
    language: paragraph.language,
    translationSource: "none",
    pairs: paragraph.dutch.map((source) => ({ source, translation: "" })),
  }));
}

/**
 * A Dutch text with a translation the user supplied: paragraphs and sentences aligned automatically (1-0, 0-1, 1-1,
 * 2-1, 1-2), as a draft the user can correct.
 */
export function alignTranslation(
  dutch: readonly ImportedParagraph[],
  english: readonly ImportedParagraph[],
  lexicon: Lexicon,
): AlignmentDraft {
  const prepared = prepare(dutch);
  const englishParagraphs = sentencesOfEach(
    english.map((paragraph) => paragraph.text),
    "english",
  ).filter((list) => list.length > 0);
  const beads = alignParagraphs(
    prepared.map((paragraph) => paragraph.dutch),
    englishParagraphs,
    { lexicon },
  ).flatMap((paragraph) => paragraph.sentences);
  return draftFromBeads(prepared, englishParagraphs.flat(), beads);
}

export function alignedParagraphs(
  dutch: readonly ImportedParagraph[],
  english: readonly ImportedParagraph[],
  lexicon: Lexicon,
): AlignedParagraph[] {
  return draftToParagraphs(alignTranslation(dutch, english, lexicon), "human");
}

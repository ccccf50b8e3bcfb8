import type { Lexicon } from "@/lib/alignment/types";
import type { TranslationSource } from "@/lib/lesson-model/lesson-rows";
import { splitSentences } from "@/lib/text/sentences";
import { alignedSentencePairs } from "@/lib/translation/aligned-sentence-pairs";
import type { ParagraphEdit } from "./edit-paragraph-input";

export interface StoredParagraphText {
  language: string;
  sourceText: string;
  translationText: string | null;
  translationSource: string;
}

export interface EditedParagraphRow {
  sourceText: string;
  translationText: string | null;
  translationSource: TranslationSource;
  sentences: { position: number; start: number; end: number; translationStart: number; translationEnd: number }[];
  /** The Dutch changed under a DeepL translation, which was dropped: translate the new Dutch again. */
  retranslate: boolean;
}

/** One pair per Dutch sentence, with no English. */
function untranslated(dutch: string, translationSource: TranslationSource, retranslate = false): EditedParagraphRow {
  return {
    sourceText: dutch,
    translationText: null,
    translationSource,
    retranslate,
    sentences: splitSentences(dutch).map((span, position) => ({
      position,
      start: span.start,
      end: span.end,
      translationStart: 0,
      translationEnd: 0,
    })),
  };
}

function aligned(dutch: string, english: string, source: TranslationSource, lexicon: Lexicon): EditedParagraphRow {
  return {
    sourceText: dutch,
    translationText: english,
    translationSource: source,
    retranslate: false,
    sentences: alignedSentencePairs(dutch, english, lexicon).map((pair, position) => ({
      position,
      start: pair.source.start,
      end: pair.source.end,
      translationStart: pair.translation.start,
      translationEnd: pair.translation.end,
    })),
  };
}

/**
 * The stored form of a paragraph after its owner corrected it, or null when nothing changed. The edited paragraph's
 * sentences are split and paired again (other paragraphs are not touched):
 * - English typed by the owner is theirs ("human") and is aligned with the Dutch; an emptied English removes it;
 * - Dutch changed under a human translation keeps that English, aligned again with the new Dutch;
 * - Dutch changed under a DeepL translation drops the English (it translated other words) and asks for a new one;
 * - a paragraph that is itself English ("original") has no translation: only its text changes.
 *
 * {nl, "Ja.", "Yes.", human} + {dutch: "Ja. Nee.", english: "Yes."} → "Ja. Nee." paired with "Yes." again
 */
export function editedParagraphRow(
  stored: StoredParagraphText,
  edit: ParagraphEdit,
  lexicon: Lexicon,
): EditedParagraphRow | null {
  const storedEnglish = stored.translationText ?? "";
  const dutchChanged = edit.dutch !== stored.sourceText;
  if (stored.language !== "nl") return dutchChanged ? untranslated(edit.dutch, "original") : null;
  if (edit.english !== storedEnglish) {
    return edit.english === "" ? untranslated(edit.dutch, "none") : aligned(edit.dutch, edit.english, "human", lexicon);
  }
  if (!dutchChanged) return null;
  if (storedEnglish === "") return untranslated(edit.dutch, "none");
  if (stored.translationSource === "deepl") return untranslated(edit.dutch, "none", true);
  return aligned(edit.dutch, storedEnglish, "human", lexicon);
}

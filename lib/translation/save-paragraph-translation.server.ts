import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { alignmentLexicon } from "@/lib/lesson-model/alignment-lexicon.server";
import { alignedSentencePairs } from "./aligned-sentence-pairs";
import type { ParagraphTranslation } from "./paragraph-translation";

/**
 * Writes a machine translation to paragraphs that share one source text, with their sentence pairs. A paragraph
 * that got a translation meanwhile (e.g. a teacher pasted one) is left alone. Returns how many were written.
 */
export async function saveParagraphTranslation(
  tx: Prisma.TransactionClient,
  paragraphIds: readonly string[],
  sourceText: string,
  translation: ParagraphTranslation,
): Promise<number> {
  // A paragraph whose sentence tags came back unusable is paired by the sentence aligner.
  const pairs = translation.needsAlignment
    ? alignedSentencePairs(sourceText, translation.text, alignmentLexicon())
    : translation.sentencePairs;
  let written = 0;
  for (const paragraphId of paragraphIds) {
    const updated = await tx.paragraph.updateMany({
      where: { id: paragraphId, translationText: null },
      data: { translationText: translation.text, translationSource: "deepl" },
    });
    if (updated.count === 0) continue;
    written++;
    await tx.sentence.deleteMany({ where: { paragraphId } });
    await tx.sentence.createMany({
      data: pairs.map((pair, position) => ({
        paragraphId,
        position,
        start: pair.source.start,
        end: pair.source.end,
        translationStart: pair.translation.start,
        translationEnd: pair.translation.end,
      })),
    });
  }
  // The reader caches built lesson views by Lesson.updatedAt.
  if (written > 0) {
    await tx.lesson.updateMany({
      where: { paragraphs: { some: { id: { in: [...paragraphIds] } } } },
      data: { updatedAt: new Date() },
    });
  }
  return written;
}

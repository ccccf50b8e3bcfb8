import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { draftFromStored, draftProblem, draftToParagraphs, type AlignmentDraft } from "./alignment-draft";
import { toParagraphRow, type TranslationSource } from "./lesson-rows";
import { canEditLesson } from "./lesson-policy";

async function editableParagraphs(user: CurrentUser, lessonId: string) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      ownerId: true,
      visibility: true,
      title: true,
      paragraphs: { orderBy: { position: "asc" }, include: { sentences: true } },
    },
  });
  if (!lesson || !canEditLesson(lesson, user)) throw new AppError("not-found");
  return lesson;
}

/** The lesson's current sentence pairs as an editable draft (owner only). */
export async function getAlignmentDraft(
  user: CurrentUser,
  lessonId: string,
): Promise<{ title: string; draft: AlignmentDraft }> {
  const lesson = await editableParagraphs(user, lessonId);
  return { title: lesson.title, draft: draftFromStored(lesson.paragraphs) };
}

/**
 * Replaces the lesson's sentence pairs with a corrected draft. Only the pairing comes from the browser: the texts
 * are the stored ones, and the draft must cover them exactly, so nothing can be added or lost.
 */
export async function saveAlignment(
  user: CurrentUser,
  lessonId: string,
  pairs: { source: number[]; target: number[] }[][],
): Promise<void> {
  const lesson = await editableParagraphs(user, lessonId);
  const stored = draftFromStored(lesson.paragraphs);
  if (pairs.length !== stored.paragraphs.length) throw new AppError("invalid-input");
  const draft: AlignmentDraft = {
    english: stored.english,
    paragraphs: stored.paragraphs.map((paragraph, index) => ({ ...paragraph, pairs: pairs[index]! })),
  };
  if (draftProblem(draft)) throw new AppError("invalid-input");
  await writeDraft(lessonId, lesson.paragraphs, draft);
}

async function writeDraft(
  lessonId: string,
  paragraphs: readonly { id: string; translationSource: string }[],
  draft: AlignmentDraft,
): Promise<void> {
  const sources = paragraphs.map((paragraph) => paragraph.translationSource as TranslationSource);
  const rows = draftToParagraphs(draft, "human").map((paragraph, index) =>
    toParagraphRow({ ...paragraph, translationSource: sources[index] === "deepl" ? "deepl" : "human" }),
  );
  await db.$transaction(async (tx) => {
    for (const [index, row] of rows.entries()) {
      const paragraphId = paragraphs[index]!.id;
      await tx.sentence.deleteMany({ where: { paragraphId } });
      await tx.paragraph.update({
        where: { id: paragraphId },
        data: {
          sourceText: row.sourceText,
          translationText: row.translationText,
          translationSource: row.translationSource,
          sentences: { create: row.sentences },
        },
      });
    }
    await tx.lesson.update({ where: { id: lessonId }, data: { updatedAt: new Date() } });
  });
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import {
  draftFromStored,
  draftProblem,
  draftToParagraphs,
  MAX_EDITABLE_PARAGRAPHS,
  type AlignmentDraft,
} from "./alignment-draft";
import { toParagraphRow, type TranslationSource } from "@/lib/lesson-model/lesson-rows";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { runImport } from "./run-import.server";

/**
 * The lesson's paragraphs with their pairs, for its owner. The editor shows and saves every pair of the lesson at
 * once, so a lesson of more than MAX_EDITABLE_PARAGRAPHS is refused before its paragraphs are read.
 */
async function editableParagraphs(user: CurrentUser, lessonId: string) {
  await requireLesson(user, lessonId, "edit");
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    select: { title: true, _count: { select: { paragraphs: true } } },
  });
  if (lesson._count.paragraphs > MAX_EDITABLE_PARAGRAPHS) throw new AppError("too-long-to-correct");
  const paragraphs = await db.paragraph.findMany({
    where: { lessonId },
    orderBy: { position: "asc" },
    include: { sentences: true },
  });
  return { title: lesson.title, paragraphs };
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

/** The corrected pairs are written by the import worker, so a long lesson does not hold up other requests. */
async function writeDraft(
  lessonId: string,
  paragraphs: readonly { id: string; translationSource: string }[],
  draft: AlignmentDraft,
): Promise<void> {
  const sources = paragraphs.map((paragraph) => paragraph.translationSource as TranslationSource);
  const rows = draftToParagraphs(draft, "human").map((paragraph, index) =>
    toParagraphRow({ ...paragraph, translationSource: sources[index] === "deepl" ? "deepl" : "human" }),
  );
  const outcome = await runImport({
    kind: "write-pairs",
    lessonId,
    paragraphs: rows.map((row, index) => ({ paragraphId: paragraphs[index]!.id, row })),
  });
  if (!outcome.ok) throw new AppError(outcome.code);
}

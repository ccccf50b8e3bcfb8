"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { paragraphsOf } from "@/lib/import/extract-text";
import type { ImportedParagraph } from "@/lib/import/imported-paragraph";
import { readUpload } from "@/lib/import/read-upload.server";
import { assertCanEditLesson } from "@/lib/lessons/assert-can-edit-lesson.server";
import { alignmentLexicon } from "@/lib/lessons/alignment-lexicon.server";
import { alignedParagraphs, untranslatedParagraphs } from "@/lib/lessons/build-lesson-paragraphs";
import { lessonDetailsInput } from "@/lib/lessons/lesson-input";
import { addPastedTranslation, saveAlignment } from "@/lib/lessons/lesson-alignment.server";
import { deleteLesson } from "@/lib/lessons/delete-lesson.server";
import { storeLesson } from "@/lib/lessons/store-lesson.server";
import { isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { resumeTranslationJob } from "@/lib/translation/resume-translation-job.server";
import { runTranslationJob } from "@/lib/translation/run-translation-job.server";
import { startTranslationJob } from "@/lib/translation/start-translation-job.server";
import type { ActionResult } from "./action-result";
import { formLanguage } from "./form-language";
import { fieldErrors, parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** State of the lesson forms: the error, and the field it concerns (a field-message key or an error code). */
export type LessonFormState =
  (ActionResult<null> & { fields?: Record<string, string>; values?: Record<string, string> }) | null;

/** What the user typed, returned with an error so the form shows it again (React resets a form after its action). */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ["title", "level", "mode", "dutchText", "englishText"]) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value.slice(0, 250_000);
  }
  return values;
}

/** A text from a file when one was chosen, else from the text area. */
async function textFrom(formData: FormData, textField: string, fileField: string): Promise<ImportedParagraph[]> {
  const file = formData.get(fileField);
  if (file instanceof File && file.size > 0) return readUpload(file);
  const text = formData.get(textField);
  return paragraphsOf(typeof text === "string" ? text : "", "text");
}

/** Runs a step whose AppError belongs to one field of the form. */
async function forField<T>(field: string, step: () => Promise<T>): Promise<T | { field: string; code: string }> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof AppError) return { field, code: error.code };
    throw error;
  }
}

function isFieldError(value: unknown): value is { field: string; code: string } {
  return typeof value === "object" && value !== null && "field" in value && "code" in value;
}

export async function createLessonAction(_state: LessonFormState, formData: FormData): Promise<LessonFormState> {
  const result = await createLesson(formData);
  return result && !result.ok ? { ...result, values: typedValues(formData) } : result;
}

async function createLesson(formData: FormData): Promise<LessonFormState> {
  const lng = formLanguage(formData);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const details = fieldErrors(lessonDetailsInput, {
    title: formData.get("title") ?? "",
    level: formData.get("level"),
    mode: formData.get("mode"),
  });
  if ("fields" in details) return { ok: false, error: "invalid-input", fields: details.fields };
  const { mode } = details.data;
  if (mode === "deepl" && !isDeeplConfigured()) return { ok: false, error: "deepl-not-configured" };

  const dutch = await forField("dutch", () => textFrom(formData, "dutchText", "dutchFile"));
  if (isFieldError(dutch)) return { ok: false, error: "invalid-input", fields: { dutch: dutch.code } };
  let english: ImportedParagraph[] | null = null;
  if (mode === "pasted") {
    const pasted = await forField("english", () => textFrom(formData, "englishText", "englishFile"));
    if (isFieldError(pasted)) return { ok: false, error: "invalid-input", fields: { english: pasted.code } };
    english = pasted;
  }

  const result = await runAction(async () => {
    const paragraphs = english ? alignedParagraphs(dutch, english, alignmentLexicon()) : untranslatedParagraphs(dutch);
    const lessonId = await storeLesson(user, details.data, paragraphs);
    if (mode === "deepl") {
      const job = await startTranslationJob(lessonId, user.id);
      if (job) void runTranslationJob(job.id);
    }
    return lessonId;
  });
  if (!result.ok) return result;
  redirect(mode === "pasted" ? `/${lng}/lessons/${result.data}/alignment` : `/${lng}/my/lessons/${result.data}`);
}

const recordId = z.string().min(1).max(64);
const pairsInput = z
  .array(
    z.array(
      z.object({
        source: z.array(z.number().int().min(0).max(100_000)).max(1000),
        target: z.array(z.number().int().min(0).max(100_000)).max(1000),
      }),
    ),
  )
  .max(10_000);

export async function saveAlignmentAction(id: unknown, pairs: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await saveAlignment(user, parseInput(recordId, id), parseInput(pairsInput, pairs));
    return null;
  });
}

export async function addTranslationAction(
  id: unknown,
  _state: LessonFormState,
  formData: FormData,
): Promise<LessonFormState> {
  const result = await addTranslation(id, formData);
  return result && !result.ok ? { ...result, values: typedValues(formData) } : result;
}

async function addTranslation(id: unknown, formData: FormData): Promise<LessonFormState> {
  const lng = formLanguage(formData);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const english = await forField("english", () => textFrom(formData, "englishText", "englishFile"));
  if (isFieldError(english)) return { ok: false, error: "invalid-input", fields: { english: english.code } };
  const result = await runAction(async () => {
    const checkedId = parseInput(recordId, id);
    await addPastedTranslation(user, checkedId, english);
    return checkedId;
  });
  if (!result.ok) return result;
  redirect(`/${lng}/lessons/${result.data}/alignment`);
}

/** Starts (or resumes) the DeepL translation of the caller's own lesson. */
export async function translateWithDeeplAction(id: unknown): Promise<ActionResult<string>> {
  return runAction(async () => {
    const user = await requireUser();
    const checkedId = parseInput(recordId, id);
    await assertCanEditLesson(user, checkedId);
    if (!isDeeplConfigured()) throw new AppError("deepl-not-configured");
    const job = await startTranslationJob(checkedId, user.id);
    if (!job) throw new AppError("not-found");
    void runTranslationJob(job.id);
    return job.id;
  });
}

export async function resumeTranslationAction(jobId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const job = await resumeTranslationJob(parseInput(recordId, jobId), user.id);
    if (!job) throw new AppError("not-found");
    void runTranslationJob(job.id);
    return null;
  });
}

/** Deletes the caller's own lesson, then shows the lessons page. */
export async function deleteLessonAction(id: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await deleteLesson(user, parseInput(recordId, id));
    return null;
  });
}

"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import { proposeTitle } from "@/lib/import/propose-title";
import type { TextSource } from "@/lib/import/text-source";
import { addTranslation } from "@/lib/lessons/add-translation.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { createLesson } from "@/lib/lessons/create-lesson.server";
import { lessonDetailsInput } from "@/lib/lessons/lesson-input";
import { saveAlignment } from "@/lib/lessons/lesson-alignment.server";
import { deleteLesson } from "@/lib/lessons/delete-lesson.server";
import { runTranslationJobThenRevalidate } from "@/lib/lessons/revalidate-lesson-after-translation.server";
import { isPublicLesson, revalidateLessonPages, revalidatePublicLesson } from "@/lib/lessons/revalidate-lesson.server";
import { isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { resumeTranslationJob } from "@/lib/translation/resume-translation-job.server";
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

/**
 * The Dutch or English text as the form gave it: the chosen file (refused before it is read when it is too large),
 * else the text area.
 */
async function sourceFrom(formData: FormData, field: "dutch" | "english"): Promise<TextSource> {
  const file = formData.get(`${field}File`);
  if (file instanceof File && file.size > 0) {
    if (file.size > IMPORT_LIMITS.maxFileBytes) throw new AppError("file-too-large", { field });
    return { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const text = formData.get(`${field}Text`);
  return { kind: "text", text: typeof text === "string" ? text : "" };
}

/** Neither a file nor any typed text: the form was sent without the text. */
function isEmptySource(formData: FormData, field: "dutch" | "english"): boolean {
  const file = formData.get(`${field}File`);
  const text = formData.get(`${field}Text`);
  return !(file instanceof File && file.size > 0) && !(typeof text === "string" && text.trim() !== "");
}

/** A failure that concerns one of the texts is shown beside that text; the form's own message asks to check it. */
function formState(result: ActionResult<unknown>): LessonFormState {
  if (result.ok) return null;
  return result.field ? { ok: false, error: "invalid-input", fields: { [result.field]: result.error } } : result;
}

export async function createLessonAction(_state: LessonFormState, formData: FormData): Promise<LessonFormState> {
  const result = await createLessonFromForm(formData);
  return result && !result.ok ? { ...result, values: typedValues(formData) } : result;
}

async function createLessonFromForm(formData: FormData): Promise<LessonFormState> {
  const lng = formLanguage(formData);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const details = fieldErrors(lessonDetailsInput, {
    title: formData.get("title") ?? "",
    level: formData.get("level"),
    mode: formData.get("mode"),
  });
  // Both fields a new lesson cannot do without are checked together, so that one answer flags both.
  const fields = {
    ...("fields" in details ? details.fields : {}),
    ...(isEmptySource(formData, "dutch") ? { dutch: "empty-text" } : {}),
  };
  if ("fields" in details || Object.keys(fields).length > 0) return { ok: false, error: "invalid-input", fields };
  const { mode } = details.data;
  const result = await runAction(async () =>
    createLesson(user, details.data, {
      dutch: await sourceFrom(formData, "dutch"),
      english: await sourceFrom(formData, "english"),
    }),
  );
  if (!result.ok) return formState(result);
  redirect(mode === "pasted" ? `/${lng}/lessons/${result.data}/alignment` : `/${lng}/my/lessons/${result.data}`);
}

/**
 * The title an uploaded .html or .docx file proposes (its <title> or first heading), for the new-lesson form to put
 * in its empty Title field; null when the file has none.
 */
export async function proposeLessonTitleAction(formData: FormData): Promise<ActionResult<string | null>> {
  return runAction(async () => {
    await requireUser();
    const file = formData.get("file");
    if (!(file instanceof File)) throw new AppError("invalid-input");
    if (file.size > IMPORT_LIMITS.maxFileBytes) throw new AppError("file-too-large");
    return proposeTitle({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  });
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
    const checkedId = parseInput(recordId, id);
    await saveAlignment(user, checkedId, parseInput(pairsInput, pairs));
    await revalidatePublicLesson(checkedId);
    return null;
  });
}

export async function addTranslationAction(
  id: unknown,
  _state: LessonFormState,
  formData: FormData,
): Promise<LessonFormState> {
  const result = await addTranslationFromForm(id, formData);
  return result && !result.ok ? { ...result, values: typedValues(formData) } : result;
}

async function addTranslationFromForm(id: unknown, formData: FormData): Promise<LessonFormState> {
  const lng = formLanguage(formData);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const result = await runAction(async () => {
    const checkedId = parseInput(recordId, id);
    await addTranslation(user, checkedId, await sourceFrom(formData, "english"));
    await revalidatePublicLesson(checkedId);
    return checkedId;
  });
  if (!result.ok) return formState(result);
  redirect(`/${lng}/lessons/${result.data}/alignment`);
}

/** Starts (or resumes) the DeepL translation of the caller's own lesson. */
export async function translateWithDeeplAction(id: unknown): Promise<ActionResult<string>> {
  return runAction(async () => {
    const user = await requireUser();
    const checkedId = parseInput(recordId, id);
    await requireLesson(user, checkedId, "edit");
    if (!isDeeplConfigured()) throw new AppError("deepl-not-configured");
    const job = await startTranslationJob(checkedId, user.id);
    if (!job) throw new AppError("not-found");
    runTranslationJobThenRevalidate(job.id);
    return job.id;
  });
}

export async function resumeTranslationAction(jobId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const job = await resumeTranslationJob(parseInput(recordId, jobId), user.id);
    if (!job) throw new AppError("not-found");
    runTranslationJobThenRevalidate(job.id);
    return null;
  });
}

/** Deletes the caller's own lesson, then shows the lessons page. */
export async function deleteLessonAction(id: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const checkedId = parseInput(recordId, id);
    const wasPublic = await isPublicLesson(checkedId);
    await deleteLesson(user, checkedId);
    if (wasPublic) revalidateLessonPages(checkedId);
    return null;
  });
}

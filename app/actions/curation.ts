"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { assignLesson } from "@/lib/assignments/assign-lesson.server";
import { assignmentInput } from "@/lib/assignments/assignment-input";
import { unassignLesson } from "@/lib/assignments/unassign-lesson.server";
import { VISIBILITIES } from "@/lib/lesson-model/lesson-policy";
import { copyLesson } from "@/lib/lessons/copy-lesson.server";
import { editLessonDetails } from "@/lib/lessons/edit-lesson-details.server";
import { paragraphEditInput } from "@/lib/lessons/edit-paragraph-input";
import type { ParagraphEditOutcome } from "@/lib/lessons/edit-paragraph-input";
import { editParagraph } from "@/lib/lessons/edit-paragraph.server";
import { lessonDetailsEditInput } from "@/lib/lessons/lesson-details-input";
import { runTranslationJobThenRevalidate } from "@/lib/lessons/revalidate-lesson-after-translation.server";
import { revalidateLessonPages, revalidatePublicLesson } from "@/lib/lessons/revalidate-lesson.server";
import { setLessonVisibility } from "@/lib/lessons/set-lesson-visibility.server";
import { startTranslationJob } from "@/lib/translation/start-translation-job.server";
import type { ActionResult } from "./action-result";
import { fieldErrors, parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** State of a curation form: the last result, and the fields an invalid input concerns (keys of errors.field). */
export type CurationFormState<T = null> = (ActionResult<T> & { fields?: Record<string, string> }) | null;

const recordId = z.string().min(1).max(64);

/** Who is calling, then the form's fields, then the use case (which loads the record and asks the policy). */
async function submitForm<I, T>(
  schema: z.ZodType<I>,
  fields: unknown,
  write: (user: CurrentUser, input: I) => Promise<T>,
): Promise<CurationFormState<T>> {
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const checked = fieldErrors(schema, fields);
  if ("fields" in checked) return { ok: false, error: "invalid-input", fields: checked.fields };
  return runAction(() => write(user, checked.data));
}

const text = (formData: FormData, name: string) => formData.get(name) ?? "";

export async function editLessonDetailsAction(
  lessonId: unknown,
  _state: CurationFormState,
  formData: FormData,
): Promise<CurationFormState> {
  const fields = {
    title: text(formData, "title"),
    titleEnglish: text(formData, "titleEnglish"),
    summary: text(formData, "summary"),
    level: formData.get("level"),
  };
  return submitForm(lessonDetailsEditInput, fields, async (user, details) => {
    const id = parseInput(recordId, lessonId);
    await editLessonDetails(user, id, details);
    await revalidatePublicLesson(id);
    return null;
  });
}

/** Saves one paragraph's Dutch and English; a DeepL translation the cache cannot replace is started in the background. */
export async function editParagraphAction(
  lessonId: unknown,
  paragraphId: unknown,
  _state: CurationFormState<ParagraphEditOutcome>,
  formData: FormData,
): Promise<CurationFormState<ParagraphEditOutcome>> {
  const fields = { dutch: text(formData, "dutch"), english: text(formData, "english") };
  return submitForm(paragraphEditInput, fields, async (user, edit) => {
    const id = parseInput(recordId, lessonId);
    const outcome = await editParagraph(user, id, parseInput(recordId, paragraphId), edit);
    await revalidatePublicLesson(id);
    if (outcome === "needs-deepl") {
      const job = await startTranslationJob(id, user.id);
      if (job) runTranslationJobThenRevalidate(job.id);
    }
    return outcome;
  });
}

/** Copies the lesson into a new private lesson of the caller's; returns the copy's id. */
export async function copyLessonAction(lessonId: unknown): Promise<ActionResult<string>> {
  return runAction(async () => {
    const user = await requireUser();
    return copyLesson(user, parseInput(recordId, lessonId));
  });
}

const visibilityInput = z.object({ visibility: z.enum(VISIBILITIES, { message: "required" }) });

export async function setLessonVisibilityAction(
  lessonId: unknown,
  _state: CurationFormState,
  formData: FormData,
): Promise<CurationFormState> {
  return submitForm(visibilityInput, { visibility: formData.get("visibility") }, async (user, { visibility }) => {
    const id = parseInput(recordId, lessonId);
    const { before } = await setLessonVisibility(user, id, visibility);
    if (before === "public" || visibility === "public") revalidateLessonPages(id);
    return null;
  });
}

export async function assignLessonAction(
  lessonId: unknown,
  _state: CurationFormState,
  formData: FormData,
): Promise<CurationFormState> {
  const fields = {
    classIds: formData.getAll("classId"),
    startsOn: text(formData, "startsOn"),
    dueOn: text(formData, "dueOn"),
    instruction: text(formData, "instruction"),
  };
  return submitForm(assignmentInput, fields, async (user, input) => {
    await assignLesson(user, parseInput(recordId, lessonId), input);
    return null;
  });
}

export async function unassignLessonAction(lessonId: unknown, classId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await unassignLesson(user, parseInput(recordId, lessonId), parseInput(recordId, classId));
    return null;
  });
}

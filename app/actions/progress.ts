"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { glossaryTermInput } from "@/lib/glossary/glossary-input";
import { addLookedUpWord } from "@/lib/progress/add-looked-up-word.server";
import type { GlossaryFormState } from "./glossary";
import { fieldErrors, parseInput } from "./parse-input";
import { runAction } from "./run-action";

const id = z.string().min(1).max(64);

/**
 * Adds a word the class looked up to the lesson's glossary (its Dutch term and English as the teacher left them in
 * the prefilled form). The use case checks that the user teaches the class, that it is not archived, that the
 * lesson is assigned to it and that the user may edit the lesson.
 */
export async function addLookedUpWordAction(
  classId: unknown,
  lessonId: unknown,
  _state: GlossaryFormState,
  formData: FormData,
): Promise<GlossaryFormState> {
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const checked = fieldErrors(glossaryTermInput, {
    term: formData.get("term") ?? "",
    english: formData.get("english") ?? "",
    note: "",
    variants: "",
  });
  if ("fields" in checked) return { ok: false, error: "invalid-input", fields: checked.fields };
  return runAction(async () => {
    const ids = { classId: parseInput(id, classId), lessonId: parseInput(id, lessonId) };
    await addLookedUpWord(user, ids.classId, ids.lessonId, checked.data);
    revalidatePath("/[lng]/classes/[id]/lessons/[lessonId]", "page");
    return null;
  });
}

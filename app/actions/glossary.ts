"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { glossaryTermInput } from "@/lib/glossary/glossary-input";
import { addGlossaryTerm, deleteGlossaryTerm, updateGlossaryTerm } from "@/lib/glossary/manage-glossary.server";
import { revalidatePublicLesson } from "@/lib/lessons/revalidate-lesson.server";
import type { ActionResult } from "./action-result";
import { fieldErrors, parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** State of a glossary term form: the last result and the fields it concerns. */
export type GlossaryFormState = (ActionResult<null> & { fields?: Record<string, string> }) | null;

const id = z.string().min(1).max(64);

function termFields(formData: FormData) {
  return {
    term: formData.get("term") ?? "",
    english: formData.get("english") ?? "",
    note: formData.get("note") ?? "",
    variants: formData.get("variants") ?? "",
  };
}

/** Who is calling, then the form's fields, then the write (which checks that this user may edit the lesson). */
async function saveTerm(
  formData: FormData,
  /** Returns the id of the lesson whose glossary changed. */
  write: (user: CurrentUser, input: z.infer<typeof glossaryTermInput>) => Promise<string>,
): Promise<GlossaryFormState> {
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated" };
  const checked = fieldErrors(glossaryTermInput, termFields(formData));
  if ("fields" in checked) return { ok: false, error: "invalid-input", fields: checked.fields };
  return runAction(async () => {
    await revalidatePublicLesson(await write(user, checked.data));
    return null;
  });
}

export async function addGlossaryTermAction(
  lessonId: unknown,
  _state: GlossaryFormState,
  formData: FormData,
): Promise<GlossaryFormState> {
  return saveTerm(formData, async (user, input) => {
    const checkedId = parseInput(id, lessonId);
    await addGlossaryTerm(user, checkedId, input);
    return checkedId;
  });
}

export async function updateGlossaryTermAction(
  termId: unknown,
  _state: GlossaryFormState,
  formData: FormData,
): Promise<GlossaryFormState> {
  return saveTerm(formData, (user, input) => updateGlossaryTerm(user, parseInput(id, termId), input));
}

export async function deleteGlossaryTermAction(termId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await revalidatePublicLesson(await deleteGlossaryTerm(user, parseInput(id, termId)));
    return null;
  });
}

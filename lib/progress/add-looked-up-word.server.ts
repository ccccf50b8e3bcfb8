import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass } from "@/lib/classes/class-access.server";
import type { GlossaryTermInput } from "@/lib/glossary/glossary-input";
import { addGlossaryTerm } from "@/lib/glossary/manage-glossary.server";
import { assignedLesson } from "./class-lookups.server";

/**
 * Adds a word the class looked up to the lesson's glossary, from the class's page of a lesson. The class must be
 * taught by the user and not archived (archived classes are read-only: the teacher can still edit the glossary from
 * the lesson itself), the lesson assigned to it, and the lesson the user's to edit (addGlossaryTerm checks).
 */
export async function addLookedUpWord(
  user: CurrentUser,
  classId: string,
  lessonId: string,
  input: GlossaryTermInput,
): Promise<string> {
  await requireClass(user, classId, "manage");
  await assignedLesson(classId, lessonId);
  return addGlossaryTerm(user, lessonId, input);
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import type { TextSource } from "@/lib/import/text-source";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { countImport } from "./count-import.server";
import { runImport } from "./run-import.server";

/**
 * Aligns a translation the owner pastes or uploads later with the lesson's Dutch, replacing any pairs it had. The
 * text is read and aligned, and the pairs stored, by the import worker.
 */
export async function addTranslation(user: CurrentUser, lessonId: string, english: TextSource): Promise<void> {
  await requireLesson(user, lessonId, "edit");
  await countImport(user.id);
  const outcome = await runImport({ kind: "add-translation", lessonId, english });
  if (!outcome.ok) throw new AppError(outcome.code, { field: outcome.field ?? undefined });
}

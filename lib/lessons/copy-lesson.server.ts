import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { countImport } from "./count-import.server";
import { runImport } from "./run-import.server";

/**
 * A teacher copies a lesson they may copy (public, their own, or assigned to a class they teach) into a new private
 * lesson of their own, to adapt it; returns its id. The copy is written by the import worker (a lesson may have
 * 25,000 paragraphs) and counts as one of the account's imports.
 */
export async function copyLesson(user: CurrentUser, lessonId: string): Promise<string> {
  await requireLesson(user, lessonId, "copy");
  await countImport(user.id);
  const outcome = await runImport({ kind: "copy-lesson", lessonId, ownerId: user.id });
  if (!outcome.ok) throw new AppError(outcome.code);
  return outcome.lessonId;
}

import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import type { TextSource } from "@/lib/import/text-source";
import { isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { runTranslationJob } from "@/lib/translation/run-translation-job.server";
import { startTranslationJob } from "@/lib/translation/start-translation-job.server";
import { countImport } from "./count-import.server";
import type { LessonDetails } from "./lesson-input";
import { runImport } from "./run-import.server";

export interface NewLessonTexts {
  dutch: TextSource;
  /** The translation the user pasted or uploaded; used only when the mode is "pasted". */
  english: TextSource;
}

/**
 * Creates a lesson, private to its creator, from a Dutch text and, depending on the mode, a translation to align
 * ("pasted"), a DeepL job started in the background ("deepl"), or nothing yet ("none"). The texts are read, aligned
 * and stored by the import worker; an AppError names the text it concerns in its `field`.
 */
export async function createLesson(user: CurrentUser, details: LessonDetails, texts: NewLessonTexts): Promise<string> {
  if (details.mode === "deepl" && !isDeeplConfigured()) throw new AppError("deepl-not-configured");
  await countImport(user.id);
  const outcome = await runImport({
    kind: "create-lesson",
    ownerId: user.id,
    title: details.title,
    level: details.level,
    dutch: texts.dutch,
    english: details.mode === "pasted" ? texts.english : null,
  });
  if (!outcome.ok) throw new AppError(outcome.code, { field: outcome.field ?? undefined });
  if (details.mode === "deepl") {
    const job = await startTranslationJob(outcome.lessonId, user.id);
    if (job) void runTranslationJob(job.id);
  }
  return outcome.lessonId;
}

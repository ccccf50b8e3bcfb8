import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { defaultDeeplApi } from "@/lib/translation/deepl-api.server";
import { deleteLessonGlossary } from "@/lib/translation/glossary-sync.server";
import { verifyPassword } from "./password";

/**
 * Deletes the signed-in user's account once they typed their password again. The database cascades from User take
 * their sessions, vocabulary (with its sentences), class memberships and teaching, reading events, and their own
 * lessons (with paragraphs, glossaries, assignments, and other learners' reading events on them; other learners'
 * saved words keep their sentences). What has no cascade goes here in the same transaction: translation jobs and
 * DeepL glossary records of their lessons, and classes nobody else teaches (no one could open them any more).
 * The lessons' DeepL glossaries are removed first, best effort, as deleteLesson does.
 */
export async function deleteAccount(user: CurrentUser, password: string): Promise<void> {
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account) throw new AppError("unauthenticated");
  if (!(await verifyPassword(password, account.passwordHash))) throw new AppError("wrong-password");

  const lessonIds = (await db.lesson.findMany({ where: { ownerId: user.id }, select: { id: true } })).map(
    (lesson) => lesson.id,
  );
  const deepl = defaultDeeplApi();
  if (deepl) {
    for (const lessonId of lessonIds) {
      await deleteLessonGlossary(deepl, lessonId).catch((error: unknown) =>
        console.error(`could not delete the DeepL glossary of lesson ${lessonId}:`, error),
      );
    }
  }
  await db.$transaction([
    db.translationJob.deleteMany({ where: { OR: [{ userId: user.id }, { lessonId: { in: lessonIds } }] } }),
    db.deeplGlossary.deleteMany({ where: { lessonId: { in: lessonIds } } }),
    db.classroom.deleteMany({
      where: { teachers: { some: { userId: user.id }, every: { userId: user.id } } },
    }),
    db.user.delete({ where: { id: user.id } }),
  ]);
}

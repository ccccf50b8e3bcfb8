import { redirect } from "next/navigation";
import { orNotFound } from "@/app/components/page-access";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { latestTranslationJob } from "@/lib/translation/get-translation-job.server";
import { OwnerTools } from "./owner-tools";
import { ReaderArticle } from "./reader-article";

/**
 * A page of a lesson read per request: the owner's (with the owner's tools) or a class lesson. Demo lessons have
 * only their public, cached page.
 */
export async function PrivateReader({ lng, id, page }: { lng: UiLanguage; id: string; page: number }) {
  const user = await getCurrentUser();
  const { lesson, abilities } = await orNotFound(getReaderLesson(id, user, page));
  if (lesson.ownerId === null) redirect(`/${lng}/lessons/${id}`);
  const job = abilities.edit && user ? await latestTranslationJob(lesson.id, user.id) : null;
  return (
    <ReaderArticle
      lesson={lesson}
      lng={lng}
      basePath={`/${lng}/my/lessons/${id}`}
      ownerTools={abilities.edit && <OwnerTools lesson={lesson} lng={lng} job={job} />}
    />
  );
}

export async function privateReaderTitle(id: string, page: number): Promise<string | undefined> {
  const result = await getReaderLesson(id, await getCurrentUser(), page).catch(() => null);
  return result?.lesson.title;
}

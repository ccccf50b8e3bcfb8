import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { latestTranslationJob } from "@/lib/translation/get-translation-job.server";
import { OwnerTools } from "./owner-tools";
import { ReaderArticle } from "./reader-article";

/** A page of a lesson that only its creator may read, with the creator's tools. */
export async function PrivateReader({ lng, id, page }: { lng: UiLanguage; id: string; page: number }) {
  const user = await getCurrentUser();
  const lesson = await getReaderLesson(id, user, page);
  if (!lesson) notFound();
  if (lesson.ownerId === null) redirect(`/${lng}/lessons/${id}`);
  const isOwner = user !== null && lesson.ownerId === user.id;
  const job = isOwner ? await latestTranslationJob(lesson.id, user.id) : null;
  return (
    <ReaderArticle
      lesson={lesson}
      lng={lng}
      basePath={`/${lng}/my/lessons/${id}`}
      ownerTools={isOwner && <OwnerTools lesson={lesson} lng={lng} job={job} />}
    />
  );
}

export async function privateReaderTitle(id: string, page: number): Promise<string | undefined> {
  return (await getReaderLesson(id, await getCurrentUser(), page))?.title;
}

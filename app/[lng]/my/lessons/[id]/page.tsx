import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { latestTranslationJob } from "@/lib/translation/get-translation-job.server";
import { OwnerTools } from "../../../../components/reader/owner-tools";
import { ReaderArticle } from "../../../../components/reader/reader-article";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export async function generateMetadata({ params }: Props) {
  const lesson = await getReaderLesson((await params).id, await getCurrentUser());
  return { title: lesson?.title };
}

/** A lesson that only its creator may read, with the creator's tools (glossary, translation, sentence pairs). */
export default async function PrivateReaderPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await getCurrentUser();
  const lesson = await getReaderLesson(id, user);
  if (!lesson) notFound();
  if (lesson.ownerId === null) redirect(`/${lng}/lessons/${id}`);
  const isOwner = user !== null && lesson.ownerId === user.id;
  const job = isOwner ? await latestTranslationJob(lesson.id, user.id) : null;
  return (
    <ReaderArticle
      lesson={lesson}
      lng={lng}
      ownerTools={isOwner && <OwnerTools lesson={lesson} lng={lng} job={job} />}
    />
  );
}

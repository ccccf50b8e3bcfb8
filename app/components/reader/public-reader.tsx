import { orNotFound } from "@/app/components/page-access";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getPublicReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { ReaderArticle } from "./reader-article";

/**
 * A page of a public lesson. Any other lesson answers "not found" here, whether it exists or not; its readers find
 * it at /my/lessons/:id (see lessonReaderPath).
 */
export async function PublicReader({ lng, id, page }: { lng: UiLanguage; id: string; page: number }) {
  const lesson = await orNotFound(getPublicReaderLesson(id, page));
  return <ReaderArticle lesson={lesson} lng={lng} basePath={`/${lng}/lessons/${id}`} />;
}

export async function publicReaderTitle(id: string, page: number): Promise<string | undefined> {
  return (await getPublicReaderLesson(id, page).catch(() => null))?.title;
}

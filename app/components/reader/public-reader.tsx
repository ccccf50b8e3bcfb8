import { notFound, redirect } from "next/navigation";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getPublicReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { ReaderArticle } from "./reader-article";

/** A page of a public lesson; the public URL of a private lesson leads to the owner's page. */
export async function PublicReader({ lng, id, page }: { lng: UiLanguage; id: string; page: number }) {
  const result = await getPublicReaderLesson(id, page);
  if (result.kind === "missing") notFound();
  if (result.kind === "private") redirect(`/${lng}/my/lessons/${id}`);
  return <ReaderArticle lesson={result.lesson} lng={lng} basePath={`/${lng}/lessons/${id}`} />;
}

export async function publicReaderTitle(id: string, page: number): Promise<string | undefined> {
  const result = await getPublicReaderLesson(id, page);
  return result.kind === "public" ? result.lesson.title : undefined;
}

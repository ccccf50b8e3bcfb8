import { notFound, redirect } from "next/navigation";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getPublicReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { ReaderArticle } from "../../../components/reader/reader-article";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

// Public lessons read the same for everyone: each is rendered on its first visit and then served from Next's cache.
// Private lessons live at /my/lessons/:id, rendered per request for their owner.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const result = await getPublicReaderLesson((await params).id);
  return { title: result.kind === "public" ? result.lesson.title : undefined };
}

export default async function PublicReaderPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const result = await getPublicReaderLesson(id);
  if (result.kind === "missing") notFound();
  if (result.kind === "private") redirect(`/${lng}/my/lessons/${id}`);
  return <ReaderArticle lesson={result.lesson} lng={lng} />;
}

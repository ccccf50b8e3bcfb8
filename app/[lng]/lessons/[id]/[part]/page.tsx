import { notFound } from "next/navigation";
import { PublicReader, publicReaderTitle } from "@/app/components/reader/public-reader";
import { toUiLanguage } from "@/lib/i18n/languages";
import { readerPageNumber } from "@/lib/lesson-model/reader-page-number";

interface Props {
  params: Promise<{ lng: string; id: string; part: string }>;
}

// Cached like the lesson's first page (see ../page.tsx).
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { id, part } = await params;
  const page = readerPageNumber(part);
  return { title: page ? await publicReaderTitle(id, page) : undefined };
}

/** Page 2 and on of a long public lesson. */
export default async function PublicReaderPartPage({ params }: Props) {
  const { lng, id, part } = await params;
  const page = readerPageNumber(part);
  if (!page) notFound();
  return <PublicReader lng={toUiLanguage(lng)} id={id} page={page} />;
}

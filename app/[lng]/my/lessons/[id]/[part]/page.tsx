import { notFound } from "next/navigation";
import { PrivateReader, privateReaderTitle } from "@/app/components/reader/private-reader";
import { toUiLanguage } from "@/lib/i18n/languages";
import { readerPageNumber } from "@/lib/lesson-model/reader-page-number";

interface Props {
  params: Promise<{ lng: string; id: string; part: string }>;
}

export async function generateMetadata({ params }: Props) {
  const { id, part } = await params;
  const page = readerPageNumber(part);
  return { title: page ? await privateReaderTitle(id, page) : undefined };
}

/** Page 2 and on of a long private lesson. */
export default async function PrivateReaderPartPage({ params }: Props) {
  const { lng, id, part } = await params;
  const page = readerPageNumber(part);
  if (!page) notFound();
  return <PrivateReader lng={toUiLanguage(lng)} id={id} page={page} />;
}

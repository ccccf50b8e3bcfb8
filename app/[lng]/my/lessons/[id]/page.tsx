import { PrivateReader, privateReaderTitle } from "@/app/components/reader/private-reader";
import { toUiLanguage } from "@/lib/i18n/languages";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: await privateReaderTitle((await params).id, 1) };
}

/** A lesson that only its creator may read, with the creator's tools (glossary, translation, sentence pairs). */
export default async function PrivateReaderPage({ params }: Props) {
  const { lng, id } = await params;
  return <PrivateReader lng={toUiLanguage(lng)} id={id} page={1} />;
}

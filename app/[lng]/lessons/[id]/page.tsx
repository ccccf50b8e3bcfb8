import { PublicReader, publicReaderTitle } from "@/app/components/reader/public-reader";
import { toUiLanguage } from "@/lib/i18n/languages";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

// Public lessons read the same for everyone: each page is rendered on its first visit and then served from Next's
// cache (which keeps only pages that were found: lib/cache/found-pages-cache-handler.cjs). Private lessons live at
// /my/lessons/:id, rendered per request for their owner.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return { title: await publicReaderTitle((await params).id, 1) };
}

export default async function PublicReaderPage({ params }: Props) {
  const { lng, id } = await params;
  return <PublicReader lng={toUiLanguage(lng)} id={id} page={1} />;
}

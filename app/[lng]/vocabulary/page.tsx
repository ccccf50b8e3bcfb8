import { SignInRequired } from "@/app/components/sign-in-required";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { lessonsSavedFrom, listVocabularyPage } from "@/lib/vocabulary/list-vocabulary.server";
import { vocabularyListHref, vocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";
import { PageLinks } from "@/app/components/page-links";
import { VocabularyFilters } from "@/app/components/vocabulary/vocabulary-filters";
import { VocabularyListForm } from "@/app/components/vocabulary/vocabulary-list-form";
import { vocabularyListStrings } from "@/app/components/vocabulary/vocabulary-list-strings";
import { VocabularyRow } from "@/app/components/vocabulary/vocabulary-row";
import { VocabularySectionLinks } from "@/app/components/vocabulary/vocabulary-section-links";

interface Props {
  params: Promise<{ lng: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props) {
  const { lng } = await params;
  return { title: getT(toUiLanguage(lng), "vocabulary")("title") };
}

export default async function VocabularyPage({ params, searchParams }: Props) {
  const lng = toUiLanguage((await params).lng);
  const t = getT(lng, "vocabulary");
  const user = await getCurrentUser();
  if (!user) {
    return <SignInRequired lng={lng} title={t("title")} message={t("signInRequired")} path="/vocabulary" />;
  }
  const request = vocabularyListParams.parse(await searchParams);
  const { items, total, page, pageCount, first, last } = await listVocabularyPage(user, request);
  const lessons = await lessonsSavedFrom(user);
  const filtered = request.status !== undefined || request.lesson !== undefined;
  const pageHref = (to: number) => vocabularyListHref(lng, { ...request, page: to });
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      <VocabularySectionLinks lng={lng} />
      <VocabularyFilters lng={lng} params={request} lessons={lessons} />
      <p role="status">{pageCount > 1 ? t("range", { first, last, total }) : t("count", { count: total })}</p>
      <VocabularyListForm strings={vocabularyListStrings(lng)} itemIds={items.map((item) => item.id)}>
        {items.length === 0 ? (
          <p>
            {request.query ? t("noResults", { query: request.query }) : filtered ? t("noFilterResults") : t("empty")}
          </p>
        ) : (
          <ul className="vocabulary-list">
            {items.map((item) => (
              <VocabularyRow key={item.id} lng={lng} entry={item} />
            ))}
          </ul>
        )}
      </VocabularyListForm>
      {pageCount > 1 && (
        <PageLinks
          label={t("pages")}
          position={t("pagePosition", { page, pageCount })}
          previous={page > 1 ? { href: pageHref(page - 1), label: t("newer") } : undefined}
          next={page < pageCount ? { href: pageHref(page + 1), label: t("older") } : undefined}
        />
      )}
    </div>
  );
}

import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { listVocabularyPage } from "@/lib/vocabulary/list-vocabulary.server";
import { vocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";
import { deleteVocabularyAction } from "@/app/actions/vocabulary";
import { ActionButton } from "@/app/components/action-button";
import { errorMessages } from "@/app/components/error-messages";
import { PageLinks } from "@/app/components/page-links";

interface Props {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}

/** The list's URL for a search and page; page 1 and an empty search are left out, so the plain URL stays plain. */
function listHref(lng: string, query: string, page: number) {
  const search = new URLSearchParams();
  if (query) search.set("q", query);
  if (page > 1) search.set("page", String(page));
  const rest = search.toString();
  return `/${lng}/vocabulary${rest ? `?${rest}` : ""}`;
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
    return (
      <div className="page">
        <h1>{t("title")}</h1>
        <p>
          <Link href={`/${lng}/sign-in?next=${encodeURIComponent(`/${lng}/vocabulary`)}`}>{t("signInRequired")}</Link>
        </p>
      </div>
    );
  }
  const request = vocabularyListParams.parse(await searchParams);
  const { query } = request;
  const { items, total, page, pageCount, first, last } = await listVocabularyPage(user, request);
  const errors = errorMessages(lng);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      <form role="search" className="search-form" action={`/${lng}/vocabulary`}>
        <label htmlFor="vocabulary-search">{t("search")}</label>
        <input id="vocabulary-search" name="q" type="search" defaultValue={query} maxLength={100} />
        <button type="submit">{t("searchButton")}</button>
        {query && <Link href={`/${lng}/vocabulary`}>{t("clear")}</Link>}
      </form>
      <p role="status">{pageCount > 1 ? t("range", { first, last, total }) : t("count", { count: total })}</p>
      {items.length === 0 ? (
        <p>{query ? t("noResults", { query }) : t("empty")}</p>
      ) : (
        <ul className="vocabulary-list">
          {items.map((item) => (
            <li key={item.id} className="vocabulary-item">
              <div className="vocabulary-head">
                <h2 lang="nl">{item.headword}</h2>
                {item.english && <p lang="en">{item.english}</p>}
                <ActionButton
                  action={deleteVocabularyAction.bind(null, item.id)}
                  label={t("delete")}
                  accessibleLabel={t("deleteLabel", { word: item.headword })}
                  errors={errors}
                />
              </div>
              {item.note && (
                <p className="vocabulary-note" lang="en">
                  {item.note}
                </p>
              )}
              <ul className="contexts" aria-label={t("seenIn")}>
                {item.contexts.map((context) => (
                  <li key={context.id}>
                    <q lang="nl">{context.sentence}</q>{" "}
                    {context.lessonId && (
                      <Link href={`/${lng}/lessons/${context.lessonId}`}>{context.lessonTitle ?? t("openLesson")}</Link>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <PageLinks
          label={t("pages")}
          position={t("pagePosition", { page, pageCount })}
          previous={page > 1 ? { href: listHref(lng, query, page - 1), label: t("newer") } : undefined}
          next={page < pageCount ? { href: listHref(lng, query, page + 1), label: t("older") } : undefined}
        />
      )}
    </div>
  );
}

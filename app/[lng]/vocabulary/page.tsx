import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { listVocabulary } from "@/lib/vocabulary/list-vocabulary.server";
import { deleteVocabularyAction } from "../../actions/vocabulary";
import { ActionButton } from "../../components/action-button";
import { errorMessages } from "../../components/error-messages";

interface Props {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
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
  const rawQuery = (await searchParams).q;
  const query = (Array.isArray(rawQuery) ? rawQuery[0] : rawQuery)?.slice(0, 100) ?? "";
  const items = await listVocabulary(user, query);
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
      <p role="status">{t("count", { count: items.length })}</p>
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
    </div>
  );
}

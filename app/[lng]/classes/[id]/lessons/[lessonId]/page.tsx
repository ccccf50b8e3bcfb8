import Link from "next/link";
import { addLookedUpWordAction } from "@/app/actions/progress";
import { errorMessages, fieldErrorMessages } from "@/app/components/error-messages";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { AddTermForm, type AddTermStrings } from "@/app/components/progress/add-term-form";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { classLookups } from "@/lib/progress/class-lookups.server";

interface Props {
  params: Promise<{ lng: string; id: string; lessonId: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "progress")("lookups.caption") };
}

/**
 * The words a class looked up most in one of its lessons, for its teachers, with "add to glossary" when the
 * teacher may edit the lesson (their own, or their copy) and the class is not archived.
 */
export default async function ClassLessonWordsPage({ params }: Props) {
  const { lng: raw, id, lessonId } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/classes/${id}/lessons/${lessonId}`);
  const { classroom, lesson, words, canAddToGlossary, canEditLesson } = await orNotFound(
    classLookups(user, id, lessonId),
  );
  const t = getT(lng, "progress");
  const strings = (word: string): AddTermStrings => ({
    term: t("lookups.term"),
    english: t("lookups.english"),
    add: t("lookups.add"),
    addLabel: t("lookups.addLabel", { word }),
    added: t("lookups.added"),
    errors: errorMessages(lng),
    fieldErrors: fieldErrorMessages(lng),
  });
  return (
    <div className="page wide">
      <p>
        <Link href={`/${lng}/classes/${id}/progress`}>{t("learner.backToProgress")}</Link>
      </p>
      <h1>{t("lookups.title", { title: lesson.title })}</h1>
      <p className="intro">{t("lookups.intro")}</p>
      {classroom.archivedAt && <p>{t("lookups.archived")}</p>}
      {!canEditLesson && (
        <p>
          {t("lookups.copyHint")} <Link href={`/${lng}/lessons/${lessonId}/teach`}>{t("lookups.copyLink")}</Link>
        </p>
      )}
      {words.length === 0 ? (
        <p>{t("lookups.noWords")}</p>
      ) : (
        <table className="lookups-table">
          <caption>{t("lookups.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("lookups.word")}</th>
              <th scope="col">{t("lookups.count")}</th>
              <th scope="col">{t("lookups.learners")}</th>
              <th scope="col">{t("lookups.sentence")}</th>
              <th scope="col">{t("lookups.glossary")}</th>
            </tr>
          </thead>
          <tbody>
            {words.map((word, index) => (
              <tr key={word.wordKey}>
                <th scope="row" lang="nl">
                  {word.word}
                </th>
                <td data-label={t("lookups.count")}>{word.lookups}</td>
                <td data-label={t("lookups.learners")}>{word.learners}</td>
                <td data-label={t("lookups.sentence")} lang="nl">
                  {word.sentence}
                </td>
                <td data-label={t("lookups.glossary")}>
                  {word.inGlossary ? (
                    <span className="badge">{t("lookups.inGlossary")}</span>
                  ) : (
                    canAddToGlossary && (
                      <AddTermForm
                        idPrefix={`word-${index}`}
                        action={addLookedUpWordAction.bind(null, id, lessonId)}
                        suggestion={word.suggestion}
                        strings={strings(word.word)}
                      />
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import Link from "next/link";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { ReaderLesson } from "@/lib/lesson-model/reader-view";
import type { TranslationJobView } from "@/lib/translation/translation-job";
import { deleteLessonAction, resumeTranslationAction } from "../../actions/lessons";
import { ConfirmActionButton } from "../confirm-action-button";
import { errorMessages } from "../error-messages";
import { TranslationProgress } from "./translation-progress";

/**
 * What the lesson's creator can do from the reader: edit its details and text, teach with it (share, assign, copy),
 * edit the glossary, correct or add the translation.
 */
export function OwnerTools({
  lesson,
  lng,
  job,
}: {
  lesson: ReaderLesson;
  lng: UiLanguage;
  job: TranslationJobView | null;
}) {
  const t = getT(lng, "editor");
  const curation = getT(lng, "curation");
  const base = `/${lng}/lessons/${lesson.id}`;
  const translated = lesson.paragraphs.some((paragraph) => paragraph.translation !== null);
  const untranslated = lesson.paragraphs.some(
    (paragraph) => paragraph.language === "nl" && paragraph.translation === null,
  );
  return (
    <>
      <nav className="owner-tools" aria-label={t("lessonTools")}>
        <Link href={`${base}/edit`}>{curation("editLink")}</Link>
        <Link href={`${base}/teach`}>{curation("teachLink")}</Link>
        <Link href={`${base}/glossary`}>{t("editGlossary")}</Link>
        {translated && <Link href={`${base}/alignment`}>{t("correctAlignment")}</Link>}
        {untranslated && <Link href={`${base}/translate`}>{t("addTranslation")}</Link>}
        <ConfirmActionButton
          action={deleteLessonAction.bind(null, lesson.id)}
          label={t("deleteLesson")}
          question={t("deleteLessonQuestion")}
          confirm={t("deleteLessonConfirm")}
          cancel={t("cancel")}
          errors={errorMessages(lng)}
          successHref={`/${lng}`}
        />
      </nav>
      {job && job.status !== "done" && (
        <TranslationProgress
          initial={job}
          resume={resumeTranslationAction.bind(null, job.id)}
          strings={{
            translating: t("translating", { done: "{done}", total: "{total}" }),
            done: t("translationDone"),
            failed: t("translationFailed", { reason: "{reason}" }),
            resume: t("resume"),
            reasons: t("translationErrors", { returnObjects: true }) as Record<string, string>,
            errors: errorMessages(lng),
          }}
        />
      )}
    </>
  );
}

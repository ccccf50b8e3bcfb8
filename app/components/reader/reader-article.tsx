import type { ReactNode } from "react";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { ReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { ReaderInteractions } from "./reader-interactions";
import { ReaderParagraphRow } from "./reader-paragraph";
import { readerStrings } from "./reader-strings";
import { TranslationToggle } from "./translation-toggle";

/**
 * A lesson as the reader shows it. Nothing in it depends on who is reading (the save buttons learn that in the
 * browser), so a public lesson's page is rendered once and served from the cache; `ownerTools` is the exception,
 * given only on the creator's own, uncached page.
 */
export function ReaderArticle({
  lesson,
  lng,
  ownerTools,
}: {
  lesson: ReaderLesson;
  lng: UiLanguage;
  ownerTools?: ReactNode;
}) {
  const t = getT(lng, "reader");
  return (
    <article className="reader" id="reader" aria-labelledby="lesson-title">
      <header className="reader-header">
        <h1 id="lesson-title" lang="nl">
          {lesson.title}
        </h1>
        <p className="lesson-english" lang="en">
          {lesson.titleEnglish}
        </p>
        <p className="lesson-meta">
          <span className="level-badge">{t("level", { level: lesson.level })}</span>
          <span>{t("words", { count: lesson.wordCount })}</span>
        </p>
        <p className="reader-help">
          {t("help")} {t("keyboardHelp")}
        </p>
        {lesson.paragraphs.some((paragraph) => paragraph.translationSource === "deepl") && (
          <p className="reader-help">{t("translatedBy_deepl")}</p>
        )}
        {ownerTools}
        <TranslationToggle hideLabel={t("hideTranslation")} showLabel={t("showTranslation")} />
      </header>
      <div className="column-heads" aria-hidden="true">
        <span lang="nl">{t("dutch")}</span>
        <span lang="en">{t("english")}</span>
      </div>
      {lesson.paragraphs.map((paragraph) => (
        <ReaderParagraphRow key={paragraph.id} paragraph={paragraph} glossary={lesson.glossary} lng={lng} />
      ))}
      <div hidden>
        {lesson.glossary.map((term) => (
          <span key={term.id} id={`gloss-${term.id}`}>
            {term.english}. {term.note}
          </span>
        ))}
      </div>
      <ReaderInteractions lessonId={lesson.id} lng={lng} glossary={lesson.glossary} strings={readerStrings(lng)} />
    </article>
  );
}

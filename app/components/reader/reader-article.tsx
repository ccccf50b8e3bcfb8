import type { ReactNode } from "react";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { readerPageHref } from "@/lib/lesson-model/reader-page-number";
import type { ReaderLesson } from "@/lib/lesson-model/reader-view";
import { TeachLink } from "@/app/components/curation/teach-link";
import { PageLinks } from "../page-links";
import { readingMinutes } from "@/lib/reading/reading-time";
import { ReadAloud, type ReadAloudStrings } from "./read-aloud";
import { ReaderInteractions } from "./reader-interactions";
import { ReaderParagraphRow } from "./reader-paragraph";
import { ReadingTracker, type TrackerStrings } from "./reading-tracker";
import { readerStrings } from "./reader-strings";
import { ReadingSettingsPanel, type ReadingSettingsStrings } from "./reading-settings";
import { TranslationToggle } from "./translation-toggle";

/** Links to the previous and next page of a long lesson, and where the reader is. */
function ReaderPager({ lesson, lng, basePath }: { lesson: ReaderLesson; lng: UiLanguage; basePath: string }) {
  if (lesson.pageCount < 2) return null;
  const t = getT(lng, "reader");
  const link = (page: number, label: string) => ({ href: readerPageHref(basePath, page), label });
  return (
    <PageLinks
      label={t("pages")}
      position={t("pagePosition", { page: lesson.page, count: lesson.pageCount })}
      previous={lesson.page > 1 ? link(lesson.page - 1, t("previousPage")) : undefined}
      next={lesson.page < lesson.pageCount ? link(lesson.page + 1, t("nextPage")) : undefined}
    />
  );
}

/**
 * A page of a lesson as the reader shows it (long lessons are read a page at a time, `basePath` being the address
 * of the first). Nothing in it depends on who is reading (the save buttons learn that in the browser), so a public
 * lesson's page is rendered once and served from the cache; `ownerTools` is the exception, given only on the
 * creator's own, uncached page.
 */
export function ReaderArticle({
  lesson,
  lng,
  basePath,
  ownerTools,
}: {
  lesson: ReaderLesson;
  lng: UiLanguage;
  basePath: string;
  ownerTools?: ReactNode;
}) {
  const t = getT(lng, "reader");
  const translated = lesson.paragraphs.filter((paragraph) => paragraph.language !== "en" && paragraph.translation);
  const untranslated = lesson.paragraphs.some((paragraph) => paragraph.language !== "en" && !paragraph.translation);
  const hasTerms = lesson.paragraphs.some((paragraph) =>
    paragraph.sentences.some((sentence) => sentence.runs.some((run) => run.termId)),
  );
  // The help speaks only of what this page has: sentence pairs when there is English, underlines when terms are.
  const terms = hasTerms ? [t("termsHelp")] : [];
  const pairs = translated.length > 0;
  const pointerHelp = [pairs ? t("help") : t("helpNoTranslation"), ...terms, t("keyboardHelp"), t("coloursHelp")];
  const touchHelp = [pairs ? t("touchHelp") : t("touchHelpNoTranslation"), ...terms, t("coloursHelp")];
  return (
    <article
      className={translated.length > 0 ? "reader" : "reader untranslated"}
      id="reader"
      aria-labelledby="lesson-title"
    >
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
          <span>{t("readingTime", { count: readingMinutes(lesson.wordCount) })}</span>
          {lesson.pageCount > 1 && <span>{t("pagePosition", { page: lesson.page, count: lesson.pageCount })}</span>}
        </p>
        {/* The page is cached and the same for every device: the stylesheet shows the help that fits this one. */}
        <p className="reader-help help-pointer">{pointerHelp.join(" ")}</p>
        <p className="reader-help help-touch">{touchHelp.join(" ")}</p>
        {lesson.paragraphs.some((paragraph) => paragraph.translationSource === "deepl") && (
          <p className="reader-help">{t("translatedBy_deepl")}</p>
        )}
        {untranslated && (
          <p className="reader-help no-translation">
            {translated.length === 0 ? t("noTranslation") : t("noTranslationSome")}
          </p>
        )}
        {ownerTools || (
          <TeachLink href={`/${lng}/lessons/${lesson.id}/teach`} label={getT(lng, "curation")("teachThisLesson")} />
        )}
        <div className="reader-toggles">
          {translated.length > 0 && (
            <TranslationToggle hideLabel={t("hideTranslation")} showLabel={t("showTranslation")} />
          )}
          <ReadingSettingsPanel strings={t("readingSettings", { returnObjects: true }) as ReadingSettingsStrings} />
          <ReadAloud strings={t("readAloud", { returnObjects: true }) as ReadAloudStrings} />
          {/* The learner's colour switch is put here in the browser (the page is the same for everyone). */}
          <span id="reader-status-tools" />
        </div>
      </header>
      {/* Reading aloud puts its bar here in the browser: a child of the article, so it sticks as the text scrolls. */}
      <div id="read-aloud-bar-slot" className="read-aloud-bar-slot" />
      <div className="column-heads" aria-hidden="true">
        <span lang="nl">{t("dutch")}</span>
        <span lang="en">{t("english")}</span>
      </div>
      {lesson.paragraphs.map((paragraph) => (
        <ReaderParagraphRow key={paragraph.id} paragraph={paragraph} glossary={lesson.glossary} lng={lng} />
      ))}
      <ReadingTracker
        lessonId={lesson.id}
        page={lesson.page}
        lastPage={lesson.page === lesson.pageCount}
        strings={getT(lng, "progress")("tracker", { returnObjects: true }) as TrackerStrings}
      />
      <ReaderPager lesson={lesson} lng={lng} basePath={basePath} />
      <div hidden>
        {lesson.glossary.map((term) => (
          <span key={term.id} id={`gloss-${term.id}`}>
            {term.english}. {term.note}
          </span>
        ))}
      </div>
      <ReaderInteractions
        lessonId={lesson.id}
        page={lesson.page}
        lastPage={lesson.page === lesson.pageCount}
        lng={lng}
        glossary={lesson.glossary}
        strings={readerStrings(lng)}
      />
    </article>
  );
}

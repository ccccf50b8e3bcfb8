import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { latestTranslationJob } from "@/lib/translation/get-translation-job.server";
import { OwnerTools } from "../../../components/reader/owner-tools";
import { ReaderInteractions } from "../../../components/reader/reader-interactions";
import { readerStrings } from "../../../components/reader/reader-strings";
import { ReaderParagraphRow } from "../../../components/reader/reader-paragraph";
import { TranslationToggle } from "../../../components/reader/translation-toggle";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const lesson = await getReaderLesson(id, await getCurrentUser());
  return { title: lesson?.title };
}

export default async function ReaderPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await getCurrentUser();
  const lesson = await getReaderLesson(id, user);
  if (!lesson) notFound();
  const t = getT(lng, "reader");
  const strings = readerStrings(lng);
  const isOwner = user !== null && lesson.ownerId === user.id;
  const job = isOwner ? await latestTranslationJob(lesson.id, user.id) : null;
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
        <p className="reader-help">{t("help")}</p>
        {isOwner && <OwnerTools lesson={lesson} lng={lng} job={job} />}
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
      <ReaderInteractions
        lessonId={lesson.id}
        signedIn={user !== null}
        signInHref={`/${lng}/sign-in?next=${encodeURIComponent(`/${lng}/lessons/${lesson.id}`)}`}
        glossary={lesson.glossary}
        strings={strings}
      />
    </article>
  );
}

import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { listLessons } from "@/lib/lessons/list-lessons.server";
import { readingMinutes } from "@/lib/lesson-model/reading-time";

export default async function LessonsPage({ params }: { params: Promise<{ lng: string }> }) {
  const { lng: raw } = await params;
  const lng = toUiLanguage(raw);
  const t = getT(lng, "lessons");
  const lessons = await listLessons(await getCurrentUser());
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      {lessons.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id} className="lesson-card">
              <h2>
                <Link href={`/${lng}${lesson.readerPath}`}>{lesson.title}</Link>
              </h2>
              <p className="lesson-english" lang="en">
                {lesson.titleEnglish}
              </p>
              <p className="lesson-meta">
                <span className="level-badge" aria-label={t("level", { level: lesson.level })}>
                  {lesson.level}
                </span>
                <span>{t("words", { count: lesson.wordCount })}</span>
                <span>{t("minutes", { count: readingMinutes(lesson.wordCount) })}</span>
                {lesson.newShare !== null && (
                  <span>
                    {t("newShare", { share: new Intl.NumberFormat(lng, { style: "percent" }).format(lesson.newShare) })}
                  </span>
                )}
                {lesson.isOwn && <span>{t("mine")}</span>}
              </p>
              {lesson.summary && (
                <p className="lesson-summary" lang="en">
                  {lesson.summary}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

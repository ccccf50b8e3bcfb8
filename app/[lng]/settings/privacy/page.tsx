import Link from "next/link";
import { formatDay } from "@/app/components/format-day";
import { LearnerLessonsTable } from "@/app/components/progress/learner-lessons-table";
import { WordActivityList } from "@/app/components/progress/word-activity-list";
import { requirePageUser } from "@/app/components/page-access";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { whatTeachersSee } from "@/lib/progress/what-teachers-see.server";

interface Props {
  params: Promise<{ lng: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "progress")("privacy.title") };
}

/** "What my teachers see": per class, the sharing rule in plain words and the learner's rows as teachers see them. */
export default async function PrivacyPage({ params }: Props) {
  const lng = toUiLanguage((await params).lng);
  const user = await requirePageUser(lng, `/${lng}/settings/privacy`);
  const classes = await whatTeachersSee(user);
  const t = getT(lng, "progress");
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/settings`}>{t("privacy.backToSettings")}</Link>
      </p>
      <h1>{t("privacy.title")}</h1>
      <p className="intro">{t("privacy.intro")}</p>
      {classes.length === 0 && <p>{t("privacy.noClasses")}</p>}
      {classes.map((shared) => (
        <section key={shared.classId} aria-labelledby={`class-${shared.classId}`} className="shared-class">
          <h2 id={`class-${shared.classId}`}>
            {t("privacy.className", { name: shared.className })}{" "}
            {shared.archived && <span className="hint">{t("privacy.archived")}</span>}
          </h2>
          <p>{t("privacy.teachers", { names: shared.teachers.join(", ") })}</p>
          <h3>{t("privacy.ruleTitle")}</h3>
          <ul>
            <li>{t("privacy.ruleLessons")}</li>
            <li>{t("privacy.ruleSince", { date: formatDay(lng, shared.joinedAt) })}</li>
            <li>{t("privacy.ruleFigures")}</li>
            <li>{t("privacy.ruleNothingElse")}</li>
          </ul>
          <h3>{t("privacy.yourRows")}</h3>
          {shared.activity.lessons.length === 0 ? (
            <p>{t("table.noLessons")}</p>
          ) : (
            <LearnerLessonsTable lng={lng} lessons={shared.activity.lessons} captionId={`lessons-${shared.classId}`} />
          )}
          <h4>{t("learner.wordsTitle")}</h4>
          <WordActivityList lng={lng} words={shared.activity.words} />
        </section>
      ))}
      <p>
        {t("privacy.leave")} <Link href={`/${lng}/classes`}>{t("privacy.leaveLink")}</Link>
      </p>
    </div>
  );
}
